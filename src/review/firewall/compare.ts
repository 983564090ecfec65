import type { Cloud } from '../../cloud';
import { firewallEntries, type FirewallEntry } from '../../firewall/entries';
import { ROLES, type Direction, type FirewallMatrix, type RoleName } from '../../firewall/model';
import type { PortRange } from '../../firewall/ports';
import { isDefaultDeny, platformAllowance } from './platform';
import { portKey } from './ports';
import type { RecoveredEntry, RecoveredFirewall } from './recovered';
import { cidrPeer, normalCidr, peerText, type RecoveredPeer } from './rule';
import { compareText } from '../../util/compare-text';

/** How the stack's firewall departs from the topology's matrix. */
export type DifferenceKind = 'not in the topology' | 'missing from the stack' | 'role unknown' | 'deny rule';

/** One difference between the stack's firewall and the matrix, at the unit of one port towards one peer. */
export interface FirewallDifference {
  /** What kind of difference. */
  readonly kind: DifferenceKind;
  /** The role; null when the stack does not say. */
  readonly role: RoleName | null;
  /** Inbound or outbound. */
  readonly direction: Direction;
  /** The traffic. */
  readonly ports: readonly PortRange<string>[];
  /** The other end, in words. */
  readonly peer: string;
  /** The stack's resources for extra entries and deny rules, the matrix's rules for missing ones. */
  readonly where: readonly string[];
  /** The description (stack) or use (matrix). */
  readonly description: string;
}

/** A rule the cloud needs on purpose, found in the stack. */
export interface PlatformRuleSeen {
  /** What it is for. */
  readonly why: string;
  /** The roles it applies to. */
  readonly roles: readonly RoleName[];
  /** Inbound or outbound. */
  readonly direction: Direction;
  /** Allowed or denied traffic. */
  readonly ports: readonly PortRange<string>[];
  /** The far ends. */
  readonly peers: readonly string[];
  /** Where it is. */
  readonly resource: string;
}

/** The stack's firewall held against the matrix. */
export interface FirewallComparison {
  /** Allowed entries that match the matrix or are extra to it; platform and unattributed entries are left out. */
  readonly compared: readonly RecoveredEntry[];
  /** Every difference, sorted; empty when the stack renders the matrix exactly. */
  readonly differences: readonly FirewallDifference[];
  /** Rules the cloud needs on purpose. */
  readonly platform: readonly PlatformRuleSeen[];
}

function peerKey(peer: RecoveredPeer): string {
  return `${peer.kind}:${peerText(peer)}`;
}

function key(role: RoleName, direction: Direction, port: PortRange<string>, peer: RecoveredPeer): string {
  return [role, direction, portKey(port), peerKey(peer)].join('|');
}

function expectedPeer(entry: FirewallEntry): RecoveredPeer {
  return entry.peer.kind === 'role' ? entry.peer : cidrPeer(entry.peer.cidr);
}

/** A network with the topology's names for it in that direction, e.g. `203.0.113.0/24 (administrators, endUsers)`. */
export function describePeer(matrix: FirewallMatrix, direction: Direction, peer: RecoveredPeer): string {
  if (peer.kind !== 'cidr') return peerText(peer);
  const names = Object.values(matrix.peers)
    .filter((p) => (direction === 'inbound' ? p.ingressCidrs : p.egressCidrs).some((cidr) => normalCidr(cidr) === peer.cidr))
    .map((p) => p.name);
  return names.length > 0 ? `${peer.cidr} (${names.join(', ')})` : peer.cidr;
}

function order(a: FirewallDifference, b: FirewallDifference): number {
  const role = (r: RoleName | null) => (r === null ? ROLES.length : ROLES.indexOf(r));
  const ports = (d: FirewallDifference) => (d.ports.length > 0 ? portKey(d.ports[0]) : '');
  return (
    role(a.role) - role(b.role) ||
    compareText(a.direction, b.direction) ||
    ports(a).localeCompare(ports(b), undefined, { numeric: true }) ||
    compareText(a.peer, b.peer) ||
    compareText(a.kind, b.kind)
  );
}

/** One row per resource and purpose: a rule open to two ranges is one platform rule, not two. */
function mergePlatform(rules: readonly PlatformRuleSeen[]): PlatformRuleSeen[] {
  const merged = new Map<string, PlatformRuleSeen>();
  for (const rule of rules) {
    const k = [rule.resource, rule.why, rule.direction, rule.roles.join(',')].join('|');
    const seen = merged.get(k);
    const unique = <T>(values: readonly T[], id: (value: T) => string) => values.filter((value, i) => values.findIndex((other) => id(other) === id(value)) === i);
    merged.set(k, seen ? { ...seen, ports: unique([...seen.ports, ...rule.ports], portKey), peers: unique([...seen.peers, ...rule.peers], String) } : rule);
  }
  return [...merged.values()];
}

/**
 * Compares a stack's firewall with the topology's matrix as sets of (role, direction, protocol and ports, peer)
 * entries. The cloud's deliberate extras (PLATFORM_ALLOWANCES, deny-all rules) are listed as platform rules;
 * everything else that differs is a difference.
 */
export function compareFirewall(recovered: RecoveredFirewall, matrix: FirewallMatrix, cloud: Cloud): FirewallComparison {
  const expected = new Map(firewallEntries(matrix).map((entry) => [key(entry.role, entry.direction, entry.port, expectedPeer(entry)), entry]));
  const found = new Map<string, RecoveredEntry[]>();
  const differences: FirewallDifference[] = [];
  const platform: PlatformRuleSeen[] = [];
  const compared: RecoveredEntry[] = [];
  for (const entry of recovered.entries) {
    const difference = { role: entry.role, direction: entry.direction, ports: [entry.port], peer: describePeer(matrix, entry.direction, entry.peer), where: [entry.resource], description: entry.description };
    if (entry.role === null) {
      differences.push({ ...difference, kind: 'role unknown' });
      continue;
    }
    const k = key(entry.role, entry.direction, entry.port, entry.peer);
    const allowance = expected.has(k) ? undefined : platformAllowance(cloud, entry);
    if (allowance) {
      platform.push({ why: allowance.why, roles: [entry.role], direction: entry.direction, ports: [entry.port], peers: [peerText(entry.peer)], resource: entry.resource });
      continue;
    }
    compared.push(entry);
    if (!found.has(k)) found.set(k, []);
    found.get(k)?.push(entry);
  }
  for (const [k, entries] of found) {
    if (expected.has(k)) continue;
    const first = entries[0];
    differences.push({
      kind: 'not in the topology',
      role: first.role,
      direction: first.direction,
      ports: [first.port],
      peer: describePeer(matrix, first.direction, first.peer),
      where: entries.map((entry) => entry.resource),
      description: first.description,
    });
  }
  for (const [k, entry] of expected) {
    if (found.has(k)) continue;
    differences.push({
      kind: 'missing from the stack',
      role: entry.role,
      direction: entry.direction,
      ports: [entry.port],
      peer: describePeer(matrix, entry.direction, expectedPeer(entry)),
      where: entry.rules,
      description: entry.description,
    });
  }
  for (const deny of recovered.denies) {
    if (isDefaultDeny(cloud, deny)) {
      platform.push({ why: 'deny everything else (the matrix is the only traffic allowed)', roles: deny.roles, direction: deny.direction, ports: deny.ports, peers: deny.peers, resource: deny.resource });
    } else {
      differences.push({ kind: 'deny rule', role: deny.roles[0] ?? null, direction: deny.direction, ports: deny.ports, peer: deny.peers.join(', '), where: [deny.resource], description: deny.description });
    }
  }
  return { compared, differences: differences.sort(order), platform: mergePlatform(platform) };
}
