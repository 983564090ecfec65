import type { Direction, RoleName } from '../../firewall/model';
import type { PortRange } from '../../firewall/ports';
import { referencedResources } from '../terraform/references';
import { taggedRole } from '../terraform/roles';
import { resourcesOfType, type Attributes, type StackResource, type TerraformJson } from '../terraform/json';
import { blocks, numberOf, strings } from '../terraform/values';
import { normalProtocol, portSpan } from './ports';
import { cidrPeer, oneLine, WORLD_CIDR, type RecoveredPeer, type StackRule } from './rule';

/** Azure's service tag for the internet: the matrix's 0.0.0.0/0. */
const INTERNET_TAG = 'internet';
/** `*` and the portal's `Any`: every address. */
const ANY = new Set(['*', 'any']);
const ADDRESS = /^[0-9a-f.:]+(\/\d+)?$/i;

function ports(a: Attributes): PortRange<string>[] {
  const protocol = normalProtocol(a.protocol);
  const specs = [...strings(a.destination_port_range), ...strings(a.destination_port_ranges)];
  return (specs.length === 0 ? ['*'] : specs).map((spec) => portSpan(protocol, spec)).filter((span): span is PortRange<string> => span !== undefined);
}

/** An address prefix as a peer: a network, the internet tag as 0.0.0.0/0, `*` as itself, other tags as such. */
function prefixPeer(prefix: string): RecoveredPeer {
  const value = prefix.trim();
  if (value.toLowerCase() === INTERNET_TAG) return { kind: 'cidr', cidr: WORLD_CIDR, written: value };
  if (ANY.has(value.toLowerCase())) return { kind: 'cidr', cidr: '*', written: value };
  if (ADDRESS.test(value)) return cidrPeer(value);
  return { kind: 'other', text: `service tag ${value}` };
}

/** Application security groups as peers: the role each is tagged for. */
function groupRoles(stack: TerraformJson, ids: unknown): RecoveredPeer[] {
  return strings(ids).map((id): RecoveredPeer => {
    const group = referencedResources(stack, id)[0];
    const role = group ? taggedRole(group.attributes) : undefined;
    return role ? { kind: 'role', role } : { kind: 'other', text: `application security group ${id}` };
  });
}

/** One end of a rule: its address prefixes and application security groups. */
function side(stack: TerraformJson, a: Attributes, end: 'source' | 'destination'): { prefixes: string[]; peers: RecoveredPeer[] } {
  const prefixes = [...strings(a[`${end}_address_prefix`]), ...strings(a[`${end}_address_prefixes`])];
  return { prefixes, peers: [...prefixes.map(prefixPeer), ...groupRoles(stack, a[`${end}_application_security_group_ids`])] };
}

/** A rule and the network security group it sits in. */
export interface NsgRule {
  /** Where the rule is. */
  readonly resource: string;
  /** The rule's attributes. */
  readonly attributes: Attributes;
  /** The group: its resource when the stack has it. */
  readonly group?: StackResource;
  /** Identifies the group: its address, or the name expression a standalone rule gives. */
  readonly nsg: string;
}

/** The rule's role: its network security group's tag, else the tag of the application security group it protects. */
function roleOfRule(stack: TerraformJson, rule: NsgRule, direction: Direction): RoleName | undefined {
  const a = rule.attributes;
  const own = groupRoles(stack, direction === 'inbound' ? a.destination_application_security_group_ids : a.source_application_security_group_ids);
  const ownRole = own.find((peer) => peer.kind === 'role');
  return (rule.group ? taggedRole(rule.group.attributes) : undefined) ?? (ownRole?.kind === 'role' ? ownRole.role : undefined);
}

function directionOf(a: Attributes): Direction {
  return String(a.direction ?? '').toLowerCase() === 'outbound' ? 'outbound' : 'inbound';
}

function isDeny(a: Attributes): boolean {
  return String(a.access ?? '').toLowerCase() === 'deny';
}

function readRule(stack: TerraformJson, rule: NsgRule, all: readonly NsgRule[]): StackRule {
  const a = rule.attributes;
  const direction = directionOf(a);
  const role = roleOfRule(stack, rule, direction);
  const far = side(stack, a, direction === 'inbound' ? 'source' : 'destination');
  const own = side(stack, a, direction === 'inbound' ? 'destination' : 'source');
  const deny = isDeny(a);
  const priority = numberOf(a.priority) ?? 0;
  const others = all.filter((other) => other.nsg === rule.nsg && isDeny(other.attributes) !== deny && directionOf(other.attributes) === direction);
  return {
    resource: rule.resource,
    access: deny ? 'deny' : 'allow',
    roles: role ? [role] : [],
    direction,
    ports: ports(a),
    peers: far.peers.length > 0 ? far.peers : [{ kind: 'other', text: 'no source or destination' }],
    ownSide: own.prefixes,
    description: oneLine(a.description),
    last: deny && others.every((other) => (numberOf(other.attributes.priority) ?? 0) < priority),
    holder: rule.nsg,
  };
}

/** Every network security rule of a stack, standalone or inline in its group, with the group it belongs to. */
export function nsgRules(stack: TerraformJson): NsgRule[] {
  return [
    ...resourcesOfType(stack, 'azurerm_network_security_rule').map((rule) => {
      const name = rule.attributes.network_security_group_name;
      const group = referencedResources(stack, name).find((r) => r.type === 'azurerm_network_security_group');
      return { resource: rule.address, attributes: rule.attributes, group, nsg: group?.address ?? String(name) };
    }),
    ...resourcesOfType(stack, 'azurerm_network_security_group').flatMap((group) =>
      blocks(group.attributes.security_rule).map((attributes, i) => ({ resource: `${group.address} (security_rule[${i}])`, attributes, group, nsg: group.address })),
    ),
  ];
}

/** An Azure stack's firewall rules: network security rules and the inline rules of network security groups. */
export function azureFirewallRules(stack: TerraformJson): StackRule[] {
  const rules = nsgRules(stack);
  return rules.map((rule) => readRule(stack, rule, rules));
}
