import type { ActionKind, ReplaceOrder } from './actions';
import { HOLDING_TITLES } from './blocking';
import { reasonMeaning } from './reasons';
import type { BlockingChange, PlanReview, ReviewedChange } from './review';
import { ROLES, ROLE_TITLES } from './roles';
import { inlineCode } from './untrusted-text';

const COUNT_WORDS: Readonly<Record<ActionKind, string>> = {
  create: 'to create',
  update: 'to update',
  replace: 'to replace',
  delete: 'to delete',
  forget: 'to forget',
  move: 'moved',
  read: 'to read',
  'no-op': 'unchanged',
  unknown: 'with actions this review does not know',
};

// Shown even at zero, so "0 to delete" can be read as a fact rather than an omission.
const ALWAYS_COUNTED: readonly ActionKind[] = ['create', 'update', 'replace', 'delete', 'no-op'];

const ORDER_WORDS: Readonly<Record<ReplaceOrder, string>> = {
  'destroy-before-create': 'destroy before create',
  'create-before-destroy': 'create before destroy',
  'create-then-forget': 'create new, forget old without destroying it',
};

function summary(review: PlanReview): string {
  const counted = (Object.keys(COUNT_WORDS) as ActionKind[]).filter(
    (kind) => ALWAYS_COUNTED.includes(kind) || review.counts[kind] > 0,
  );
  const parts = counted.map((kind) => `${review.counts[kind]} ${COUNT_WORDS[kind]}`);
  const data =
    review.dataSources > 0 ? `; ${review.dataSources} data source${review.dataSources === 1 ? '' : 's'} read` : '';
  return `**Changes:** ${parts.join(', ')}${data}.`;
}

// Text taken from the plan is always shown as a code span, so it cannot add links, emphasis or headings.
function header(review: PlanReview): string[] {
  const written = review.terraformVersion
    ? `Terraform ${inlineCode(review.terraformVersion)}`
    : 'an unknown Terraform release';
  const stack = review.stack ? `, for the ${review.stack} stack` : '';
  return [
    `# Plan review: ${inlineCode(review.file)}`,
    '',
    `Written by ${written} (plan format ${inlineCode(review.formatVersion)})${stack}.`,
    '',
    summary(review),
    ...review.notes.flatMap((note) => ['', `> ${note}`]),
  ];
}

function describeAction(change: ReviewedChange): string {
  if (change.action === 'move') return `moved from ${inlineCode(change.previousAddress ?? '')}`;
  if (change.action === 'unknown') return `unknown actions ${inlineCode(JSON.stringify(change.actions))}`;
  return change.order ? `${change.action} (${ORDER_WORDS[change.order]})` : change.action;
}

function details(change: ReviewedChange): string[] {
  return [
    ...(change.previousAddress && change.action !== 'move' ? [`moved from ${inlineCode(change.previousAddress)}`] : []),
    ...(change.deposed ? [`deposed object ${inlineCode(change.deposed)}`] : []),
    ...(change.forcedBy.length > 0 ? [`forced by ${change.forcedBy.map(inlineCode).join(', ')}`] : []),
  ];
}

// A deposed object shares its address with the current one.
function identity(change: ReviewedChange): string {
  return `${change.address} ${change.deposed ?? ''}`;
}

function changeLine(change: ReviewedChange, review: PlanReview, blocking: ReadonlySet<string>): string {
  const foreign =
    change.role === 'other' && review.stack && change.cloud && change.cloud !== review.stack
      ? [`${change.cloud} resource, not part of the ${review.stack} stack`]
      : [];
  const marks = blocking.has(identity(change)) ? ['**blocking**'] : [];
  return `- ${inlineCode(change.address)}: ${[describeAction(change), ...details(change), ...foreign, ...marks].join(
    '; ',
  )}`;
}

/**
 * What a restore's replacement means: the disk is made anew from the backup, and what the current disk holds is
 * gone unless a backup has it. Said so that a restore is a decision, not a surprise.
 */
function restoreNote(change: BlockingChange): string[] {
  if (change.restoredFrom === null) return [];
  return [
    `restore: the disk is made anew from ${inlineCode(change.restoredFrom)} (servicesBox.restoreFrom); the current disk, and what changed on it since that backup, is gone: apply only if that is the backup you mean, with the services box stopped, and remove restoreFrom after the deploy`,
  ];
}

function blockingLine(change: BlockingChange): string {
  const meaning = change.reason ? reasonMeaning(change.reason) : undefined;
  const reason = change.reason ? [`reason: ${inlineCode(change.reason)}${meaning ? ` (${meaning})` : ''}`] : [];
  const parts = [describeAction(change), `destroys ${HOLDING_TITLES[change.loses]}`, ...details(change), ...reason, ...restoreNote(change)];
  return `- ${inlineCode(change.address)}: ${parts.join('; ')}`;
}

function blockingSection(review: PlanReview): string[] {
  if (review.blocking.length === 0) return [];
  return [
    '',
    '## BLOCKING',
    '',
    'Applying this plan destroys what applying again cannot bring back. Take a backup and plan a window, or change ' +
      'the configuration so these are kept.',
    '',
    ...review.blocking.map(blockingLine),
  ];
}

function roleSections(review: PlanReview): string[] {
  const blocking = new Set(review.blocking.map(identity));
  const listed = ROLES.filter((role) => review.changes[role].length > 0);
  if (listed.length === 0) return ['', 'No resource changes.'];
  return listed.flatMap((role) => [
    '',
    `## ${ROLE_TITLES[role]}`,
    '',
    ...review.changes[role].map((change) => changeLine(change, review, blocking)),
  ]);
}

/** The review as markdown: header and counts, BLOCKING when there is any, then the changes by role. */
export function renderMarkdown(review: PlanReview): string {
  return [...header(review), ...blockingSection(review), ...roleSections(review), ''].join('\n');
}
