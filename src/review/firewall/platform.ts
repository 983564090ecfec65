import type { Cloud } from '../../cloud';
import type { Direction, RoleName } from '../../firewall/model';
import { Port, type PortRange } from '../../firewall/ports';
import { portKey, ALL_TRAFFIC } from './ports';
import type { RecoveredDeny, RecoveredEntry } from './recovered';
import { WORLD_CIDR } from './rule';

/** Traffic a cloud needs opened on purpose beyond the matrix: listed as a platform rule, not as a difference. */
export interface PlatformAllowance {
  /** The cloud that needs it. */
  readonly cloud: Cloud;
  /** The role it opens. */
  readonly role: RoleName;
  /** Inbound or outbound. */
  readonly direction: Direction;
  /** The port. */
  readonly port: PortRange;
  /** The networks it is open to, exactly. */
  readonly cidrs: readonly string[];
  /** Why the cloud needs it. */
  readonly why: string;
}

/**
 * Exactly the extras the adapters add on purpose. GCP's managed instance group auto-heals builders on a TCP 22
 * health check, and Google's probers reach the builders from these two ranges (documented by Google for health checks).
 */
export const PLATFORM_ALLOWANCES: readonly PlatformAllowance[] = [
  { cloud: 'gcp', role: 'builders', direction: 'inbound', port: Port.tcp(22), cidrs: ['35.191.0.0/16', '130.211.0.0/22'], why: "Google's health-check probers, for the builders' auto-healing" },
];

/** The platform allowance an entry falls under, when it falls under one exactly. */
export function platformAllowance(cloud: Cloud, entry: RecoveredEntry): PlatformAllowance | undefined {
  if (entry.peer.kind !== 'cidr') return undefined;
  const cidr = entry.peer.cidr;
  return PLATFORM_ALLOWANCES.find(
    (allowance) =>
      allowance.cloud === cloud &&
      allowance.role === entry.role &&
      allowance.direction === entry.direction &&
      portKey(allowance.port) === portKey(entry.port) &&
      allowance.cidrs.includes(cidr),
  );
}

const WORLD = new Set([WORLD_CIDR, '*']);

/**
 * A deny-all rule: every protocol and port, to or from anywhere, for the installation's roles, after every allow
 * rule. GCP and Azure get one each way so that the clouds' own allow rules (GCP's implied egress, Azure's VNet and
 * internet defaults) never apply; anything narrower, or ahead of an allow rule, is a difference.
 */
export function isDefaultDeny(cloud: Cloud, deny: RecoveredDeny): boolean {
  return (
    cloud !== 'aws' &&
    deny.last &&
    deny.roles.length > 0 &&
    deny.ports.length > 0 &&
    deny.ports.every((port) => portKey(port) === portKey(ALL_TRAFFIC)) &&
    deny.peers.length > 0 &&
    deny.peers.every((peer) => WORLD.has(peer)) &&
    deny.ownSide.every((end) => end === '*')
  );
}
