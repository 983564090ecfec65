import type { Cloud } from '../../cloud';
import { PlanError } from './errors';
import { parseJson } from './parse-json';
import { readPlan } from './read-plan';
import { renderJson } from './render-json';
import { renderMarkdown } from './render-markdown';
import { buildReview, type PlanReview } from './review';

export { ACTION_KINDS, type ActionKind, type ReplaceOrder } from './actions';
export { PlanError } from './errors';
export type { Holding } from '../../clouds/resource-type-rule';
export { readPlan } from './read-plan';
export { renderJson } from './render-json';
export { renderMarkdown } from './render-markdown';
export { buildReview, type BlockingChange, type PlanReview, type ReviewedChange } from './review';
export { ROLES, type Role } from './roles';

/** A plan reviewed: the report in both forms, and the exit status (1 when something is blocking). */
export interface PlanReviewReport {
  /** 0 when nothing is blocking, 1 when something is. */
  readonly exitCode: 0 | 1;
  /** The review as data. */
  readonly review: PlanReview;
  /** The report for people. */
  readonly markdown: string;
  /** The report for tools, keys in a stable order. */
  readonly json: string;
}

/** A plan that could not be reviewed: one line for the operator, and exit status 2. */
export interface PlanReviewFailure {
  /** Always 2: the plan could not be read. */
  readonly exitCode: 2;
  /** What is wrong, one line starting with the file name. */
  readonly error: string;
}

/**
 * Reviews the text of `terraform show -json <planfile>`. `file` names the plan in messages and the report; `stack`,
 * when given, is the cloud the plan is for, and resources of another cloud's provider are listed as other.
 */
export function reviewPlan(text: string, file: string, stack?: Cloud): PlanReviewReport | PlanReviewFailure {
  try {
    const review = buildReview(readPlan(parseJson(text, file), file), file, stack);
    return {
      exitCode: review.blocking.length > 0 ? 1 : 0,
      review,
      markdown: renderMarkdown(review),
      json: renderJson(review),
    };
  } catch (error) {
    if (error instanceof PlanError) return { exitCode: 2, error: error.message };
    throw error;
  }
}
