import type { Direction, RoleName } from '../../firewall/model';
import type { RenderedPorts } from '../policy/firewall-rule';
import { rolesServed, taggedRole } from '../policy/roles';
import { resourcesOfType, type Attributes, type StackResource, type TerraformJson } from '../policy/terraform-json';
import { blocks, isTrue, strings } from '../policy/values';
import { referenced } from '../installation/stack-values';
import { awsPorts } from './ports';
import { normalCidr, oneLine, type RecoveredEntry, type RecoveredFirewall, type RecoveredPeer } from './recovered';

const GROUP_TYPES = ['aws_security_group', 'aws_default_security_group'];

/** A security group's role: its tag, else the one role whose boxes use it. */
function groupRole(stack: TerraformJson, group: StackResource | undefined): RoleName | null {
  if (!group) return null;
  const tagged = taggedRole(group.attributes);
  if (tagged) return tagged;
  const served = rolesServed(stack, group);
  return served.length === 1 ? served[0] : null;
}

/** The role of a rule held by a security group: the group's, else the rule's own tag. */
function ruleRole(stack: TerraformJson, groupRef: unknown, rule: Attributes): RoleName | null {
  return groupRole(stack, referenced(stack, groupRef, ...GROUP_TYPES)) ?? taggedRole(rule) ?? null;
}

/** A referenced security group as a peer: the role it is tagged for, or the reference itself. */
function groupPeer(stack: TerraformJson, ref: unknown): RecoveredPeer {
  const role = groupRole(stack, referenced(stack, ref, ...GROUP_TYPES));
  return role ? { kind: 'role', role } : { kind: 'other', text: `security group ${String(ref)}` };
}

/** The peers of a classic or inline rule: CIDR lists, referenced groups, the group itself, prefix lists. */
function classicPeers(stack: TerraformJson, a: Attributes, own: RoleName | null): RecoveredPeer[] {
  return [
    ...[...strings(a.cidr_blocks), ...strings(a.ipv6_cidr_blocks)].map((cidr): RecoveredPeer => ({ kind: 'cidr', cidr: normalCidr(cidr) })),
    ...[...strings(a.security_groups), ...strings(a.source_security_group_id)].map((ref) => groupPeer(stack, ref)),
    ...(isTrue(a.self) ? [own ? ({ kind: 'role', role: own } as const) : ({ kind: 'other', text: 'self' } as const)] : []),
    ...strings(a.prefix_list_ids).map((id): RecoveredPeer => ({ kind: 'other', text: `prefix list ${id}` })),
  ];
}

function entries(resource: string, role: RoleName | null, direction: Direction, port: RenderedPorts, peers: readonly RecoveredPeer[], description: unknown): RecoveredEntry[] {
  const far = peers.length > 0 ? peers : [{ kind: 'other', text: 'no source or destination' } as const];
  return far.map((peer) => ({ role, direction, port, peer, description: oneLine(description), resource }));
}

/** One VPC security group rule resource: one port range and one peer. */
function vpcRule(stack: TerraformJson, rule: StackResource, direction: Direction): RecoveredEntry[] {
  const a = rule.attributes;
  const peers: RecoveredPeer[] = [
    ...[...strings(a.cidr_ipv4), ...strings(a.cidr_ipv6)].map((cidr): RecoveredPeer => ({ kind: 'cidr', cidr: normalCidr(cidr) })),
    ...strings(a.referenced_security_group_id).map((ref) => groupPeer(stack, ref)),
    ...strings(a.prefix_list_id).map((id): RecoveredPeer => ({ kind: 'other', text: `prefix list ${id}` })),
  ];
  return entries(rule.address, ruleRole(stack, a.security_group_id, a), direction, awsPorts(a.ip_protocol, a.from_port, a.to_port), peers, a.description);
}

/** An aws_security_group_rule resource. */
function classicRule(stack: TerraformJson, rule: StackResource): RecoveredEntry[] {
  const a = rule.attributes;
  const role = ruleRole(stack, a.security_group_id, a);
  const direction: Direction = a.type === 'egress' ? 'outbound' : 'inbound';
  return entries(rule.address, role, direction, awsPorts(a.protocol, a.from_port, a.to_port), classicPeers(stack, a, role), a.description);
}

/** The ingress and egress blocks written inside a security group. */
function inlineRules(stack: TerraformJson, group: StackResource): RecoveredEntry[] {
  const role = groupRole(stack, group);
  return (['ingress', 'egress'] as const).flatMap((kind) =>
    blocks(group.attributes[kind]).flatMap((a, i) =>
      entries(`${group.address} (${kind}[${i}])`, role, kind === 'ingress' ? 'inbound' : 'outbound', awsPorts(a.protocol, a.from_port, a.to_port), classicPeers(stack, a, role), a.description),
    ),
  );
}

/** An AWS stack's firewall: VPC security group rules, security group rules and inline rules. Security groups deny the rest. */
export function readAwsFirewall(stack: TerraformJson): RecoveredFirewall {
  return {
    entries: [
      ...resourcesOfType(stack, 'aws_vpc_security_group_ingress_rule').flatMap((r) => vpcRule(stack, r, 'inbound')),
      ...resourcesOfType(stack, 'aws_vpc_security_group_egress_rule').flatMap((r) => vpcRule(stack, r, 'outbound')),
      ...resourcesOfType(stack, 'aws_security_group_rule').flatMap((r) => classicRule(stack, r)),
      ...resourcesOfType(stack, ...GROUP_TYPES).flatMap((group) => inlineRules(stack, group)),
    ],
    denies: [],
  };
}
