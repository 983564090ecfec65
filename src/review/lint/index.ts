import { rangeSyntaxProblems } from './cidr-syntax';
import { nameProblems } from './names';
import { portRangeProblems } from './ports';
import { priorityProblems } from './priorities';
import type { LintCheck, LintProblem, LintStack } from './problem';
import { quotaProblems } from './quotas';
import { unresolvedReferences } from './references';
import { subnetLayoutProblems } from './subnets';
import { tagLimitProblems } from './tags';
import { compareText } from '../../util/compare-text';

export type { LintCheck, LintLevel, LintProblem, LintStack } from './problem';
export { expressionReferences, soleReference, templateReferences, type Reference } from '../terraform/references';
export { NAME_RULES } from './names';
export type { NameRule } from './name-rule';
export { portRangeFault } from './ports';
export { rangeFault } from './cidr-syntax';
export { AWS_RULES_PER_SECURITY_GROUP } from './quotas';
export {
  nameProblems,
  portRangeProblems,
  priorityProblems,
  quotaProblems,
  rangeSyntaxProblems,
  subnetLayoutProblems,
  tagLimitProblems,
  unresolvedReferences,
};

/** Every check of the offline plan lint, by the id its problems carry. */
export const LINT_CHECKS: Readonly<Record<string, LintCheck>> = {
  references: unresolvedReferences,
  names: nameProblems,
  tags: tagLimitProblems,
  cidrs: rangeSyntaxProblems,
  subnets: subnetLayoutProblems,
  ports: portRangeProblems,
  priorities: priorityProblems,
  quotas: quotaProblems,
};

/**
 * The offline plan lint: what the providers would reject at plan or apply time that TypeScript's types do not
 * catch, read from one stack's synthesized Terraform JSON without credentials or network. Problems come out sorted
 * by address, then check, then message.
 */
export function lintStack(stack: LintStack): LintProblem[] {
  return Object.values(LINT_CHECKS)
    .flatMap((check) => check(stack))
    .sort((a, b) => compareText(a.address, b.address) || compareText(a.check, b.check) || compareText(a.message, b.message));
}
