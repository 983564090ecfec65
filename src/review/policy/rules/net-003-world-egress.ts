import { isAllTraffic } from '../../firewall/ports';
import { firewallRules } from '../../firewall/read';
import { worldPeers, type StackRule } from '../../firewall/rule';
import { resourcesOfType, type StackResource } from '../../terraform/json';
import { compliant, nonCompliant, verdict, type Finding, type PolicyRule } from '../rule';

/** A deny of every protocol on every port out to the whole internet. */
function deniesAllEgress(rule: StackRule): boolean {
  return rule.access === 'deny' && rule.direction === 'outbound' && rule.ports.some(isAllTraffic) && worldPeers(rule).length > 0;
}

/** True when a rule held by the network or group (by address, or by the name a rule may give instead) denies all egress. */
function deniedIn(rules: readonly StackRule[], holder: StackResource): boolean {
  return rules.some((rule) => (rule.holder === holder.address || rule.holder === holder.attributes.name) && deniesAllEgress(rule));
}

/**
 * GCP lets everything out through an implied rule unless the network has its own deny-all egress rule; Azure NSGs
 * carry a default AllowInternetOutBound rule that only a deny-all outbound rule overrides.
 */
function impliedEgress(rules: readonly StackRule[], networks: readonly StackResource[], groups: readonly StackResource[]): Finding[] {
  return [
    ...networks.map((network) =>
      verdict(network.address, deniedIn(rules, network), 'denies egress the matrix does not allow', 'has no deny-all egress rule, so GCP’s implied allow-all egress to 0.0.0.0/0 applies'),
    ),
    ...groups.map((group) =>
      deniedIn(rules, group)
        ? compliant(group.address, 'denies outbound traffic the matrix does not allow')
        : nonCompliant(group.address, 'has no deny-all outbound rule, so Azure’s default AllowInternetOutBound applies'),
    ),
  ];
}

/** Every protocol on every port allowed out to the whole internet, by a rule or by a cloud's default. */
export const worldEgressAllTraffic: PolicyRule = {
  id: 'CIK-NET-003',
  level: 'warning',
  title: 'Egress of all traffic to the world',
  explanation:
    'A box that may send anything anywhere makes exfiltration and command-and-control easy for a malicious build. The matrix lists what the boxes need outbound (GitHub, package mirrors, cloud APIs); everything else should be denied, including by the clouds’ implied allow-all egress defaults on GCP and Azure.',
  fix: 'Render only the matrix’s outbound rules, and add a deny-all egress rule (GCP firewall, Azure NSG) below them.',
  mirrors: ['checkov CKV_AWS_382', 'trivy AWS-0104', 'trivy GCP-0035'],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) => {
    const rules = firewallRules(stack);
    return [
      ...rules
        .filter((rule) => rule.access === 'allow' && rule.direction === 'outbound')
        .map((rule) => {
          const world = worldPeers(rule);
          return verdict(rule.resource, !(world.length > 0 && rule.ports.some(isAllTraffic)), 'does not allow all traffic to the world', `allows all protocols on all ports to ${world.join(', ')}`);
        }),
      ...impliedEgress(rules, resourcesOfType(stack, 'google_compute_network'), resourcesOfType(stack, 'azurerm_network_security_group')),
    ];
  },
};
