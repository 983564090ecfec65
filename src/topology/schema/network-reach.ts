import type { z } from 'zod';
import { ipv4CidrContains, privateBlockOf } from '../cidr';
import { CLOUD_SECTIONS } from '../cloud-sections';
import type { TopologySpec } from './index';

type Path = (string | number)[];

/** Every CIDR the firewall matrix gets from the topology, with where it was written. */
function peerRanges(spec: TopologySpec): { path: Path; cidr: string }[] {
  const { network } = spec;
  const list = (path: Path, cidrs: readonly string[]) => cidrs.map((cidr, index) => ({ path: [...path, index], cidr }));
  return [
    ...list(['network', 'administrators'], network.administrators),
    ...list(['network', 'endUsers'], network.endUsers),
    ...list(['network', 'github', 'hooks'], network.github.hooks ?? []),
    ...(network.github.enterpriseServer ? [{ path: ['network', 'github', 'enterpriseServer'], cidr: network.github.enterpriseServer }] : []),
    ...Object.entries(network.peers).flatMap(([name, cidrs]) => list(['network', 'peers', name], cidrs)),
  ];
}

/**
 * Ranges the installation could never exchange traffic with, refused rather than rendered as rules that never match:
 * - IPv6: every network the kit creates is IPv4-only and the DNS record is an A record.
 * - Private ranges outside the kit's own network, on a cloud where the kit creates the network: its only routes lead
 *   to the internet, where private addresses are not routed. An existing network's routes are its owner's, so there a
 *   private peer (a VPN, a peered network) is taken as routed.
 */
export function networkReachChecks(spec: TopologySpec, ctx: z.RefinementCtx): void {
  for (const { path, cidr } of peerRanges(spec)) {
    if (cidr.includes(':')) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `is an IPv6 range (${cidr}); the installation is IPv4-only (its networks and its A record), so no rule for it could ever match: list IPv4 ranges`,
      });
      continue;
    }
    const block = privateBlockOf(cidr);
    if (!block) continue;
    const unrouted = spec.clouds.filter((cloud) => {
      const own = CLOUD_SECTIONS[cloud].createdNetwork(spec);
      return own !== undefined && !ipv4CidrContains(own, cidr);
    });
    if (unrouted.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `is a private range (${cidr}, in ${block}) that the network the kit creates on ${unrouted.join(', ')} has no route to (only to the internet); reach it through an existing network whose routes you own (<cloud>.network.existing), or list the public addresses it is seen from`,
      });
    }
  }
}
