import type { Direction, RoleName } from '../../firewall/model';
import { isWorldPeer, normalProtocol, portSpan, type RenderedPorts, type RenderedRule } from './firewall-rule';
import { referencedResources } from './references';
import { roleOf } from './roles';
import { resourcesOfType, type Attributes, type StackResource, type TerraformJson } from './terraform-json';
import { blocks, strings } from './values';

function ports(a: Attributes): RenderedPorts[] {
  const protocol = normalProtocol(a.protocol);
  const specs = [...strings(a.destination_port_range), ...strings(a.destination_port_ranges)];
  return (specs.length === 0 ? ['*'] : specs).map((spec) => portSpan(protocol, spec)).filter((span): span is RenderedPorts => span !== undefined);
}

/** Inbound rules name the internet as their source, outbound rules as their destination. */
function worldPeers(a: Attributes, direction: Direction): string[] {
  const side = direction === 'inbound' ? 'source' : 'destination';
  return [...strings(a[`${side}_address_prefix`]), ...strings(a[`${side}_address_prefixes`])].filter(isWorldPeer);
}

/** The role of a rule: its network security group's, else the application security group it protects. */
function rolesOf(stack: TerraformJson, a: Attributes, direction: Direction, group?: StackResource): RoleName[] {
  const own = direction === 'inbound' ? a.destination_application_security_group_ids : a.source_application_security_group_ids;
  const candidates = [...(group ? [group] : referencedResources(stack, a.network_security_group_name)), ...referencedResources(stack, own)];
  const role = candidates.map(roleOf).find((found) => found !== undefined);
  return role ? [role] : [];
}

function rendered(stack: TerraformJson, address: string, a: Attributes, group?: StackResource, within?: string): RenderedRule | undefined {
  if (String(a.access ?? '').toLowerCase() !== 'allow') return undefined;
  const direction: Direction = String(a.direction ?? '').toLowerCase() === 'outbound' ? 'outbound' : 'inbound';
  return { address, ...(within ? { within } : {}), roles: rolesOf(stack, a, direction, group), direction, ports: ports(a), worldPeers: worldPeers(a, direction) };
}

/** The allowing rules of an Azure stack: network security rules and the inline rules of security groups. */
export function azureRules(stack: TerraformJson): RenderedRule[] {
  const standalone = resourcesOfType(stack, 'azurerm_network_security_rule').map((r) => rendered(stack, r.address, r.attributes));
  const inline = resourcesOfType(stack, 'azurerm_network_security_group').flatMap((group) =>
    blocks(group.attributes.security_rule).map((a, i) => rendered(stack, group.address, a, group, `security_rule[${i}]`)),
  );
  return [...standalone, ...inline].filter((rule): rule is RenderedRule => rule !== undefined);
}
