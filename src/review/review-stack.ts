import type { Cloud } from '../cloud';
import type { FirewallRule } from '../firewall/model';
import { resolveTopology } from '../topology/resolve';
import type { TopologySpec } from '../topology/schema';
import { estimateCost, type CostEstimate } from './cost';
import { installationDiagram } from './diagram';
import { compareFirewall, type FirewallDifference, type PlatformRuleSeen } from './firewall/compare';
import { readFirewall } from './firewall/read';
import { tableRules } from './firewall/table-rules';
import { installationFacts, type InstallationFact } from './installation/facts';
import { readInstallation } from './installation/read';
import type { InstallationSummary } from './installation/summary';
import { lintStack, type LintProblem } from './lint';
import { hasUnacknowledgedErrors, policyContextFromMatrix, runPolicies, unacknowledged, type PolicyResult, type TerraformJson } from './policy';

/** What a stack review reads. */
export interface StackReviewInput {
  /** The stack's synthesized Terraform JSON (`cdk.tf.json`). */
  readonly stack: TerraformJson;
  /** The cloud the stack is for. */
  readonly cloud: Cloud;
  /** The validated topology the stack was synthesized from. */
  readonly spec: TopologySpec;
  /** Where the stack was read, for the report. */
  readonly stackFile: string;
  /** Where the topology was read, for the report. */
  readonly topologyFile: string;
}

/** The stack's firewall, recovered and compared. */
export interface FirewallReview {
  /** The allowed traffic as rules of the matrix's shape, named in the topology's terms: the seed's tables. */
  readonly rules: readonly FirewallRule[];
  /** Every difference from the topology's matrix. */
  readonly differences: readonly FirewallDifference[];
  /** Rules the cloud needs on purpose. */
  readonly platform: readonly PlatformRuleSeen[];
}

/** One stack reviewed in the topology's terms. */
export interface StackReview {
  /** The cloud. */
  readonly cloud: Cloud;
  /** Where the stack was read. */
  readonly stackFile: string;
  /** Where the topology was read. */
  readonly topologyFile: string;
  /** The installation's hostname. */
  readonly domain: string;
  /** 1 when the stack differs from the topology, has an unacknowledged error-level finding or a lint error; 0 otherwise. */
  readonly exitCode: 0 | 1;
  /** Why the review fails, one sentence each; empty when it passes. */
  readonly failures: readonly string[];
  /** The installation as the stack renders it. */
  readonly installation: InstallationSummary;
  /** The installation item by item, next to what the topology asks for. */
  readonly facts: readonly InstallationFact[];
  /** Hourly and monthly cost, and the same fleet on the other clouds. */
  readonly cost: CostEstimate;
  /** The firewall. */
  readonly firewall: FirewallReview;
  /** A Mermaid flowchart of roles, peers and ports. */
  readonly diagram: string;
  /** The policy rule pack's verdict, with the topology's acknowledgements. */
  readonly policy: PolicyResult;
  /** What the providers would reject at plan or apply time (the offline plan lint). */
  readonly lint: readonly LintProblem[];
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Reviews one synthesized stack against the topology it came from: the installation and the firewall are read from
 * the Terraform JSON alone and held against the resolved topology, the cost is priced from the catalog, and the
 * policy pack runs with the topology's acknowledgements.
 */
export function reviewStack(input: StackReviewInput): StackReview {
  const { stack, cloud, spec } = input;
  const topology = resolveTopology(spec, cloud);
  const installation = readInstallation(stack, cloud);
  const facts = installationFacts(installation, topology);
  const comparison = compareFirewall(readFirewall(stack, cloud), topology.firewall, cloud);
  const rules = tableRules(comparison.compared, topology.firewall);
  const policy = runPolicies(stack, cloud, policyContextFromMatrix(topology.firewall, topology.throwaway), topology.acknowledgements);
  const mismatches = facts.filter((fact) => !fact.matches).length;
  const errors = unacknowledged(policy).filter((finding) => finding.level === 'error').length;
  const lint = lintStack(stack);
  const rejected = lint.filter((problem) => problem.level === 'error').length;
  const failures = [
    ...(mismatches > 0 ? [`${count(mismatches, 'installation item differs', 'installation items differ')} from the topology`] : []),
    ...(comparison.differences.length > 0 ? [`${count(comparison.differences.length, 'firewall difference', 'firewall differences')} from the topology's matrix`] : []),
    ...(hasUnacknowledgedErrors(policy) ? [`${count(errors, 'unacknowledged error-level finding', 'unacknowledged error-level findings')}`] : []),
    ...(rejected > 0 ? [`${count(rejected, 'lint problem', 'lint problems')} the provider would reject`] : []),
  ];
  return {
    cloud,
    stackFile: input.stackFile,
    topologyFile: input.topologyFile,
    domain: topology.domain,
    exitCode: failures.length > 0 ? 1 : 0,
    failures,
    installation,
    facts,
    cost: estimateCost(installation, spec, topology),
    firewall: { rules, differences: comparison.differences, platform: comparison.platform },
    diagram: installationDiagram(rules, comparison.platform, topology.firewall),
    policy,
    lint,
  };
}
