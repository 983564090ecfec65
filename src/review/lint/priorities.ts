import { nsgRules } from '../firewall/azure';
import { resourcesOfType } from '../terraform/json';
import { numberOf } from '../terraform/values';
import { problem, type LintProblem, type LintStack } from './problem';

const CHECK = 'priorities';

/** Azure's range for NSG rule priorities. */
const AZURE_PRIORITIES = { min: 100, max: 4096 };
/** GCP's range for firewall rule priorities. */
const GCP_PRIORITIES = { min: 0, max: 65535 };

/**
 * Azure NSG rules: priorities within 100-4096 and unique per network security group and direction; Azure rejects a
 * second rule of the same priority and direction in one NSG ("SecurityRuleConflict").
 * Source: https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules
 */
function azureProblems(stack: LintStack): LintProblem[] {
  const found: LintProblem[] = [];
  const taken = new Map<string, string>();
  for (const rule of nsgRules(stack)) {
    const priority = numberOf(rule.attributes.priority);
    const direction = String(rule.attributes.direction ?? '').toLowerCase();
    if (priority === undefined) {
      // An interpolated priority is only known at apply time.
      if (typeof rule.attributes.priority !== 'string') found.push(problem(CHECK, rule.resource, 'has no priority'));
      continue;
    }
    if (priority < AZURE_PRIORITIES.min || priority > AZURE_PRIORITIES.max) {
      found.push(problem(CHECK, rule.resource, `priority ${priority} is outside ${AZURE_PRIORITIES.min}-${AZURE_PRIORITIES.max}`));
    }
    const key = `${rule.nsg}|${direction}|${priority}`;
    const first = taken.get(key);
    if (first) found.push(problem(CHECK, rule.resource, `priority ${priority} (${direction}) is already taken by ${first} in the same network security group`));
    else taken.set(key, rule.resource);
  }
  return found;
}

/** GCP firewall priorities within 0-65535. */
function gcpProblems(stack: LintStack): LintProblem[] {
  return resourcesOfType(stack, 'google_compute_firewall').flatMap((rule) => {
    const priority = numberOf(rule.attributes.priority);
    if (priority === undefined || (priority >= GCP_PRIORITIES.min && priority <= GCP_PRIORITIES.max)) return [];
    return [problem(CHECK, rule.address, `priority ${priority} is outside ${GCP_PRIORITIES.min}-${GCP_PRIORITIES.max}`)];
  });
}

/** Firewall rule priorities within each cloud's range, and unique where the cloud requires it (Azure NSGs). */
export function priorityProblems(stack: LintStack): LintProblem[] {
  return [...azureProblems(stack), ...gcpProblems(stack)];
}
