import type { Cloud } from '../../cloud';
import type { PolicyContext } from './context';
import type { TerraformJson } from '../terraform/json';

/** How much a failed rule matters: an unacknowledged `error` fails the review. */
export type PolicyLevel = 'error' | 'warning' | 'info';

/** The levels, most severe first: the order reports list findings in. */
export const POLICY_LEVELS: readonly PolicyLevel[] = ['error', 'warning', 'info'];

/** Whether one resource meets one rule. */
export type Compliance = 'compliant' | 'non-compliant';

/** One rule's verdict on one resource. */
export interface Finding {
  /** Terraform address of the resource, e.g. `aws_instance.services_box`. */
  readonly resource: string;
  /** Whether the resource meets the rule. */
  readonly status: Compliance;
  /** One line saying what was found. */
  readonly message: string;
}

/**
 * A policy rule in the manner of cdk-nag: a pure function over a stack's synthesized Terraform JSON. It returns one
 * finding per resource it applies to, and nothing at all when the stack has no such resource (not applicable).
 */
export interface PolicyRule {
  /** `CIK-<AREA>-NNN`; the id a topology acknowledges. */
  readonly id: string;
  /** How much a failure matters. */
  readonly level: PolicyLevel;
  /** What the rule asks, in a few words. */
  readonly title: string;
  /** Why it matters for this installation. */
  readonly explanation: string;
  /** What to change when it fails. */
  readonly fix: string;
  /** The scanner and benchmark ids it corresponds to, e.g. `checkov CKV_AWS_24`, `CIS AWS 5.2`. */
  readonly mirrors: readonly string[];
  /** The clouds where the rule's concept exists. */
  readonly clouds: readonly Cloud[];
  /** The check itself. */
  readonly check: (stack: TerraformJson, context: PolicyContext) => Finding[];
}

/** A finding that the resource meets the rule. */
export function compliant(resource: string, message: string): Finding {
  return { resource, status: 'compliant', message };
}

/** A finding that the resource does not meet the rule. */
export function nonCompliant(resource: string, message: string): Finding {
  return { resource, status: 'non-compliant', message };
}

/** A compliant or non-compliant finding, by a condition. */
export function verdict(resource: string, ok: boolean, pass: string, fail: string): Finding {
  return ok ? compliant(resource, pass) : nonCompliant(resource, fail);
}
