import { RESOURCE_ROLES, type ResourceRole } from '../../clouds/resource-type-rule';

/** The roles a planned change is grouped under, in the order the report lists them. */
export const ROLES = RESOURCE_ROLES;

/** What part of the installation a resource serves; `other` for anything the topology does not render. */
export type Role = ResourceRole;

/** Headings of the report's sections. */
export const ROLE_TITLES: Readonly<Record<Role, string>> = {
  'services-box': 'Services box',
  builders: 'Builders',
  firewall: 'Firewall',
  dns: 'DNS',
  certificate: 'Certificate',
  backup: 'Backup',
  network: 'Network',
  'secrets-identity': 'Secrets and identity',
  other: 'Other',
};
