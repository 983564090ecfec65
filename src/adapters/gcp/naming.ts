import { createHash } from 'node:crypto';
import type { RoleName } from '../../firewall/model';
import { ROLE_SLUGS } from '../shared/naming';

/** Compute Engine resource names (RFC 1035): lower-case, at most 63 characters, a letter first, no hyphen last. */
const MAX_RESOURCE_NAME = 63;

/** Service account ids: 6-30 characters of the same alphabet. */
const MAX_ACCOUNT_ID = 30;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function fitted(text: string, max: number): string {
  const clean = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (clean.length <= max) return clean;
  // A hash of the full name keeps two long names that share a prefix apart, and the same input always maps to the same name.
  return `${clean.slice(0, max - 9).replace(/-+$/, '')}-${shortHash(clean)}`;
}

/**
 * An RFC 1035 resource name prefixed with the installation name, e.g. `ci-services-box`. The installation name
 * starts with a letter (schema), so every result does too.
 */
export function gcpName(prefix: string, ...parts: readonly string[]): string {
  return fitted([prefix, ...parts].join('-'), MAX_RESOURCE_NAME);
}

/** A service account id (6-30 characters) prefixed with the installation name. */
export function accountId(prefix: string, ...parts: readonly string[]): string {
  return fitted([prefix, ...parts].join('-'), MAX_ACCOUNT_ID);
}

/** The network tag a role's instances carry: firewall rules target and name their sources by it. */
export function roleTag(prefix: string, role: RoleName): string {
  return gcpName(prefix, ROLE_SLUGS[role]);
}
