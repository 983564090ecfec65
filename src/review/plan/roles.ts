/** The roles a planned change is grouped under, in the order the report lists them. */
export const ROLES = [
  'services-box',
  'builders',
  'firewall',
  'dns',
  'certificate',
  'backup',
  'network',
  'secrets-identity',
  'other',
] as const;

/** What part of the installation a resource serves; `other` for anything the topology does not render. */
export type Role = (typeof ROLES)[number];

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
