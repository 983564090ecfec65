import type { Cloud } from '../../cloud';
import type { PolicyContext } from './context';
import { POLICY_RULES } from './rules';
import { POLICY_LEVELS, type Compliance, type PolicyLevel, type PolicyRule } from './rule';
import type { TerraformJson } from '../terraform/json';
import { compareText } from '../../util/compare-text';

/** A finding the topology accepts on purpose: a rule id and a written reason. */
export interface Acknowledgement {
  /** The rule id, e.g. `CIK-NET-001`. */
  readonly rule: string;
  /** Why the finding is accepted. */
  readonly reason: string;
}

/** One rule's verdict on one resource, with the rule's level and any acknowledgement. */
export interface PolicyFinding {
  /** The rule id. */
  readonly rule: string;
  /** The rule's level. */
  readonly level: PolicyLevel;
  /** Terraform address of the resource. */
  readonly resource: string;
  /** Whether the resource meets the rule. */
  readonly status: Compliance;
  /** One line saying what was found. */
  readonly message: string;
  /** The topology's reason, when a non-compliant finding's rule is acknowledged. */
  readonly acknowledged?: string;
}

/** What one rule made of the stack. */
export type RuleOutcome = 'passed' | 'failed' | 'not-applicable';

/**
 * A rule as the report lists it: its description, and its outcome on this stack (failed when any finding is
 * non-compliant, acknowledged or not; not applicable when there was nothing to check).
 */
export type RuleReport = Pick<PolicyRule, 'id' | 'level' | 'title' | 'explanation' | 'fix' | 'mirrors'> & { readonly outcome: RuleOutcome };

/** The whole pack's verdict on one stack. */
export interface PolicyResult {
  /** The stack's cloud. */
  readonly cloud: Cloud;
  /** The rules applied to this cloud, in id order. */
  readonly rules: readonly RuleReport[];
  /** Every finding: by level (errors first), then rule id, then resource. */
  readonly findings: readonly PolicyFinding[];
  /** Acknowledgements that matched no non-compliant finding in this stack (unneeded here, or of unknown rules). */
  readonly unusedAcknowledgements: readonly Acknowledgement[];
}

function byLevelRuleResource(a: PolicyFinding, b: PolicyFinding): number {
  return (
    POLICY_LEVELS.indexOf(a.level) - POLICY_LEVELS.indexOf(b.level) ||
    compareText(a.rule, b.rule) ||
    compareText(a.resource, b.resource) ||
    compareText(a.message, b.message)
  );
}

/** Runs every rule for the cloud over the stack and marks the non-compliant findings the topology acknowledges. */
export function runPolicies(
  stack: TerraformJson,
  cloud: Cloud,
  context: PolicyContext,
  acknowledgements: readonly Acknowledgement[],
  rules: readonly PolicyRule[] = POLICY_RULES,
): PolicyResult {
  const reasons = new Map<string, string>();
  for (const { rule, reason } of acknowledgements) reasons.set(rule, reasons.has(rule) ? `${reasons.get(rule)}; ${reason}` : reason);
  const applied = rules.filter((rule) => rule.clouds.includes(cloud)).sort((a, b) => compareText(a.id, b.id));
  const findings: PolicyFinding[] = [];
  const reports: RuleReport[] = applied.map((rule) => {
    const own = rule.check(stack, context).map((finding): PolicyFinding => {
      const reason = finding.status === 'non-compliant' ? reasons.get(rule.id) : undefined;
      return { rule: rule.id, level: rule.level, ...finding, ...(reason !== undefined ? { acknowledged: reason } : {}) };
    });
    findings.push(...own);
    const outcome: RuleOutcome = own.length === 0 ? 'not-applicable' : own.some((f) => f.status === 'non-compliant') ? 'failed' : 'passed';
    const { id, level, title, explanation, fix, mirrors } = rule;
    return { id, level, title, explanation, fix, mirrors, outcome };
  });
  const used = new Set(findings.filter((f) => f.acknowledged !== undefined).map((f) => f.rule));
  return {
    cloud,
    rules: reports,
    findings: findings.sort(byLevelRuleResource),
    unusedAcknowledgements: acknowledgements.filter((ack) => !used.has(ack.rule)),
  };
}

/** The non-compliant findings nobody acknowledged. */
export function unacknowledged(result: PolicyResult): PolicyFinding[] {
  return result.findings.filter((finding) => finding.status === 'non-compliant' && finding.acknowledged === undefined);
}

/** True when an error-level finding is non-compliant and unacknowledged: the review exits 1. */
export function hasUnacknowledgedErrors(result: PolicyResult): boolean {
  return unacknowledged(result).some((finding) => finding.level === 'error');
}
