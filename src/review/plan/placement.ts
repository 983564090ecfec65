import type { Cloud } from '../../cloud';
import type { PlanChange } from './plan';
import { cloudOf } from './provider-cloud';
import type { Holding } from '../../clouds/resource-type-rule';
import { typeRule } from '../resource-types';
import { taggedRole } from './role-tag';
import type { Role } from './roles';

/** Where a change goes in the report. */
export interface Placement {
  /** The role the resource serves. */
  readonly role: Role;
  /** What destroying the resource loses, by its type; null when nothing is lost. */
  readonly holds: Holding | null;
  /** The cloud whose provider manages the resource; null for a cloud-neutral provider. */
  readonly cloud: Cloud | null;
  /** For a disk: the argument naming the backup it is made from; null otherwise. */
  readonly madeFrom: string | null;
}

// The tag picks between the two boxes for types either could use (instances, disks, addresses); a services box's
// security group or DNS record stays under firewall or DNS even when the adapter tags it.
const TAG_DECIDES: readonly Role[] = ['services-box', 'builders', 'other'];

/**
 * Places a managed resource's change by its provider, its type and its `circleci-role` tag. With a stack named,
 * another cloud's resources are not part of the installation and go to other.
 */
export function place(change: PlanChange, stack?: Cloud): Placement {
  const cloud = cloudOf(change.providerName, change.type);
  if (stack !== undefined && cloud !== null && cloud !== stack) return { role: 'other', holds: null, cloud, madeFrom: null };
  const rule = typeRule(cloud, change.type);
  const byType = rule?.role ?? 'other';
  const tagged = TAG_DECIDES.includes(byType) ? taggedRole(change.after) ?? taggedRole(change.before) : undefined;
  return { role: tagged ?? byType, holds: rule?.holds ?? null, cloud, madeFrom: rule?.madeFrom ?? null };
}
