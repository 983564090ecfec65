import { ROLES, type RoleName } from '../../firewall/model';
import type { PortRange } from '../../firewall/ports';
import { literalText } from '../terraform/literal';
import { referencedAddresses, referencedResources } from '../terraform/references';
import { gcpNetworkTagRoles, roleOf, rolesServed, taggedRole } from '../terraform/roles';
import { attributesAt, resourcesOfType, type Attributes, type StackResource, type TerraformJson } from '../terraform/json';
import { blocks, isTrue, numberOf, strings } from '../terraform/values';
import { ALL_TRAFFIC, normalProtocol, portSpan } from './ports';
import { cidrPeer, normalCidr, oneLine, WORLD_CIDR, type RecoveredPeer, type StackRule } from './rule';

/** GCP's default rule priority. */
const DEFAULT_PRIORITY = 1000;

function priorityOf(rule: StackResource): number {
  return numberOf(rule.attributes.priority) ?? DEFAULT_PRIORITY;
}

function isEgress(rule: StackResource): boolean {
  return String(rule.attributes.direction ?? 'INGRESS').toUpperCase() === 'EGRESS';
}

function ports(rules: readonly Attributes[]): PortRange<string>[] {
  return rules.flatMap((rule) => {
    const protocol = normalProtocol(rule.protocol);
    const specs = strings(rule.ports);
    if (protocol === 'all') return [ALL_TRAFFIC];
    if (specs.length === 0) return [{ protocol, from: 0, to: 65535 }];
    return specs.map((spec) => portSpan(protocol, spec)).filter((span): span is PortRange<string> => span !== undefined);
  });
}

/**
 * Where each role's VMs are, as egress rules must name them (GCP egress rules take ranges, not tags): a role's
 * reserved internal address as a /32, and the subnetwork a role's instance template draws addresses from. Keys are
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
  for (const template of resourcesOfType(stack, 'google_compute_instance_template')) {
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

function rangePeer(range: string, ranges: Map<string, RoleName>): RecoveredPeer {
  const role = ranges.get(range.trim()) ?? ranges.get(normalCidr(range));
  return role ? { kind: 'role', role } : cidrPeer(range);
}

/** The far ends: source tags, accounts and ranges inbound, destination ranges outbound; the internet when none. */
function peersOf(stack: TerraformJson, a: Attributes, egress: boolean, byTag: Map<string, RoleName[]>, ranges: Map<string, RoleName>): RecoveredPeer[] {
  if (egress) {
    const destinations = strings(a.destination_ranges);
    return destinations.length === 0 ? [cidrPeer(WORLD_CIDR)] : destinations.map((range) => rangePeer(range, ranges));
  }
  const tagged = strings(a.source_tags).flatMap((tag): RecoveredPeer[] => {
    const roles = byTag.get(tag) ?? [];
    return roles.length > 0 ? roles.map((role) => ({ kind: 'role', role })) : [{ kind: 'other', text: `network tag ${tag}` }];
  });
  const accounts = referencedResources(stack, a.source_service_accounts).flatMap((account) => rolesServed(stack, account).map((role): RecoveredPeer => ({ kind: 'role', role })));
  // Role ranges name egress destinations; a source range is read as the network it is.
  const sources = strings(a.source_ranges).map(cidrPeer);
  const all = [...tagged, ...accounts, ...sources];
  return all.length === 0 && strings(a.source_service_accounts).length === 0 ? [cidrPeer(WORLD_CIDR)] : all;
}

/** The holder of a rule: the network it refers to, else the network's name as written. */
function networkOf(stack: TerraformJson, a: Attributes): string {
  return referencedResources(stack, a.network).find((r) => r.type === 'google_compute_network')?.address ?? String(a.network);
}

/** True when every allow rule that could override the deny rule, for the same roles and direction, comes first. */
function isLast(stack: TerraformJson, deny: StackResource, roles: readonly RoleName[], firewalls: readonly StackResource[], byTag: Map<string, RoleName[]>): boolean {
  return firewalls
    .filter((other) => blocks(other.attributes.allow).length > 0 && isEgress(other) === isEgress(deny))
    .filter((other) => targetRoles(stack, other.attributes, byTag).some((role) => roles.includes(role)))
    .every((other) => priorityOf(other) < priorityOf(deny));
}

/** A GCP stack's firewall rules: every enabled google_compute_firewall, as an allow or a deny rule. */
export function gcpFirewallRules(stack: TerraformJson): StackRule[] {
  const byTag = gcpNetworkTagRoles(stack);
  const ranges = roleRanges(stack);
  const firewalls = resourcesOfType(stack, 'google_compute_firewall').filter((rule) => !isTrue(rule.attributes.disabled));
  return firewalls.map((rule): StackRule => {
    const a = rule.attributes;
    const egress = isEgress(rule);
    const deny = blocks(a.deny).length > 0;
    const roles = targetRoles(stack, a, byTag);
    return {
      resource: rule.address,
      access: deny ? 'deny' : 'allow',
      roles,
      direction: egress ? 'outbound' : 'inbound',
      ports: ports(blocks(deny ? a.deny : a.allow)),
      peers: peersOf(stack, a, egress, byTag, ranges),
      ownSide: [],
      description: oneLine(a.description),
      last: deny && isLast(stack, rule, roles, firewalls, byTag),
      holder: networkOf(stack, a),
    };
  });
}
