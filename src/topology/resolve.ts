import { findInstanceType, type InstanceCatalog } from '../catalog';
import { catalogIn, profileOf } from '../clouds';
import type { Cloud } from '../cloud';
import { buildMatrix } from '../firewall/matrix';
import type { CidrPeer, FirewallRule } from '../firewall/model';
import { PUBLISHED_GITHUB_HOOKS } from '../firewall/seed-matrix';
import { candidateTypes, offHoursBuilderCount, planFleet, scheduledMonthlyUsd, workingShareOfWeek, type FleetRequest } from '../sizing';
import { servicesBoxDiskGiB, servicesBoxTier, servicesBoxType } from '../sizing/services-box';
import { SizingError } from '../sizing/types';
import { cloudSecret, type ResolvedBuilders, type ResolvedSchedule, type ResolvedServicesBox, type ResolvedTopology } from './resolved';
import type { TopologySpec } from './schema';
import { CLOUD_SECTIONS } from './cloud-sections';
import { TopologyError } from './errors';

const WORLD = ['0.0.0.0/0'];

/** Further spot types when the topology names no number, where the cloud can use them. */
const DEFAULT_SPOT_ALTERNATIVES = 3;

/** Whether the cloud's fleet can run further spot types with this on-demand base. */
export function spotAlternativesUsable(cloud: Cloud, onDemandBase: number): boolean {
  const { when } = profileOf(cloud).spotAlternatives;
  return when === 'always' || (when === 'all-spot' && onDemandBase === 0);
}

function peersOf(spec: TopologySpec): Record<string, CidrPeer> {
  const same = (name: string, cidrs: readonly string[]): CidrPeer => ({ name, ingressCidrs: cidrs, egressCidrs: cidrs });
  const ghes = spec.network.github.enterpriseServer;
  // github.com's git and API addresses are not a published, stable set a firewall can pin, so outbound to github.com
  // is to the internet on its ports only; a GitHub Enterprise Server appliance is pinned both ways.
  const github: CidrPeer = ghes
    ? same('github', [ghes])
    : { name: 'github', ingressCidrs: spec.network.github.hooks ?? PUBLISHED_GITHUB_HOOKS, egressCidrs: WORLD };
  const peers: Record<string, CidrPeer> = {
    endUsers: same('endUsers', spec.network.endUsers),
    administrators: same('administrators', spec.network.administrators),
    github,
    internet: same('internet', WORLD),
  };
  for (const [name, cidrs] of Object.entries(spec.network.peers)) peers[name] = same(name, cidrs);
  return peers;
}

function userRules(spec: TopologySpec): FirewallRule[] {
  return spec.firewall.add.map((rule) => ({ ...rule, origin: 'user' as const }));
}

/** The services box field no type of the catalog reaches: the vCPUs, or else the memory. */
function unmetField(catalog: InstanceCatalog, need: { vcpus: number; memoryGiB: number }): 'vcpus' | 'memoryGiB' {
  try {
    servicesBoxType(catalog, { vcpus: need.vcpus, memoryGiB: 0 });
    return 'memoryGiB';
  } catch {
    return 'vcpus';
  }
}

function resolveServicesBox(spec: TopologySpec, cloud: Cloud): ResolvedServicesBox {
  const box = spec.servicesBox;
  const overrides = spec[cloud]?.servicesBox ?? {};
  const catalog = catalogIn(cloud, regionName(spec, cloud));
  const tier = servicesBoxTier(box.dailyActiveUsers ?? 1);
  const need = box.vcpus !== undefined && box.memoryGiB !== undefined ? { vcpus: box.vcpus, memoryGiB: box.memoryGiB } : tier;
  const path = [cloud, 'servicesBox', 'instanceType'];
  let type;
  if (overrides.instanceType) {
    type = findInstanceType(cloud, overrides.instanceType);
    if (!type) throw TopologyError.at(path, overrides.instanceType, `is not in the kit's ${cloud} catalog`);
    // An explicit shape and a pinned type that cannot hold it contradict each other; the daily-active-users table is
    // advice, which a pinned type may deliberately overrule.
    if (box.vcpus !== undefined && (type.vcpus < need.vcpus || type.memoryGiB < need.memoryGiB)) {
      throw TopologyError.at(path, overrides.instanceType, `has ${type.vcpus} vCPU / ${type.memoryGiB} GiB, less than servicesBox asks (${need.vcpus} vCPU / ${need.memoryGiB} GiB)`);
    }
  } else {
    try {
      type = servicesBoxType(catalog, need);
    } catch (error) {
      if (!(error instanceof SizingError)) throw error;
      const field = unmetField(catalog, need);
      throw TopologyError.at(['servicesBox', field], need[field], error.message);
    }
  }
  const sizedBy = overrides.instanceType
    ? `pinned by ${cloud}.servicesBox.instanceType`
    : box.vcpus !== undefined
      ? `at least ${need.vcpus} vCPU / ${need.memoryGiB} GiB as the topology asks`
      : `CircleCI's table for ${box.dailyActiveUsers === undefined ? 'fewer than 50' : box.dailyActiveUsers} daily active users (${tier.vcpus} vCPU / ${tier.memoryGiB} GiB)`;
  return {
    instanceType: type.name,
    vcpus: type.vcpus,
    memoryGiB: type.memoryGiB,
    diskGiB: servicesBoxDiskGiB(box),
    ...(overrides.privateIp ? { privateIp: overrides.privateIp } : {}),
    ...(overrides.image ? { image: overrides.image } : {}),
    arch: type.arch,
    backup: box.backup,
    protection: box.protection,
    install: box.install,
    ...(box.restoreFrom?.[cloud] ? { restoreFrom: box.restoreFrom[cloud] } : {}),
    hourlyUsd: type.onDemandHourlyUsd,
    sizedBy,
  };
}

/** The fleet request a topology makes of one cloud's catalog. */
export function fleetRequest(spec: TopologySpec, cloud: Cloud): FleetRequest {
  const b = spec.builders;
  const overrides = spec[cloud]?.builders;
  return {
    ...(b.containers !== undefined ? { containers: b.containers } : {}),
    ...(b.count !== undefined ? { count: b.count } : {}),
    ...(overrides?.instanceType ? { instanceType: overrides.instanceType } : {}),
    container: b.container,
    reserve: b.reserve,
    arch: b.arch,
    minBuilders: b.count ?? b.minBuilders,
    maxBuilderVcpus: b.maxBuilderVcpus,
    allowBurstable: b.allowBurstable,
    allowSharedCore: b.allowSharedCore,
    allowFlex: b.allowFlex,
    ...(overrides?.families?.allow ? { allowFamilies: overrides.families.allow } : {}),
    ...(overrides?.families?.deny ? { denyFamilies: overrides.families.deny } : {}),
    alternatives: b.spot?.alternatives ?? (spotAlternativesUsable(cloud, b.spot?.onDemandBase ?? 0) ? DEFAULT_SPOT_ALTERNATIVES : 0),
  };
}

/** The builder setting that keeps every type out: the vCPU cap, else the reserve, else the container itself. */
function unfitField(spec: TopologySpec, cloud: Cloud): 'maxBuilderVcpus' | 'reserve' | 'container' {
  const fits = (change: Partial<FleetRequest>) => candidateTypes(catalogIn(cloud, regionName(spec, cloud)), { ...fleetRequest(spec, cloud), ...change }).length > 0;
  const uncapped = { maxBuilderVcpus: Number.POSITIVE_INFINITY };
  if (fits(uncapped)) return 'maxBuilderVcpus';
  return fits({ ...uncapped, reserve: { cpus: 0, memoryGiB: 0 } }) ? 'reserve' : 'container';
}

function resolveBuilders(spec: TopologySpec, cloud: Cloud): ResolvedBuilders {
  const b = spec.builders;
  const overrides = spec[cloud]?.builders;
  let plan;
  try {
    plan = planFleet(catalogIn(cloud, regionName(spec, cloud)), fleetRequest(spec, cloud));
  } catch (error) {
    if (!(error instanceof SizingError)) throw error;
    if (error.field === 'instanceType') throw TopologyError.at([cloud, 'builders', 'instanceType'], overrides?.instanceType, error.message);
    const field = unfitField(spec, cloud);
    throw TopologyError.at(['builders', field], b[field], `cannot fit: ${error.message} after a ${b.reserve.cpus} CPU / ${b.reserve.memoryGiB} GiB reserve; make the container or reserve smaller, or raise maxBuilderVcpus`);
  }
  const pool = plan.pools[0];
  if (b.spot?.enabled && b.spot.onDemandBase > plan.builders) {
    throw TopologyError.at(['builders', 'spot', 'onDemandBase'], b.spot.onDemandBase, `is more than the ${plan.builders} builders the ${cloud} fleet has (${pool.instanceType}); lower it, or turn spot off for an all on-demand fleet`);
  }
  let schedule: ResolvedSchedule | undefined;
  if (b.schedule) {
    const s = b.schedule;
    // minBuilders holds whenever builders run; offHoursContainers 0 says on purpose that none run at night.
    const offHoursBuilders = offHoursBuilderCount(s.offHoursContainers, b.count ?? b.minBuilders, pool.containersPerBuilder);
    if (offHoursBuilders > plan.builders) {
      throw TopologyError.at(['builders', 'schedule', 'offHoursContainers'], s.offHoursContainers, `needs more builders (${offHoursBuilders}) than working hours (${plan.builders})`);
    }
    schedule = {
      timezone: s.timezone,
      days: s.days,
      start: s.start,
      end: s.end,
      workingBuilders: plan.builders,
      offHoursBuilders,
      workingShareOfWeek: workingShareOfWeek(s.days, s.start, s.end),
    };
  }
  return {
    plan,
    instanceType: pool.instanceType,
    containersPerBuilder: pool.containersPerBuilder,
    containerCpus: b.container.cpus,
    containerMemoryGiB: b.container.memoryGiB,
    desired: plan.builders,
    min: schedule ? schedule.offHoursBuilders : plan.builders,
    max: plan.builders,
    ...(b.spot?.enabled ? { spot: { onDemandBase: b.spot.onDemandBase, alternatives: plan.alternatives } } : {}),
    ...(schedule ? { schedule } : {}),
    drainTimeoutSeconds: b.drainTimeoutSeconds ?? profileOf(cloud).drain.defaultSeconds,
    install: b.install,
    ...(overrides?.image ? { image: overrides.image } : {}),
    arch: b.arch,
    monthlyUsd: scheduledMonthlyUsd(pool.hourlyUsd / pool.builders, plan.builders, schedule),
  };
}

function regionName(spec: TopologySpec, cloud: Cloud): string {
  const region = CLOUD_SECTIONS[cloud].region(spec);
  if (region === undefined) throw TopologyError.at([cloud], undefined, `is missing: the ${cloud} section is required to render ${cloud}`);
  return region;
}

/** The domain's parent: the zone a record for ci.example.com lives in by default. */
function parentZone(domain: string): string {
  const labels = domain.split('.');
  return labels.length > 2 ? labels.slice(1).join('.') : domain;
}

/**
 * Applies every default and makes every choice for one cloud: sizing from the cloud's catalog, the firewall matrix
 * with its CIDRs, secrets as that cloud's references. Throws TopologyError when the catalog cannot satisfy the topology.
 */
export function resolveTopology<C extends Cloud>(spec: TopologySpec, cloud: C): ResolvedTopology<C> {
  const settings = spec[cloud];
  if (!settings) throw TopologyError.at([cloud], undefined, `is missing: the ${cloud} section is required to render ${cloud}`);
  const zone = spec.dns.zone ?? parentZone(spec.domain);
  const recordName = spec.domain === zone ? '' : spec.domain.slice(0, -(zone.length + 1));
  const certificate =
    spec.certificate.mode === 'provided'
      ? { mode: 'provided' as const, privateKey: cloudSecret(spec.certificate.privateKey, cloud), chain: cloudSecret(spec.certificate.chain, cloud) }
      : { mode: 'self-signed' as const, validityDays: spec.certificate.validityDays };
  return {
    cloud,
    name: spec.name,
    domain: spec.domain,
    region: regionName(spec, cloud),
    settings: settings as NonNullable<TopologySpec[C]>,
    throwaway: spec.throwaway,
    tags: { ...spec.tags, installation: spec.name, 'managed-by': 'circleci-installation-kit' },
    firewall: buildMatrix(peersOf(spec), { add: userRules(spec), remove: spec.firewall.remove }),
    servicesBox: resolveServicesBox(spec, cloud),
    builders: resolveBuilders(spec, cloud),
    dns: { zone, create: spec.dns.create, ttl: spec.dns.ttl, recordName },
    certificate,
    github: {
      clientId: spec.github.clientId,
      clientSecret: cloudSecret(spec.github.clientSecret, cloud),
      callbackUrl: `https://${spec.domain}/auth/github`,
      ...(spec.network.github.enterpriseServer ? { enterpriseServer: spec.network.github.enterpriseServer } : {}),
    },
    secretPassphrase: cloudSecret(spec.secretPassphrase, cloud),
    ssh: spec.ssh,
    acknowledgements: spec.acknowledgements,
  };
}
