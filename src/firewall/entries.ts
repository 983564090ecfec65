import { isRolePeer, ruleCidrs, type Direction, type FirewallMatrix, type RoleName } from './model';
import { comparePorts, portToken, type PortRange } from './ports';
import { compareText } from '../util/compare-text';

/**
 * One port towards one source or destination: the unit a cloud firewall rule resource holds when it takes a single
 * port range and a single peer (AWS `aws_vpc_security_group_ingress_rule`). Rules that overlap exactly on role,
 * direction, peer and port merge into one entry, because AWS rejects duplicate rules in a security group.
 */
export interface FirewallEntry {
  /** Stable id from the entry's content, e.g. `servicesBox-in-tcp22-203.0.113.0/24`. */
  readonly id: string;
  /** The role whose firewall holds the entry. */
  readonly role: RoleName;
  /** Inbound to the role or outbound from it. */
  readonly direction: Direction;
  /** The port range. */
  readonly port: PortRange;
  /** The other end: a role, or one CIDR. */
  readonly peer: { readonly kind: 'role'; readonly role: RoleName } | { readonly kind: 'cidr'; readonly cidr: string };
  /** Names of the matrix rules the entry carries. */
  readonly rules: readonly string[];
  /** The rules' `use` texts, joined: the entry's description. */
  readonly description: string;
}

/** Flattens the matrix into entries of one port and one peer each, merged where rules coincide, in a stable order. */
export function firewallEntries(matrix: FirewallMatrix): FirewallEntry[] {
  const byId = new Map<string, { entry: Omit<FirewallEntry, 'rules' | 'description'>; rules: string[]; uses: string[] }>();
  for (const rule of matrix.rules) {
    const peers: FirewallEntry['peer'][] = isRolePeer(rule.peer)
      ? [{ kind: 'role', role: rule.peer }]
      : ruleCidrs(matrix, rule).map((cidr) => ({ kind: 'cidr', cidr }));
    for (const port of rule.ports) {
      for (const peer of peers) {
        const other = peer.kind === 'role' ? peer.role : peer.cidr;
        const id = `${rule.role}-${rule.direction === 'inbound' ? 'in' : 'out'}-${portToken(port)}-${other}`;
        const found = byId.get(id) ?? { entry: { id, role: rule.role, direction: rule.direction, port, peer }, rules: [], uses: [] };
        found.rules.push(rule.name);
        if (!found.uses.includes(rule.use)) found.uses.push(rule.use);
        byId.set(id, found);
      }
    }
  }
  return [...byId.values()]
    .map(({ entry, rules, uses }) => ({ ...entry, rules, description: uses.join('; ') }))
    .sort((a, b) => compareText(a.role, b.role) || compareText(a.direction, b.direction) || comparePorts(a.port, b.port) || compareText(a.id, b.id));
}
