import type { RoleName } from '../../firewall/model';

/** How role names appear in resource names, tags and labels: lower-case and hyphenated. */
export const ROLE_SLUGS: Readonly<Record<RoleName, string>> = { servicesBox: 'services-box', builders: 'builders' };

/** The tag / label key that marks which role a resource serves; the review maps resources back to roles by it. */
export const ROLE_TAG = 'circleci-role';

/** Terraform-safe id from free text: lower-case letters, digits and underscores. */
export function terraformId(...parts: readonly string[]): string {
  return parts
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
