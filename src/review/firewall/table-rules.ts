import { BUILT_IN_CIDR_PEERS, type Direction, type FirewallMatrix, type FirewallRule, type RoleName } from '../../firewall/model';
import { comparePorts, type PortRange } from '../../firewall/ports';
import { isMatrixProtocol, portKey } from './ports';
import type { RecoveredEntry } from './recovered';
import { normalCidr, peerText } from './rule';
import { compareText } from '../../util/compare-text';

/** Entries of one role, direction and use towards one peer (a role, a set of networks, or something else). */
interface Group {
  /** The role. */
  readonly role: RoleName;
  /** Inbound or outbound. */
  readonly direction: Direction;
  /** The use, from the rule's description. */
  readonly use: string;
  /** `role:x`, `other:x`, or `cidr:` and the sorted networks. */
  readonly peerKey: string;
  /** The ports open to exactly that peer. */
  readonly ports: PortRange[];
  /** The networks, sorted; empty for a role or another peer. */
  readonly cidrs: readonly string[];
  /** The peer in words. */
  readonly text: string;
}

function usesOf(matrix: FirewallMatrix, role: RoleName, direction: Direction): Set<string> {
  return new Set(matrix.rules.filter((r) => r.role === role && r.direction === direction).map((r) => r.use));
}

/**
 * The uses an entry's description carries. AWS merges rules that coincide on port and peer into one rule whose
 * description joins their uses with `; `; such a description is split when every part is a use of the matrix.
 */
function splitUses(description: string, known: Set<string>): string[] {
  if (known.has(description)) return [description];
  const parts = description.split('; ');
  return parts.length > 1 && parts.every((part) => known.has(part)) ? parts : [description];
}

/** Groups entries by role, direction and use, then by the exact set of networks each port is open to. */
function groups(entries: readonly RecoveredEntry[], matrix: FirewallMatrix): Group[] {
  const byPort = new Map<string, { role: RoleName; direction: Direction; use: string; port: PortRange; cidrs: Set<string>; others: Set<string> }>();
  for (const entry of entries) {
    if (entry.role === null || !isMatrixProtocol(entry.port)) continue;
    const port: PortRange = { protocol: entry.port.protocol, from: entry.port.from, to: entry.port.to };
    for (const use of splitUses(entry.description, usesOf(matrix, entry.role, entry.direction))) {
      const k = [entry.role, entry.direction, use, portKey(port)].join('|');
      const found = byPort.get(k) ?? { role: entry.role, direction: entry.direction, use, port, cidrs: new Set<string>(), others: new Set<string>() };
      if (entry.peer.kind === 'cidr') found.cidrs.add(entry.peer.cidr);
      else found.others.add(`${entry.peer.kind}:${peerText(entry.peer)}`);
      byPort.set(k, found);
    }
  }
  const rows = new Map<string, Group>();
  for (const { role, direction, use, port, cidrs, others } of byPort.values()) {
    const sets = [...others].map((peerKey) => ({ peerKey, cidrs: [] as string[], text: peerKey.slice(peerKey.indexOf(':') + 1) }));
    if (cidrs.size > 0) {
      const sorted = [...cidrs].sort();
      sets.push({ peerKey: `cidr:${sorted.join(',')}`, cidrs: sorted, text: sorted.join(', ') });
    }
    for (const set of sets) {
      const k = [role, direction, use, set.peerKey].join('|');
      const row = rows.get(k) ?? { role, direction, use, ...set, ports: [] };
      row.ports.push(port);
      rows.set(k, row);
    }
  }
  return [...rows.values()];
}

/**
 * The topology's name for a set of networks: a peer whose networks in that direction are exactly the set. Where
 * several are (github.com's and the internet's outbound networks are both 0.0.0.0/0), the one the matrix uses with
 * that role, direction and use wins.
 */
function peerName(group: Group, matrix: FirewallMatrix): string {
  const wanted = group.cidrs.join(',');
  const named = Object.values(matrix.peers)
    .filter((peer) => [...new Set((group.direction === 'inbound' ? peer.ingressCidrs : peer.egressCidrs).map(normalCidr))].sort().join(',') === wanted)
    .map((peer) => peer.name)
    .sort((a, b) => rank(a) - rank(b));
  const used = (name: string, sameUse: boolean) =>
    matrix.rules.some((r) => r.role === group.role && r.direction === group.direction && r.peer === name && (!sameUse || r.use === group.use));
  return named.find((name) => used(name, true)) ?? named.find((name) => used(name, false)) ?? named[0] ?? group.text;
}

function rank(name: string): number {
  const builtIn = (BUILT_IN_CIDR_PEERS as readonly string[]).indexOf(name);
  return builtIn < 0 ? BUILT_IN_CIDR_PEERS.length : builtIn;
}

/**
 * The entries as rules of the matrix's shape, named in the topology's terms, so the seed's tables can show what the
 * stack holds. Rows follow the matrix's own order; rows the matrix lacks come after. Entries of protocols the
 * matrix does not know and entries without a role are left out (the differences list them).
 */
export function tableRules(entries: readonly RecoveredEntry[], matrix: FirewallMatrix): FirewallRule[] {
  const rows = groups(entries, matrix).map((group) => {
    const peer = group.peerKey.startsWith('role:') ? group.text : group.peerKey.startsWith('cidr:') ? peerName(group, matrix) : group.text;
    const matching = matrix.rules.findIndex((r) => r.role === group.role && r.direction === group.direction && r.peer === peer && r.use === group.use);
    const near = matrix.rules.findIndex((r) => r.role === group.role && r.direction === group.direction && r.peer === peer);
    const position = matching >= 0 ? matching : near >= 0 ? near + 0.5 : matrix.rules.length;
    const rule: FirewallRule = {
      name: matching >= 0 ? matrix.rules[matching].name : `${group.role}-${group.direction}-${peer}`,
      role: group.role,
      direction: group.direction,
      peer,
      ports: [...group.ports].sort(comparePorts),
      use: group.use,
      origin: matching >= 0 ? matrix.rules[matching].origin : 'user',
    };
    return { rule, position };
  });
  return rows
    .sort((a, b) => a.position - b.position || compareText(a.rule.role, b.rule.role) || compareText(a.rule.peer, b.rule.peer) || compareText(a.rule.use, b.rule.use))
    .map((row) => row.rule);
}

