import { HOURS_PER_MONTH } from '../cloud';
import type { InstanceCatalog, InstanceType } from '../catalog/types';
import { containersPerBuilder, DEFAULT_CONTAINER, DEFAULT_RESERVE, strandedPerBuilder, type Shape } from './containers';
import { SizingError, type FleetPlan, type FleetRequest } from './types';
import { compareText } from '../util/compare-text';

/** Rounds money to a tenth of a cent-millionth so that float noise never decides a tie. */
function money(usd: number): number {
  return Math.round(usd * 1e9) / 1e9;
}

function shapeOf(type: InstanceType): Shape {
  return { cpus: type.vcpus, memoryGiB: type.memoryGiB };
}

function describe(request: FleetRequest): string {
  const arch = request.arch ?? 'x86_64';
  const c = request.container ?? DEFAULT_CONTAINER;
  return `${arch} type of at most ${request.maxBuilderVcpus ?? 64} vCPU fits one ${c.cpus} CPU / ${c.memoryGiB} GiB container`;
}

/** The catalog's types the request allows, each with the containers it runs (at least one). */
export function candidateTypes(catalog: InstanceCatalog, request: FleetRequest): { type: InstanceType; perBuilder: number }[] {
  const container = request.container ?? DEFAULT_CONTAINER;
  const reserve = request.reserve ?? DEFAULT_RESERVE;
  const allow = request.allowFamilies;
  const deny = new Set(request.denyFamilies ?? []);
  return catalog.types
    .filter((t) => t.arch === (request.arch ?? 'x86_64'))
    .filter((t) => t.vcpus <= (request.maxBuilderVcpus ?? 64))
    .filter((t) => (request.allowBurstable ?? false) || !t.burstable)
    .filter((t) => (request.allowSharedCore ?? false) || !t.sharedCore)
    .filter((t) => (request.allowFlex ?? false) || !t.flex)
    .filter((t) => (allow === undefined || allow.includes(t.family)) && !deny.has(t.family))
    .map((type) => ({ type, perBuilder: containersPerBuilder(shapeOf(type), container, reserve) }))
    .filter((c) => c.perBuilder >= 1);
}

function buildersFor(request: FleetRequest, perBuilder: number): number {
  if (request.count !== undefined) return request.count;
  const target = request.containers ?? 0;
  return Math.max(request.minBuilders ?? 2, Math.ceil(target / perBuilder));
}

/** Cheaper first; then fewer builders (less to run); then the type name, so equal fleets always resolve the same way. */
export function compareFleets(
  a: { cost: number; builders: number; name: string },
  b: { cost: number; builders: number; name: string },
): number {
  return money(a.cost) - money(b.cost) || a.builders - b.builders || compareText(a.name, b.name);
}

function pinned(catalog: InstanceCatalog, request: FleetRequest, name: string): { type: InstanceType; perBuilder: number } {
  const type = catalog.types.find((t) => t.name === name);
  if (!type) {
    throw new SizingError(`${name} is not in the ${catalog.cloud} catalog (${catalog.region}); see the catalog's types`, 'instanceType');
  }
  // One image serves the whole fleet, spot alternatives included: they are all of the request's architecture.
  const arch = request.arch ?? 'x86_64';
  if (type.arch !== arch) {
    throw new SizingError(`${name} is an ${type.arch} type and builders.arch is ${arch}; set builders.arch: ${type.arch} or pin an ${arch} type`, 'instanceType');
  }
  const perBuilder = containersPerBuilder(shapeOf(type), request.container ?? DEFAULT_CONTAINER, request.reserve ?? DEFAULT_RESERVE);
  if (perBuilder < 1) {
    throw new SizingError(`${name} (${type.vcpus} vCPU, ${type.memoryGiB} GiB) cannot fit one build container after the reserve`, 'instanceType');
  }
  return { type, perBuilder };
}

/**
 * The cheapest homogeneous fleet that gives at least the requested containers with at least `minBuilders` builders,
 * or the fleet a fixed count / pinned type gives. Throws SizingError when nothing in the catalog fits.
 */
export function planFleet(catalog: InstanceCatalog, request: FleetRequest): FleetPlan {
  const candidates = candidateTypes(catalog, request);
  let chosen: { type: InstanceType; perBuilder: number };
  if (request.instanceType !== undefined) {
    chosen = pinned(catalog, request, request.instanceType);
  } else if (request.count !== undefined) {
    throw new SizingError('a fixed builder count needs an instance type', 'instanceType');
  } else {
    if (candidates.length === 0) throw new SizingError(`no ${describe(request)} in the ${catalog.cloud} catalog`, 'container');
    chosen = candidates
      .map((c) => ({ ...c, builders: buildersFor(request, c.perBuilder) }))
      .map((c) => ({ ...c, cost: c.builders * c.type.onDemandHourlyUsd, name: c.type.name }))
      .sort(compareFleets)[0];
  }

  const { type, perBuilder } = chosen;
  const builders = buildersFor(request, perBuilder);
  const stranded = strandedPerBuilder(shapeOf(type), request.container ?? DEFAULT_CONTAINER, request.reserve ?? DEFAULT_RESERVE);
  const hourlyUsd = money(builders * type.onDemandHourlyUsd);
  const alternatives = candidates
    .filter((c) => c.perBuilder === perBuilder && c.type.name !== type.name)
    .sort((a, b) => money(a.type.onDemandHourlyUsd - b.type.onDemandHourlyUsd) || compareText(a.type.name, b.type.name))
    .slice(0, request.alternatives ?? 3)
    .map((c) => c.type.name);
  return {
    cloud: catalog.cloud,
    region: catalog.region,
    basis: request.count !== undefined ? 'fixed-count' : request.instanceType !== undefined ? 'pinned-type' : 'cheapest',
    ...(request.containers !== undefined ? { target: request.containers } : {}),
    pools: [
      {
        instanceType: type.name,
        vcpus: type.vcpus,
        memoryGiB: type.memoryGiB,
        containersPerBuilder: perBuilder,
        builders,
        hourlyUsd,
        ...(type.spotHourlyUsd !== undefined ? { spotHourlyUsd: money(builders * type.spotHourlyUsd) } : {}),
      },
    ],
    builders,
    containers: builders * perBuilder,
    hourlyUsd,
    monthlyUsd: money(hourlyUsd * HOURS_PER_MONTH),
    strandedVcpus: money(builders * stranded.cpus),
    strandedMemoryGiB: money(builders * stranded.memoryGiB),
    alternatives,
    priceSource: `${type.price.source} (as of ${type.price.asOf})`,
  };
}
