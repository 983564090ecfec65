import type { TypeRule } from './type-rule';

/** Types of cloud-neutral providers the kit uses on every cloud. */
export const ANY_CLOUD_TYPES: readonly TypeRule[] = [
  { type: 'tls_*', role: 'certificate' },
  { type: 'acme_*', role: 'certificate' },
];
