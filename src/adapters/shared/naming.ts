export { ROLE_SLUGS, ROLE_TAG } from '../../firewall/model';

/** Terraform-safe id from free text: lower-case letters, digits and underscores. */
export function terraformId(...parts: readonly string[]): string {
  return parts
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
