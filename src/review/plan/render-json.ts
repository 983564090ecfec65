import type { PlanReview } from './review';

/** The review as JSON; the review's keys are built in a fixed order, so the text is stable for the same plan. */
export function renderJson(review: PlanReview): string {
  return `${JSON.stringify(review, null, 2)}\n`;
}
