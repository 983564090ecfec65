import type { RoleName } from '../firewall/model';

/** The parts of an installation a resource can serve, in the order reports list them; `other` for anything else. */
export const RESOURCE_ROLES = ['services-box', 'builders', 'firewall', 'dns', 'certificate', 'backup', 'network', 'secrets-identity', 'other'] as const;

/** What part of the installation a resource serves. */
export type ResourceRole = (typeof RESOURCE_ROLES)[number];

/** What the installation loses for good when a resource of a type is destroyed: its state, name or backups. */
export type Holding = 'instance' | 'disk' | 'address' | 'dns' | 'backup';

/** What one Terraform resource type the kit renders is for. */
export interface ResourceTypeRule {
  /** The resource type, e.g. `aws_instance`. */
  readonly type: string;
  /** The part it serves, unless a `circleci-role` tag picks the other box. */
  readonly role: ResourceRole;
  /** What destroying a resource of the type loses; absent when it can be recreated without loss. */
  readonly holds?: Holding;
  /** For a disk type: the argument naming the backup a new disk is made from (a restore). */
  readonly madeFrom?: string;
  /** The box the type runs when it carries no `circleci-role` tag: set on the VMs, templates and groups themselves. */
  readonly runs?: RoleName;
}
