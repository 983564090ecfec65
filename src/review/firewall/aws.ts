import type { Direction, RoleName } from '../../firewall/model';
import type { PortRange } from '../../firewall/ports';
import { referenced } from '../terraform/references';
import { rolesServed, taggedRole } from '../terraform/roles';
import { resourcesOfType, type StackResource, type TerraformJson } from '../terraform/json';
import { blocks, isTrue, strings } from '../terraform/values';
import { awsPorts } from './ports';
import { cidrPeer, oneLine, type RecoveredPeer, type StackRule } from './rule';

const GROUP_TYPES = ['aws_security_group', 'aws_default_security_group'];

/** A security group's role: its tag, else the one role whose boxes use it. */
function groupRole(stack: TerraformJson, group: StackResource | undefined): RoleName | undefined {
  if (!group) return undefined;
  const tagged = taggedRole(group.attributes);
  if (tagged) return tagged;
  const served = rolesServed(stack, group);
  return served.length === 1 ? served[0] : undefined;
}

/** A referenced security group as a peer: the role it is tagged for, or the reference itself. */
function groupPeer(stack: TerraformJson, ref: string): RecoveredPeer {
  const role = groupRole(stack, referenced(stack, ref, ...GROUP_TYPES));
  return role ? { kind: 'role', role } : { kind: 'other', text: `security group ${ref}` };
}

function prefixListPeer(id: string): RecoveredPeer {
  return { kind: 'other', text: `prefix list ${id}` };
}

/** Every rule names a far end; one that names none still shows up, so that a reviewer sees it. */
function orNone(peers: RecoveredPeer[]): RecoveredPeer[] {
  return peers.length > 0 ? peers : [{ kind: 'other', text: 'no source or destination' }];
}

function allow(resource: string, holder: string, role: RoleName | undefined, direction: Direction, ports: PortRange<string>, peers: RecoveredPeer[], description: unknown): StackRule {
  return { resource, access: 'allow', roles: role ? [role] : [], direction, ports: [ports], peers: orNone(peers), ownSide: [], description: oneLine(description), last: false, holder };
}

/** One VPC security group rule resource: one port range and one peer; its role is its group's, else its own tag. */
function vpcRule(stack: TerraformJson, rule: StackResource, direction: Direction): StackRule {
  const a = rule.attributes;
  const group = referenced(stack, a.security_group_id, ...GROUP_TYPES);
  const peers = [
    ...[...strings(a.cidr_ipv4), ...strings(a.cidr_ipv6)].map(cidrPeer),
    ...strings(a.referenced_security_group_id).map((ref) => groupPeer(stack, ref)),
    ...strings(a.prefix_list_id).map(prefixListPeer),
  ];
  const role = groupRole(stack, group) ?? taggedRole(a);
  return allow(rule.address, group?.address ?? String(a.security_group_id), role, direction, awsPorts(a.ip_protocol, a.from_port, a.to_port), peers, a.description);
}

/** The ingress and egress blocks written inside a security group. */
function inlineRules(stack: TerraformJson, group: StackResource): StackRule[] {
  const role = groupRole(stack, group);
  return (['ingress', 'egress'] as const).flatMap((kind) =>
    blocks(group.attributes[kind]).map((a, i) => {
      const peers = [
        ...[...strings(a.cidr_blocks), ...strings(a.ipv6_cidr_blocks)].map(cidrPeer),
        ...strings(a.security_groups).map((ref) => groupPeer(stack, ref)),
        ...(isTrue(a.self) ? [role ? ({ kind: 'role', role } as const) : ({ kind: 'other', text: 'self' } as const)] : []),
        ...strings(a.prefix_list_ids).map(prefixListPeer),
      ];
      const direction: Direction = kind === 'ingress' ? 'inbound' : 'outbound';
      return allow(`${group.address} (${kind}[${i}])`, group.address, role, direction, awsPorts(a.protocol, a.from_port, a.to_port), peers, a.description);
    }),
  );
}

/** An AWS stack's firewall rules: VPC security group rules and the inline rules of security groups, which deny the rest. */
export function awsFirewallRules(stack: TerraformJson): StackRule[] {
  return [
    ...resourcesOfType(stack, 'aws_vpc_security_group_ingress_rule').map((r) => vpcRule(stack, r, 'inbound')),
    ...resourcesOfType(stack, 'aws_vpc_security_group_egress_rule').map((r) => vpcRule(stack, r, 'outbound')),
    ...resourcesOfType(stack, ...GROUP_TYPES).flatMap((group) => inlineRules(stack, group)),
  ];
}
