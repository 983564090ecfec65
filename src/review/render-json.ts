import { policyJson, type PolicyJson } from './policy';
import type { StackReview } from './review-stack';

/** A stack review as tools read it: the verdict first, then every section, keys in a fixed order. */
export interface StackReviewJson {
  /** The cloud. */
  readonly cloud: string;
  /** Where the stack was read. */
  readonly stack: string;
  /** Where the topology was read. */
  readonly topology: string;
  /** The installation's hostname. */
  readonly domain: string;
  /** 0 passes, 1 fails. */
  readonly exitCode: 0 | 1;
  /** Why it fails; empty when it passes. */
  readonly failures: readonly string[];
  /** The installation as read from the stack, and item by item next to the topology. */
  readonly installation: { readonly summary: StackReview['installation']; readonly facts: StackReview['facts'] };
  /** The cost. */
  readonly cost: StackReview['cost'];
  /** The firewall: recovered rules, differences, platform rules. */
  readonly firewall: StackReview['firewall'];
  /** The Mermaid source of the diagram. */
  readonly diagram: string;
  /** The policy findings. */
  readonly policy: PolicyJson;
  /** The offline plan lint's problems. */
  readonly lint: StackReview['lint'];
}

/** The review as plain data in a stable key order, so two runs over the same stack serialize the same. */
export function stackReviewJson(review: StackReview): StackReviewJson {
  return {
    cloud: review.cloud,
    stack: review.stackFile,
    topology: review.topologyFile,
    domain: review.domain,
    exitCode: review.exitCode,
    failures: review.failures,
    installation: { summary: review.installation, facts: review.facts },
    cost: review.cost,
    firewall: review.firewall,
    diagram: review.diagram,
    policy: policyJson(review.policy),
    lint: review.lint,
  };
}
