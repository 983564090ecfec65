import type { Direction, RoleName } from '../../firewall/model';
import type { PortRange } from '../../firewall/ports';
import { peerText, type RecoveredPeer, type StackRule } from './rule';

/** One allowed port range towards one peer, as a stack's firewall resources grant it: the unit of comparison. */
export interface RecoveredEntry {
  /** The role whose boxes the rule applies to; null when the stack does not say. */
  readonly role: RoleName | null;
  /** Inbound to the role or outbound from it. */
  readonly direction: Direction;
  /** The traffic: protocol (`tcp`, `udp`, `all`, or another protocol's name) and ports. */
  readonly port: PortRange<string>;
  /** The other end. */
  readonly peer: RecoveredPeer;
  /** The rule's description. */
  readonly description: string;
  /** Where the rule is: the Terraform address, with the inline block when there is one. */
  readonly resource: string;
}

/** A rule that denies traffic, as the stack writes it, its far ends in words (CIDRs, `*`, roles or service tags). */
export type RecoveredDeny = Pick<StackRule, 'resource' | 'roles' | 'direction' | 'ports' | 'ownSide' | 'description' | 'last'> & { readonly peers: readonly string[] };

/** A stack's firewall as its resources write it. */
export interface RecoveredFirewall {
  /** Every allowed entry. */
  readonly entries: readonly RecoveredEntry[];
  /** Every deny rule. */
  readonly denies: readonly RecoveredDeny[];
}

function entries(rule: StackRule): RecoveredEntry[] {
  const roles: (RoleName | null)[] = rule.roles.length > 0 ? [...rule.roles] : [null];
  return roles.flatMap((role) =>
    rule.ports.flatMap((port) => rule.peers.map((peer) => ({ role, direction: rule.direction, port, peer, description: rule.description, resource: rule.resource }))),
  );
}

function deny(rule: StackRule): RecoveredDeny {
  const { resource, roles, direction, ports, ownSide, description, last } = rule;
  return { resource, roles, direction, ports, peers: rule.peers.map(peerText), ownSide, description, last };
}

/** The rules as the comparison with the matrix takes them: allowed entries one port and one peer each, and denies. */
export function recoverFirewall(rules: readonly StackRule[]): RecoveredFirewall {
  return {
    entries: rules.filter((rule) => rule.access === 'allow').flatMap(entries),
    denies: rules.filter((rule) => rule.access === 'deny').map(deny),
  };
}
