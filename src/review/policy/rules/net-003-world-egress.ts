import { isAllTraffic, isWorldPeer, normalProtocol, ruleLabel } from '../firewall-rule';
import { renderedRules } from '../firewall-rules';
import { refersTo } from '../references';
import { compliant, nonCompliant, verdict, type Finding, type PolicyRule } from '../rule';
import { resourcesOfType, type Attributes, type TerraformJson } from '../terraform-json';
import { blocks, isTrue, strings } from '../values';

/** A deny of every protocol to the whole internet (no destination at all means the whole internet). */
function deniesAllTraffic(protocol: unknown, destinations: readonly string[]): boolean {
  return normalProtocol(protocol) === 'all' && (destinations.length === 0 || destinations.some(isWorldPeer));
}

/** GCP lets everything out through an implied rule unless the network has its own deny-all egress rule. */
function gcpImplied(stack: TerraformJson): Finding[] {
  const firewalls = resourcesOfType(stack, 'google_compute_firewall');
  return resourcesOfType(stack, 'google_compute_network').map((network) => {
    const denied = firewalls.some((fw) => {
      const a = fw.attributes;
      const onNetwork = refersTo(a.network, network.address) || a.network === network.attributes.name;
      const egress = String(a.direction ?? '').toUpperCase() === 'EGRESS';
      return onNetwork && egress && !isTrue(a.disabled) && blocks(a.deny).some((deny) => deniesAllTraffic(deny.protocol, strings(a.destination_ranges)));
    });
    return verdict(network.address, denied, 'denies egress the matrix does not allow', 'has no deny-all egress rule, so GCP’s implied allow-all egress to 0.0.0.0/0 applies');
  });
}

function azureDeniesAllOutbound(a: Attributes): boolean {
  const outbound = String(a.direction ?? '').toLowerCase() === 'outbound';
  const deny = String(a.access ?? '').toLowerCase() === 'deny';
  const prefixes = [...strings(a.destination_address_prefix), ...strings(a.destination_address_prefixes)];
  const ports = [...strings(a.destination_port_range), ...strings(a.destination_port_ranges)];
  return outbound && deny && ports.includes('*') && deniesAllTraffic(a.protocol, prefixes);
}

/** Azure NSGs carry a default AllowInternetOutBound rule that only a deny-all outbound rule overrides. */
function azureImplied(stack: TerraformJson): Finding[] {
  const rules = resourcesOfType(stack, 'azurerm_network_security_rule');
  return resourcesOfType(stack, 'azurerm_network_security_group').map((group) => {
    const own = rules.filter((r) => refersTo(r.attributes.network_security_group_name, group.address) || r.attributes.network_security_group_name === group.attributes.name);
    const denied = [...own.map((r) => r.attributes), ...blocks(group.attributes.security_rule)].some(azureDeniesAllOutbound);
    return denied
      ? compliant(group.address, 'denies outbound traffic the matrix does not allow')
      : nonCompliant(group.address, 'has no deny-all outbound rule, so Azure’s default AllowInternetOutBound applies');
  });
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
  check: (stack) => [
    ...renderedRules(stack)
      .filter((rule) => rule.direction === 'outbound')
      .map((rule) =>
        verdict(
          ruleLabel(rule),
          !(rule.worldPeers.length > 0 && rule.ports.some(isAllTraffic)),
          'does not allow all traffic to the world',
          `allows all protocols on all ports to ${rule.worldPeers.join(', ')}`,
        ),
      ),
    ...gcpImplied(stack),
    ...azureImplied(stack),
  ],
};
