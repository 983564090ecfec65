import { hasUnacknowledgedErrors, type Acknowledgement, type PolicyFinding, type PolicyResult, type RuleReport } from './runner';
import { POLICY_LEVELS, type PolicyLevel } from './rule';

/** The policy result as the review's JSON holds it: counts first, then rules, findings and unused acknowledgements. */
export interface PolicyJson {
  /** The stack's cloud. */
  readonly cloud: string;
  /** Non-compliant findings per level, how many of them are acknowledged, and whether the review fails. */
  readonly summary: {
    /** Non-compliant findings per level. */
    readonly nonCompliant: Readonly<Record<PolicyLevel, number>>;
    /** Non-compliant findings the topology acknowledges. */
    readonly acknowledged: number;
    /** True when an error-level finding is unacknowledged. */
    readonly failing: boolean;
  };
  /** Every rule applied, in id order, with its outcome. */
  readonly rules: readonly RuleReport[];
  /** Every finding, compliant ones included, in the result's order. */
  readonly findings: readonly PolicyFinding[];
  /** Acknowledgements the stack did not need. */
  readonly unusedAcknowledgements: readonly Acknowledgement[];
}

/**
 * A plain, stable JSON form of a result: keys in a fixed order and arrays in the result's sorted order, so that two
 * runs over the same stack serialize to the same text.
 */
export function policyJson(result: PolicyResult): PolicyJson {
  const failing = result.findings.filter((f) => f.status === 'non-compliant');
  const nonCompliant = Object.fromEntries(POLICY_LEVELS.map((level) => [level, failing.filter((f) => f.level === level).length])) as Record<PolicyLevel, number>;
  return {
    cloud: result.cloud,
    summary: { nonCompliant, acknowledged: failing.filter((f) => f.acknowledged !== undefined).length, failing: hasUnacknowledgedErrors(result) },
    rules: result.rules.map(({ id, level, title, explanation, fix, mirrors, outcome }) => ({ id, level, title, explanation, fix, mirrors: [...mirrors], outcome })),
    findings: result.findings.map(({ rule, level, resource, status, message, acknowledged }) => ({
      rule,
      level,
      resource,
      status,
      message,
      ...(acknowledged !== undefined ? { acknowledged } : {}),
    })),
    unusedAcknowledgements: result.unusedAcknowledgements.map(({ rule, reason }) => ({ rule, reason })),
  };
}
