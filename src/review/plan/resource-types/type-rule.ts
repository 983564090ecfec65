import type { Role } from '../roles';

/** What the installation loses for good when a resource of a type is destroyed: its state, name or backups. */
export type Holding = 'instance' | 'disk' | 'address' | 'dns' | 'backup';

/** How resources of one Terraform type are placed in the report. */
export interface TypeRule {
  /** The resource type; `*` stands for any run of characters, e.g. `aws_iam_*` (exact names win over patterns). */
  readonly type: string;
  /** The role the type serves, unless a `circleci-role` tag picks another box role. */
  readonly role: Role;
  /** What destroying a resource of the type loses; absent when it can be recreated without loss. */
  readonly holds?: Holding;
}
