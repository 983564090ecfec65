import { ROLES, type Direction, type RoleName } from '../../firewall/model';
import { normalProtocol, portSpan, type RenderedPorts } from '../policy/firewall-rule';
import { referencedAddresses, referencedResources } from '../policy/references';
import { gcpNetworkTagRoles, roleOf, rolesServed, taggedRole } from '../policy/roles';
import { resourcesOfType, type Attributes, type StackResource, type TerraformJson } from '../policy/terraform-json';
import { blocks, isTrue, numberOf, strings } from '../policy/values';
import { literalText } from '../installation/stack-values';
import { ALL_TRAFFIC } from './ports';
import { normalCidr, oneLine, WORLD_CIDR, type RecoveredDeny, type RecoveredEntry, type RecoveredFirewall, type RecoveredPeer } from './recovered';

const TEMPLATE_TYPES = ['google_compute_instance_template', 'google_compute_region_instance_template'];

/** GCP's default rule priority. */
const DEFAULT_PRIORITY = 1000;

function priorityOf(rule: StackResource): number {
  return numberOf(rule.attributes.priority) ?? DEFAULT_PRIORITY;
}

function isEgress(rule: StackResource): boolean {
  return String(rule.attributes.direction ?? 'INGRESS').toUpperCase() === 'EGRESS';
}

function ports(rules: readonly Attributes[]): RenderedPorts[] {
  return rules.flatMap((rule) => {
    const protocol = normalProtocol(rule.protocol);
    const specs = strings(rule.ports);
    if (protocol === 'all') return [ALL_TRAFFIC];
    if (specs.length === 0) return [{ protocol, from: 0, to: 65535 }];
    return specs.map((spec) => portSpan(protocol, spec)).filter((span): span is RenderedPorts => span !== undefined);
  });
}

/** The attributes of a resource or data source by its address (`data.<type>.<name>` or `<type>.<name>`). */
function attributesAt(stack: TerraformJson, address: string): Attributes | undefined {
  const parts = address.split('.');
  return parts[0] === 'data' ? stack.data?.[parts[1]]?.[parts[2]] : stack.resource?.[parts[0]]?.[parts[1]];
}

/**
 * Where each role's VMs are, as egress rules must name them (GCP egress rules take ranges, not tags): a role's
 * reserved internal address as a /32, and the subnetwork a role's instance templates draw addresses from. Keys are
 * both the reference (`${google_compute_address.x.address}/32`) and the literal.
 */
function roleRanges(stack: TerraformJson): Map<string, RoleName> {
  const ranges = new Map<string, RoleName>();
  for (const address of resourcesOfType(stack, 'google_compute_address')) {
    const role = taggedRole(address.attributes);
    if (!role || String(address.attributes.address_type ?? 'EXTERNAL').toUpperCase() !== 'INTERNAL') continue;
    ranges.set(`\${${address.address}.address}/32`, role);
    const literal = literalText(stack, address.attributes.address);
    if (literal) ranges.set(normalCidr(literal), role);
  }
  for (const template of resourcesOfType(stack, ...TEMPLATE_TYPES)) {
    const role = roleOf(template);
    if (!role) continue;
    for (const subnet of referencedAddresses(blocks(template.attributes.network_interface).map((nic) => nic.subnetwork))) {
      if (!subnet.includes('google_compute_subnetwork.')) continue;
      ranges.set(`\${${subnet}.ip_cidr_range}`, role);
      const literal = literalText(stack, attributesAt(stack, subnet)?.ip_cidr_range);
      if (literal) ranges.set(normalCidr(literal), role);
    }
  }
  return ranges;
}

/** The roles a rule targets: by network tag or service account, or every role when it names neither. */
function targetRoles(stack: TerraformJson, a: Attributes, byTag: Map<string, RoleName[]>): RoleName[] {
  const tags = strings(a.target_tags);
  const accounts = strings(a.target_service_accounts);
  if (tags.length === 0 && accounts.length === 0) return [...ROLES];
  const roles = [...tags.flatMap((tag) => byTag.get(tag) ?? []), ...referencedResources(stack, accounts).flatMap((account) => rolesServed(stack, account))];
  return ROLES.filter((role) => roles.includes(role));
}

function rangePeer(range: string, ranges: Map<string, RoleName> | undefined): RecoveredPeer {
  const role = ranges?.get(range.trim()) ?? ranges?.get(normalCidr(range));
  return role ? { kind: 'role', role } : { kind: 'cidr', cidr: normalCidr(range) };
}

/** The far ends: source tags, accounts and ranges inbound, destination ranges outbound; the internet when none. */
function peersOf(stack: TerraformJson, a: Attributes, egress: boolean, byTag: Map<string, RoleName[]>, ranges: Map<string, RoleName>): RecoveredPeer[] {
  if (egress) {
    const destinations = strings(a.destination_ranges);
    return destinations.length === 0 ? [{ kind: 'cidr', cidr: WORLD_CIDR }] : destinations.map((range) => rangePeer(range, ranges));
  }
  const tagged = strings(a.source_tags).flatMap((tag): RecoveredPeer[] => {
    const roles = byTag.get(tag) ?? [];
    return roles.length > 0 ? roles.map((role) => ({ kind: 'role', role })) : [{ kind: 'other', text: `network tag ${tag}` }];
  });
  const accounts = referencedResources(stack, a.source_service_accounts).flatMap((account) => rolesServed(stack, account).map((role): RecoveredPeer => ({ kind: 'role', role })));
  const sources = strings(a.source_ranges).map((range) => rangePeer(range, undefined));
  const all = [...tagged, ...accounts, ...sources];
  return all.length === 0 && strings(a.source_service_accounts).length === 0 ? [{ kind: 'cidr', cidr: WORLD_CIDR }] : all;
}

function allowEntries(stack: TerraformJson, rule: StackResource, byTag: Map<string, RoleName[]>, ranges: Map<string, RoleName>): RecoveredEntry[] {
  const a = rule.attributes;
  const egress = isEgress(rule);
  const direction: Direction = egress ? 'outbound' : 'inbound';
  const roles: (RoleName | null)[] = targetRoles(stack, a, byTag);
  const peers = peersOf(stack, a, egress, byTag, ranges);
  return (roles.length > 0 ? roles : [null]).flatMap((role) =>
    ports(blocks(a.allow)).flatMap((port) => peers.map((peer) => ({ role, direction, port, peer, description: oneLine(a.description), resource: rule.address }))),
  );
}

function deny(stack: TerraformJson, rule: StackResource, byTag: Map<string, RoleName[]>, rules: readonly StackResource[]): RecoveredDeny {
  const a = rule.attributes;
  const egress = isEgress(rule);
  const roles = targetRoles(stack, a, byTag);
  const allows = rules.filter((other) => blocks(other.attributes.allow).length > 0 && isEgress(other) === egress);
  const overridable = allows.filter((other) => targetRoles(stack, other.attributes, byTag).some((role) => roles.includes(role)));
  const ranges = (egress ? strings(a.destination_ranges) : strings(a.source_ranges)).map(normalCidr);
  const far = [...ranges, ...(egress ? [] : strings(a.source_tags).map((tag) => `network tag ${tag}`))];
  return {
    resource: rule.address,
    roles,
    direction: egress ? 'outbound' : 'inbound',
    ports: ports(blocks(a.deny)),
    peers: far.length === 0 ? [WORLD_CIDR] : far,
    ownSide: [],
    description: oneLine(a.description),
    last: overridable.every((other) => priorityOf(other) < priorityOf(rule)),
  };
}

/** A GCP stack's firewall: every enabled google_compute_firewall, its allow rules as entries and its deny rules as denies. */
export function readGcpFirewall(stack: TerraformJson): RecoveredFirewall {
  const byTag = gcpNetworkTagRoles(stack);
  const ranges = roleRanges(stack);
  const rules = resourcesOfType(stack, 'google_compute_firewall').filter((rule) => !isTrue(rule.attributes.disabled));
  return {
    entries: rules.flatMap((rule) => allowEntries(stack, rule, byTag, ranges)),
    denies: rules.filter((rule) => blocks(rule.attributes.deny).length > 0).map((rule) => deny(stack, rule, byTag, rules)),
  };
}
