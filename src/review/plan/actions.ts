/** What a change does to its resource, in the review's words. */
export const ACTION_KINDS = [
  'create',
  'update',
  'replace',
  'delete',
  'forget',
  'move',
  'read',
  'no-op',
  'unknown',
] as const;

/**
 * What a change does: Terraform's actions, with a no-op under a new address called a move (as Terraform's own
 * output does) and any combination this reader does not know called unknown rather than guessed.
 */
export type ActionKind = (typeof ACTION_KINDS)[number];

/** How a replacement swaps the old object for the new one. */
export type ReplaceOrder = 'destroy-before-create' | 'create-before-destroy' | 'create-then-forget';

/** A change's action, classified. */
export interface ChangeAction {
  /** What the change does. */
  readonly kind: ActionKind;
  /** For a replacement, the order Terraform will follow; null otherwise. */
  readonly order: ReplaceOrder | null;
  /** True when the existing object will be destroyed, whatever the kind. */
  readonly destroys: boolean;
}

const SINGLE: Readonly<Record<string, ActionKind>> = {
  create: 'create',
  update: 'update',
  delete: 'delete',
  forget: 'forget',
  read: 'read',
  'no-op': 'no-op',
};

const REPLACEMENTS: Readonly<Record<string, ReplaceOrder>> = {
  'delete,create': 'destroy-before-create',
  'create,delete': 'create-before-destroy',
  'create,forget': 'create-then-forget',
};

/** Classifies Terraform's `change.actions`; `moved` says the resource had another address in the previous run. */
export function classifyActions(actions: readonly string[], moved: boolean): ChangeAction {
  // Terraform documents scanning for "delete" as the way to catch every destroy, future combinations included.
  const destroys = actions.includes('delete');
  const order = REPLACEMENTS[actions.join(',')];
  if (order) return { kind: 'replace', order, destroys };
  const single = actions.length === 1 ? SINGLE[actions[0]] : undefined;
  const kind = single === 'no-op' && moved ? 'move' : single ?? 'unknown';
  return { kind, order: null, destroys };
}
