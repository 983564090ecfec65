import { CLOUDS, type Cloud } from '../../cloud';
import { profileOf, type PlatformAllowance } from '../../clouds';
import { portKey, ALL_TRAFFIC } from './ports';
import type { RecoveredDeny, RecoveredEntry } from './recovered';
import { WORLD_CIDR } from './rule';

/** A cloud's platform allowance, with the cloud it belongs to. */
export type CloudPlatformAllowance = PlatformAllowance & { readonly cloud: Cloud };

/** Exactly the extras the adapters add on purpose: each cloud profile's platform allowances. */
export const PLATFORM_ALLOWANCES: readonly CloudPlatformAllowance[] = CLOUDS.flatMap((cloud) => profileOf(cloud).platformAllowances.map((allowance) => ({ ...allowance, cloud })));

/** The platform allowance an entry falls under, when it falls under one exactly. */
export function platformAllowance(cloud: Cloud, entry: RecoveredEntry): CloudPlatformAllowance | undefined {
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
