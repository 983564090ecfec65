import type { Direction, RoleName } from '../../firewall/model';
import { normalProtocol, portSpan, type RenderedPorts } from '../policy/firewall-rule';
import { referencedResources } from '../policy/references';
import { taggedRole } from '../policy/roles';
import { resourcesOfType, type Attributes, type StackResource, type TerraformJson } from '../policy/terraform-json';
import { blocks, numberOf, strings } from '../policy/values';
import { ALL_TRAFFIC } from './ports';
import { normalCidr, oneLine, peerText, WORLD_CIDR, type RecoveredDeny, type RecoveredEntry, type RecoveredFirewall, type RecoveredPeer } from './recovered';

/** Azure's service tag for the internet: the matrix's 0.0.0.0/0. */
const INTERNET_TAG = 'internet';
const ADDRESS = /^[0-9a-f.:]+(\/\d+)?$/i;

function ports(a: Attributes): RenderedPorts[] {
  const protocol = normalProtocol(a.protocol);
  const specs = [...strings(a.destination_port_range), ...strings(a.destination_port_ranges)];
  return (specs.length === 0 ? ['*'] : specs)
    .map((spec) => (protocol === 'all' && spec.trim() === '*' ? ALL_TRAFFIC : portSpan(protocol, spec)))
    .filter((span): span is RenderedPorts => span !== undefined);
}

/** An address prefix as a peer: a network, the internet tag as 0.0.0.0/0, `*` as itself, other tags as such. */
function prefixPeer(prefix: string): RecoveredPeer {
  const value = prefix.trim();
  if (value.toLowerCase() === INTERNET_TAG) return { kind: 'cidr', cidr: WORLD_CIDR };
  if (value === '*' || ADDRESS.test(value)) return { kind: 'cidr', cidr: value === '*' ? '*' : normalCidr(value) };
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

/** The rule's role: its network security group's tag, else the tag of the application security group it protects. */
function roleOfRule(stack: TerraformJson, a: Attributes, direction: Direction, group?: StackResource): RoleName | null {
  const nsg = group ?? referencedResources(stack, a.network_security_group_name).find((r) => r.type === 'azurerm_network_security_group');
  const own = groupRoles(stack, direction === 'inbound' ? a.destination_application_security_group_ids : a.source_application_security_group_ids);
  const ownRole = own.find((peer) => peer.kind === 'role');
  return (nsg ? taggedRole(nsg.attributes) : undefined) ?? (ownRole?.kind === 'role' ? ownRole.role : null);
}

/** A rule and the network security group it sits in. */
interface NsgRule {
  /** Where the rule is. */
  readonly resource: string;
  /** The rule's attributes. */
  readonly attributes: Attributes;
  /** The group, for an inline rule. */
  readonly group?: StackResource;
  /** Identifies the group: its address, or the name expression a standalone rule gives. */
  readonly nsg: string;
}

/** What one rule yields: allowed entries, or a deny. */
type Read = { readonly entries: RecoveredEntry[]; readonly denies: RecoveredDeny[] };

function directionOf(a: Attributes): Direction {
  return String(a.direction ?? '').toLowerCase() === 'outbound' ? 'outbound' : 'inbound';
}

function isDeny(a: Attributes): boolean {
  return String(a.access ?? '').toLowerCase() === 'deny';
}

function readRule(stack: TerraformJson, rule: NsgRule, all: readonly NsgRule[]): Read {
  const { resource, attributes: a, group } = rule;
  const direction = directionOf(a);
  const role = roleOfRule(stack, a, direction, group);
  const far = side(stack, a, direction === 'inbound' ? 'source' : 'destination');
  const own = side(stack, a, direction === 'inbound' ? 'destination' : 'source');
  const description = oneLine(a.description);
  if (isDeny(a)) {
    const priority = numberOf(a.priority) ?? 0;
    const allows = all.filter((other) => other.nsg === rule.nsg && !isDeny(other.attributes) && directionOf(other.attributes) === direction);
    const last = allows.every((other) => (numberOf(other.attributes.priority) ?? 0) < priority);
    return { entries: [], denies: [{ resource, roles: role ? [role] : [], direction, ports: ports(a), peers: far.peers.map(peerText), ownSide: own.prefixes, description, last }] };
  }
  const peers = far.peers.length > 0 ? far.peers : [{ kind: 'other', text: 'no source or destination' } as const];
  return { entries: ports(a).flatMap((port) => peers.map((peer) => ({ role, direction, port, peer, description, resource }))), denies: [] };
}

/** An Azure stack's firewall: network security rules and the inline rules of network security groups. */
export function readAzureFirewall(stack: TerraformJson): RecoveredFirewall {
  const rules: NsgRule[] = [
    ...resourcesOfType(stack, 'azurerm_network_security_rule').map((rule) => {
      const name = rule.attributes.network_security_group_name;
      return { resource: rule.address, attributes: rule.attributes, nsg: referencedResources(stack, name)[0]?.address ?? String(name) };
    }),
    ...resourcesOfType(stack, 'azurerm_network_security_group').flatMap((group) =>
      blocks(group.attributes.security_rule).map((attributes, i) => ({ resource: `${group.address} (security_rule[${i}])`, attributes, group, nsg: group.address })),
    ),
  ];
  const read = rules.map((rule) => readRule(stack, rule, rules));
  return { entries: read.flatMap((r) => r.entries), denies: read.flatMap((r) => r.denies) };
}
