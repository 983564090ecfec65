import type { z } from 'zod';
import { CLOUDS } from '../../cloud';
import { parseSubnetworkRef, SUBNETWORK_FORMS } from '../../clouds/gcp/subnetwork-ref';
import { buildMatrix } from '../../firewall/matrix';
import type { TopologySpec } from './index';

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/**
 * In a subnet the kit does not own, any fixed address it picked (the 10th) may already be taken by another workload:
 * EC2 answers InvalidIPAddress.InUse, GCP and Azure refuse the reservation. The operator knows which address is free.
 */
function checkServicesAddress(ctx: Ctx, spec: TopologySpec): void {
  for (const cloud of CLOUDS) {
    const settings = spec[cloud];
    if (!spec.clouds.includes(cloud) || !settings?.network.existing || settings.servicesBox.privateIp) continue;
    issue(ctx, [cloud, 'servicesBox', 'privateIp'], `is required with ${cloud}.network.existing: give a free address of the services box's subnet (in a subnet the kit does not own, the address it would pick may be taken)`);
  }
}

/** A GCP subnetwork by one of the documented forms, in the region the services box and builders run in. */
function checkGcpSubnetwork(ctx: Ctx, gcp: NonNullable<TopologySpec['gcp']>): void {
  const given = gcp.network.existing?.subnetwork;
  if (given === undefined) return;
  const ref = parseSubnetworkRef(given);
  if (!ref) issue(ctx, ['gcp', 'network', 'existing', 'subnetwork'], `must be ${SUBNETWORK_FORMS}`);
  else if (ref.region && ref.region !== gcp.region) issue(ctx, ['gcp', 'network', 'existing', 'subnetwork'], `is in region ${ref.region}, but gcp.region is ${gcp.region}: the boxes run in gcp.region`);
}

/**
 * GCP egress rules name their destination by address range only (targets and sources take tags, destinations do
 * not), and builders have no fixed addresses: traffic from builders to builders could be allowed only to the whole
 * subnetwork's range, which in a shared subnetwork lets build code reach every other workload in it. AWS (security
 * group references) and Azure (application security groups) name the builders themselves.
 */
function checkGcpBuilderEgress(ctx: Ctx, spec: TopologySpec): void {
  const added = spec.firewall.add.map((rule) => ({ ...rule, origin: 'user' as const }));
  const toBuilders = buildMatrix({}, { add: added, remove: spec.firewall.remove }).rules.filter(
    (rule) => rule.role === 'builders' && rule.direction === 'outbound' && rule.peer === 'builders',
  );
  for (const rule of toBuilders) {
    const source = rule.origin === 'implied' ? rule.name.slice(rule.name.indexOf('-to-') + 4) : rule.name;
    issue(
      ctx,
      ['gcp', 'network', 'existing', 'network'],
      `cannot carry rule ${source} (builders to builders): GCP egress rules take address ranges only, and in a subnetwork the kit does not own the builders' range is the whole shared subnetwork; add ${source} to firewall.remove, or leave gcp.network.existing out so the kit makes a subnetwork of its own`,
    );
  }
}

/** What an existing network on a selected cloud needs from the topology. */
export function existingNetworkChecks(spec: TopologySpec, ctx: Ctx): void {
  checkServicesAddress(ctx, spec);
  if (spec.clouds.includes('gcp') && spec.gcp) {
    checkGcpSubnetwork(ctx, spec.gcp);
    if (spec.gcp.network.existing) checkGcpBuilderEgress(ctx, spec);
  }
}
