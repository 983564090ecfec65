import type { Direction, RoleName } from '../../firewall/model';
import { isWorldPeer, normalProtocol, type RenderedPorts, type RenderedRule } from './firewall-rule';
import { referencedResources } from './references';
import { roleOf } from './roles';
import { resourcesOfType, type Attributes, type StackResource, type TerraformJson } from './terraform-json';
import { blocks, numberOf, strings } from './values';

function ports(protocolValue: unknown, fromValue: unknown, toValue: unknown): RenderedPorts {
  const protocol = normalProtocol(protocolValue);
  if (protocol === 'all') return { protocol, from: 0, to: 65535 };
  return { protocol, from: numberOf(fromValue) ?? 0, to: numberOf(toValue) ?? numberOf(fromValue) ?? 65535 };
}

/** The role of the security group a standalone rule belongs to: the rule's own tag, else its group's. */
function groupRole(stack: TerraformJson, rule: StackResource): RoleName[] {
  const own = roleOf(rule);
  if (own) return [own];
  const group = referencedResources(stack, rule.attributes.security_group_id).find((found) => found.type === 'aws_security_group');
  const role = group ? roleOf(group) : undefined;
  return role ? [role] : [];
}

function vpcRule(stack: TerraformJson, resource: StackResource, direction: Direction): RenderedRule {
  const a = resource.attributes;
  return {
    address: resource.address,
    roles: groupRole(stack, resource),
    direction,
    ports: [ports(a.ip_protocol, a.from_port, a.to_port)],
    worldPeers: [...strings(a.cidr_ipv4), ...strings(a.cidr_ipv6)].filter(isWorldPeer),
  };
}

function classicRule(address: string, roles: RoleName[], direction: Direction, a: Attributes, within?: string): RenderedRule {
  return {
    address,
    ...(within ? { within } : {}),
    roles,
    direction,
    ports: [ports(a.protocol, a.from_port, a.to_port)],
    worldPeers: [...strings(a.cidr_blocks), ...strings(a.ipv6_cidr_blocks)].filter(isWorldPeer),
  };
}

/** The allowing rules of an AWS stack: VPC security group rules, security group rules and inline blocks. */
export function awsRules(stack: TerraformJson): RenderedRule[] {
  const standalone = [
    ...resourcesOfType(stack, 'aws_vpc_security_group_ingress_rule').map((r) => vpcRule(stack, r, 'inbound')),
    ...resourcesOfType(stack, 'aws_vpc_security_group_egress_rule').map((r) => vpcRule(stack, r, 'outbound')),
    ...resourcesOfType(stack, 'aws_security_group_rule').map((r) =>
      classicRule(r.address, groupRole(stack, r), r.attributes.type === 'egress' ? 'outbound' : 'inbound', r.attributes),
    ),
  ];
  const inline = resourcesOfType(stack, 'aws_security_group', 'aws_default_security_group').flatMap((group) => {
    const role = roleOf(group);
    const roles = role ? [role] : [];
    return (['ingress', 'egress'] as const).flatMap((kind) =>
      blocks(group.attributes[kind]).map((a, i) => classicRule(group.address, roles, kind === 'ingress' ? 'inbound' : 'outbound', a, `${kind}[${i}]`)),
    );
  });
  return [...standalone, ...inline];
}
