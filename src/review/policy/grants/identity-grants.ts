import type { StackResource } from '../../terraform/json';

/** A box identity and the broad permissions it holds. */
export interface IdentityGrants {
  /** The identity: an instance profile, a service account, a managed identity or a VM with a system identity. */
  readonly identity: StackResource;
  /** Each broad grant in words, naming the resource that grants it. */
  readonly grants: readonly string[];
}
