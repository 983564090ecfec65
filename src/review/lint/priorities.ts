import { resourcesOfType, type Attributes } from '../terraform/json';
import { blocks, numberOf } from '../terraform/values';
import { problem, type LintProblem, type LintStack } from './problem';

const CHECK = 'priorities';

/** Azure's range for NSG rule priorities. */
const AZURE_PRIORITIES = { min: 100, max: 4096 };
/** GCP's range for firewall rule priorities. */
const GCP_PRIORITIES = { min: 0, max: 65535 };

/** An NSG rule as far as priorities go: a rule resource, or an inline rule of a security group. */
interface NsgRule {
  /** The resource holding it. */
  readonly address: string;
  /** The NSG the rule belongs to, as written (a reference or a literal name) with its resource group. */
  readonly group: string;
  /** `inbound` or `outbound`. */
  readonly direction: string;
  /** Its priority, when a literal number. */
  readonly priority: number | undefined;
  /** The priority as written (an interpolation is only known at apply time). */
  readonly raw: unknown;
}

function nsgRule(address: string, group: string, a: Attributes): NsgRule {
  return { address, group, direction: String(a.direction ?? '').toLowerCase(), priority: numberOf(a.priority), raw: a.priority };
}

/**
 * Azure NSG rules: priorities within 100-4096 and unique per network security group and direction; Azure rejects a
 * second rule of the same priority and direction in one NSG ("SecurityRuleConflict").
 * Source: https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview#security-rules
 */
function azureProblems(stack: LintStack): LintProblem[] {
  const rules = [
    ...resourcesOfType(stack, 'azurerm_network_security_rule').map((r) =>
      nsgRule(r.address, `${String(r.attributes.resource_group_name ?? '')}/${String(r.attributes.network_security_group_name ?? '')}`, r.attributes),
    ),
    ...resourcesOfType(stack, 'azurerm_network_security_group').flatMap((g) => blocks(g.attributes.security_rule).map((a) => nsgRule(g.address, g.address, a))),
  ];
  const found: LintProblem[] = [];
  const taken = new Map<string, NsgRule>();
  for (const rule of rules) {
    if (rule.priority === undefined) {
      if (typeof rule.raw !== 'string') found.push(problem(CHECK, rule.address, 'has no priority'));
      continue;
    }
    if (rule.priority < AZURE_PRIORITIES.min || rule.priority > AZURE_PRIORITIES.max) {
      found.push(problem(CHECK, rule.address, `priority ${rule.priority} is outside ${AZURE_PRIORITIES.min}-${AZURE_PRIORITIES.max}`));
    }
    const key = `${rule.group}|${rule.direction}|${rule.priority}`;
    const first = taken.get(key);
    if (first) found.push(problem(CHECK, rule.address, `priority ${rule.priority} (${rule.direction}) is already taken by ${first.address} in the same network security group`));
    else taken.set(key, rule);
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
