/**
 * What the identity running Terraform needs, per Terraform type the stacks emit: AWS IAM actions, GCP predefined
 * roles, Azure built-in roles. Data sources are keyed `data.<type>`. A type that needs nothing (the hashicorp/tls and
 * hashicorp/time resources, which never call the cloud) has an empty list: every emitted type has an entry, so a new
 * resource cannot reach a stack without its permissions being stated (test/clouds/deployer-permissions.test.ts).
 */
export interface DeployerPermissions {
  /** Per Terraform type: what creating, reading, updating and deleting it needs. */
  readonly byType: Readonly<Record<string, readonly string[]>>;
  /** What the remote state backend the topology may name needs besides (nothing with local state). */
  readonly stateBackend: readonly string[];
  /** Where the list was read, so a reader can re-check it. */
  readonly source: string;
  /** How the permissions are granted, in words, for the listing. */
  readonly howToGrant: string;
}
