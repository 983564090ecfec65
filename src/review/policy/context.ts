import { ruleCidrs, isRolePeer, type Direction, type FirewallMatrix, type RoleName } from '../../firewall/model';
import type { PortRange } from '../../firewall/ports';

/** Traffic the topology's matrix deliberately opens to the whole internet. */
export interface WorldOpenAllowance {
  /** The role whose boxes the traffic reaches or leaves. */
  readonly role: RoleName;
  /** Inbound to the role or outbound from it. */
  readonly direction: Direction;
  /** The ports. */
  readonly ports: readonly PortRange[];
  /** The world-open network, `0.0.0.0/0` or `::/0`. */
  readonly cidr: string;
  /** The matrix rule that allows it, for messages. */
  readonly rule: string;
}

/** What the rules need to know beyond the stack itself: plain data, so rules stay pure and tests stay small. */
export interface PolicyContext {
  /** Traffic the matrix allows to or from the whole internet; anything else open to the world is a finding. */
  readonly worldOpen: readonly WorldOpenAllowance[];
  /** The topology says `throwaway: true`: the installation may be destroyed, so protecting it is not asked for. */
  readonly throwaway?: boolean;
}

/** A context in which nothing may be open to the world. */
export const CLOSED_CONTEXT: PolicyContext = { worldOpen: [] };

/** The world-open traffic a firewall matrix allows, as the context the rules judge a stack by. */
export function policyContextFromMatrix(matrix: FirewallMatrix, throwaway = false): PolicyContext {
  const worldOpen = matrix.rules
    .filter((rule) => !isRolePeer(rule.peer))
    .flatMap((rule) =>
      ruleCidrs(matrix, rule)
        .filter((cidr) => /\/0$/.test(cidr.trim()))
        .map((cidr) => ({ role: rule.role, direction: rule.direction, ports: rule.ports, cidr: cidr.trim(), rule: rule.name })),
    );
  return { worldOpen, throwaway };
}
