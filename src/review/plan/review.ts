import type { Cloud } from '../../cloud';
import { ACTION_KINDS, classifyActions, type ActionKind, type ReplaceOrder } from './actions';
import { blockingLoss } from './blocking';
import type { Plan, PlanChange } from './plan';
import { place } from './placement';
import { renderPath } from './replace-paths';
import type { Holding } from '../../clouds/resource-type-rule';
import { ROLES, type Role } from './roles';

/** One managed resource's change, in the topology's terms. Keys are in a fixed order, so the JSON form is stable. */
export interface ReviewedChange {
  /** Full Terraform address. */
  readonly address: string;
  /** The address in the previous run, when it moved; null otherwise. */
  readonly previousAddress: string | null;
  /** Resource type. */
  readonly type: string;
  /** The cloud whose provider manages it; null for a cloud-neutral provider. */
  readonly cloud: Cloud | null;
  /** The role it serves. */
  readonly role: Role;
  /** What the change does. */
  readonly action: ActionKind;
  /** For a replacement, which object goes first; null otherwise. */
  readonly order: ReplaceOrder | null;
  /** Terraform's actions as written in the plan. */
  readonly actions: readonly string[];
  /** Attributes whose change forces the replacement, e.g. `root_block_device[0].volume_size`. */
  readonly forcedBy: readonly string[];
  /** Terraform's action_reason code; null when the plan gives none. */
  readonly reason: string | null;
  /** Key of the deposed object the change is about; null for the current object. */
  readonly deposed: string | null;
}

/** A change that destroys something the installation cannot get back by applying again. */
export interface BlockingChange extends ReviewedChange {
  /** What it destroys. */
  readonly loses: Holding;
  /** For a disk made anew from a backup (`servicesBox.restoreFrom`): the backup's id; null otherwise. */
  readonly restoredFrom: string | null;
}

/** The review of one plan; the JSON report is this object as is. */
export interface PlanReview {
  /** The plan file, as the operator named it. */
  readonly file: string;
  /** The cloud the plan is expected to be for; null when not said. */
  readonly stack: Cloud | null;
  /** The Terraform release that wrote the plan; null when the plan does not say. */
  readonly terraformVersion: string | null;
  /** Version of the plan's JSON format. */
  readonly formatVersion: string;
  /** What Terraform says about the plan being partial; empty for a complete plan. */
  readonly notes: readonly string[];
  /** Managed resource changes per action, every action present. */
  readonly counts: Readonly<Record<ActionKind, number>>;
  /** Data sources Terraform will read; they change nothing, so they are only counted. */
  readonly dataSources: number;
  /** Changes that destroy the services box, its disks or addresses, the DNS record or the backups. */
  readonly blocking: readonly BlockingChange[];
  /** Every managed change except no-ops, by role, every role present, in Terraform's order within a role. */
  readonly changes: Readonly<Record<Role, readonly ReviewedChange[]>>;
}

function notesOn(plan: Plan): string[] {
  return [
    ...(plan.errored ? ['Terraform stopped planning on an error: the changes below may be incomplete.'] : []),
    ...(plan.complete
      ? []
      : [
          'Terraform says this plan is incomplete (-target or deferred changes): another plan is needed after applying it.',
        ]),
  ];
}

/** The backup a disk that is (re)created is made from, read from the planned object; null for anything else. */
function restoredFrom(change: PlanChange, madeFrom: string | null): string | null {
  if (madeFrom === null || !change.actions.includes('create') || typeof change.after !== 'object' || change.after === null) return null;
  const source = (change.after as Record<string, unknown>)[madeFrom];
  return typeof source === 'string' && source !== '' ? source : null;
}

function reviewChange(
  change: PlanChange,
  stack: Cloud | undefined,
): { reviewed: ReviewedChange; loses: Holding | null; restoredFrom: string | null } {
  const placement = place(change, stack);
  const action = classifyActions(change.actions, change.previousAddress !== undefined);
  const reviewed: ReviewedChange = {
    address: change.address,
    previousAddress: change.previousAddress ?? null,
    type: change.type,
    cloud: placement.cloud,
    role: placement.role,
    action: action.kind,
    order: action.order,
    actions: change.actions,
    forcedBy: change.replacePaths.map(renderPath),
    reason: change.actionReason ?? null,
    deposed: change.deposed ?? null,
  };
  return { reviewed, loses: blockingLoss(placement, action), restoredFrom: restoredFrom(change, placement.madeFrom) };
}

/** Reviews a plan: every managed change placed in a role, its action classified, and what blocks picked out. */
export function buildReview(plan: Plan, file: string, stack?: Cloud): PlanReview {
  const counts = Object.fromEntries(ACTION_KINDS.map((kind) => [kind, 0])) as Record<ActionKind, number>;
  const changes = Object.fromEntries(ROLES.map((role) => [role, []])) as unknown as Record<Role, ReviewedChange[]>;
  const blocking: BlockingChange[] = [];
  let dataSources = 0;
  for (const change of plan.changes) {
    if (change.mode === 'data') {
      dataSources += 1;
      continue;
    }
    const { reviewed, loses, restoredFrom: backup } = reviewChange(change, stack);
    counts[reviewed.action] += 1;
    if (reviewed.action !== 'no-op') changes[reviewed.role].push(reviewed);
    if (loses !== null) blocking.push({ ...reviewed, loses, restoredFrom: backup });
  }
  return {
    file,
    stack: stack ?? null,
    terraformVersion: plan.terraformVersion ?? null,
    formatVersion: plan.formatVersion,
    notes: notesOn(plan),
    counts,
    dataSources,
    blocking,
    changes,
  };
}
