import { catalogFor, findInstanceType } from '../catalog';
import { CLOUDS, type Cloud } from '../cloud';
import { compareClouds, NOT_COUNTED, offHoursBuilderCount, scheduledMonthlyUsd, workingShareOfWeek, type BuilderHours } from '../sizing';
import { fleetRequest } from '../topology/resolve';
import type { ResolvedTopology } from '../topology/resolved';
import type { TopologySpec } from '../topology/schema';
import type { BuilderFleetSummary, InstallationSummary } from './installation/summary';

/** One priced part of the installation. */
export interface PricedPart {
  /** Which part. */
  readonly part: 'services box' | 'builders';
  /** The instance type priced; null when the stack does not name exactly one. */
  readonly instanceType: string | null;
  /** Boxes of that type (working hours for builders). */
  readonly count: number | null;
  /** On-demand USD per hour, working hours for builders; null when it cannot be priced. */
  readonly hourlyUsd: number | null;
  /** On-demand USD per month (730 h), with the schedule applied to builders; null when it cannot be priced. */
  readonly monthlyUsd: number | null;
  /** Source and date of the price, or why there is no price. */
  readonly priceSource: string;
}

/** The recovered fleet's capacity bought on one cloud. */
export type CloudComparison =
  | {
      /** The cloud. */
      readonly cloud: Cloud;
      /** The cheapest type for the same containers. */
      readonly instanceType: string;
      /** Containers each builder runs. */
      readonly containersPerBuilder: number;
      /** Builders in working hours. */
      readonly builders: number;
      /** Containers in working hours. */
      readonly containers: number;
      /** On-demand USD per hour in working hours. */
      readonly hourlyUsd: number;
      /** On-demand USD per month with the same schedule. */
      readonly monthlyUsd: number;
    }
  | { readonly cloud: Cloud; readonly error: string };

/** The builders with the spot ones at the catalog's spot price: an estimate, since spot prices move. */
export interface SpotEstimate {
  /** Builders on spot capacity in working hours. */
  readonly spotBuilders: number;
  /** All builders per hour in working hours, the spot ones at the spot price. */
  readonly hourlyUsd: number;
  /** The same per month, with the schedule applied. */
  readonly monthlyUsd: number;
  /** Source and date of the spot price. */
  readonly priceSource: string;
}

/** What the stack's installation costs, and what its builders would cost elsewhere. */
export interface CostEstimate {
  /** The catalog region whose prices are used. */
  readonly catalogRegion: string;
  /** The region the stack deploys to. */
  readonly stackRegion: string;
  /** Services box, then builders. */
  readonly parts: readonly PricedPart[];
  /** Both parts per hour (builders in working hours); null when a part has no price. */
  readonly totalHourlyUsd: number | null;
  /** Both parts per month; null when a part has no price. */
  readonly totalMonthlyUsd: number | null;
  /** Containers the fleet runs in working hours; null when the stack does not say. */
  readonly containers: number | null;
  /** The containers the comparison sizes every cloud for: the topology's target, else what the fleet runs. */
  readonly target: number | null;
  /** This cloud's fleet first, then the same target on the other clouds; empty when target is null. */
  readonly comparison: readonly CloudComparison[];
  /** The builders at spot prices, when some run on spot and the catalog has a spot price for their type; else why not. */
  readonly spot: SpotEstimate | { readonly unpriced: string } | null;
  /** What the figures leave out. */
  readonly notCounted: readonly string[];
}

/** USD to a hundredth of a cent, as the catalogs give hourly prices. */
function roundUsd(usd: number): number {
  return Math.round(usd * 1e4) / 1e4;
}

/** The fleet's working-hours schedule as the sizing helpers take it, when the stack has a readable one. */
function builderHours(fleet: BuilderFleetSummary, working: number): BuilderHours | undefined {
  const s = fleet.schedule;
  if (!s || s.start === null || s.end === null || s.days.length === 0) return undefined;
  return { workingBuilders: working, offHoursBuilders: Math.min(fleet.min ?? 0, working), workingShareOfWeek: workingShareOfWeek(s.days, s.start, s.end) };
}

function priced(cloud: Cloud, part: PricedPart['part'], instanceType: string | null, count: number | null, hours?: BuilderHours): PricedPart {
  if (instanceType === null || count === null) return { part, instanceType, count, hourlyUsd: null, monthlyUsd: null, priceSource: 'not priced: the stack does not say which type or how many' };
  const type = findInstanceType(cloud, instanceType);
  if (!type) return { part, instanceType, count, hourlyUsd: null, monthlyUsd: null, priceSource: `not priced: ${instanceType} is not in the kit's ${cloud} catalog` };
  return {
    part,
    instanceType,
    count,
    hourlyUsd: roundUsd(count * type.onDemandHourlyUsd),
    monthlyUsd: scheduledMonthlyUsd(type.onDemandHourlyUsd, count, hours),
    priceSource: `${type.price.source} (as of ${type.price.asOf})`,
  };
}

function comparison(spec: TopologySpec, cloud: Cloud, fleet: BuilderFleetSummary, builders: PricedPart, target: number, hours?: BuilderHours): CloudComparison[] {
  const here: CloudComparison =
    builders.hourlyUsd !== null && builders.monthlyUsd !== null && builders.instanceType !== null && builders.count !== null && fleet.containersPerBuilder !== null
      ? { cloud, instanceType: builders.instanceType, containersPerBuilder: fleet.containersPerBuilder, builders: builders.count, containers: builders.count * fleet.containersPerBuilder, hourlyUsd: builders.hourlyUsd, monthlyUsd: builders.monthlyUsd }
      : { cloud, error: builders.priceSource };
  const { count: _count, ...request } = fleetRequest(spec, cloud);
  const offHours = spec.builders.schedule?.offHoursContainers;
  // Every cloud is sized to the same target as the topology, not to what this cloud's fleet happens to deliver, so
  // a cloud costs the same in every stack's report.
  const others = compareClouds({ ...request, containers: target }, CLOUDS.filter((c) => c !== cloud)).map((result): CloudComparison => {
    if ('error' in result) return result;
    const pool = result.plan.pools[0];
    const perBuilder = pool.hourlyUsd / pool.builders;
    // The topology's own off-hours rule, so the figure matches that cloud's own report.
    const offHoursBuilders = offHours === undefined ? pool.builders : Math.min(pool.builders, offHoursBuilderCount(offHours, request.minBuilders ?? 0, pool.containersPerBuilder));
    const elsewhere = hours ? { ...hours, workingBuilders: pool.builders, offHoursBuilders } : undefined;
    return {
      cloud: result.cloud,
      instanceType: pool.instanceType,
      containersPerBuilder: pool.containersPerBuilder,
      builders: pool.builders,
      containers: result.plan.containers,
      hourlyUsd: roundUsd(result.plan.hourlyUsd),
      monthlyUsd: scheduledMonthlyUsd(perBuilder, pool.builders, elsewhere),
    };
  });
  return [here, ...others];
}

/** Builders on spot in working hours: all above the on-demand base, or the spot scale set where the stack keeps one apart. */
function spotBuilders(fleet: BuilderFleetSummary, working: number, onDemandBase: number): number {
  if (fleet.spotBuilders !== undefined && fleet.spotBuilders !== null) return fleet.spotBuilders;
  return Math.max(0, working - onDemandBase);
}

function spotEstimate(cloud: Cloud, spec: TopologySpec, fleet: BuilderFleetSummary, builders: PricedPart, hours?: BuilderHours): CostEstimate['spot'] {
  if (!fleet.spot || builders.instanceType === null || builders.count === null) return null;
  const type = findInstanceType(cloud, builders.instanceType);
  if (!type) return null;
  if (type.spotHourlyUsd === undefined || !type.spotPrice) return { unpriced: `the kit's ${cloud} catalog has no spot price for ${type.name}; the figures above price every builder on-demand` };
  const spot = spotBuilders(fleet, builders.count, spec.builders.spot?.onDemandBase ?? 0);
  const hourlyUsd = roundUsd(spot * type.spotHourlyUsd + (builders.count - spot) * type.onDemandHourlyUsd);
  return { spotBuilders: spot, hourlyUsd, monthlyUsd: scheduledMonthlyUsd(hourlyUsd / builders.count, builders.count, hours), priceSource: `${type.spotPrice.source} (as of ${type.spotPrice.asOf})` };
}

/**
 * Prices what the stack renders from the kit's catalog (on-demand, the catalog's region): the services box, and the
 * builders with their working-hours schedule applied as the sizing model does. Then prices the same number of
 * containers, with the same schedule, on the other two clouds.
 */
export function estimateCost(summary: InstallationSummary, spec: TopologySpec, topology: ResolvedTopology): CostEstimate {
  const cloud = topology.cloud;
  const fleet = summary.builders;
  const working = fleet.desired ?? fleet.max;
  const hours = working === null ? undefined : builderHours(fleet, working);
  const box = priced(cloud, 'services box', summary.servicesBox.instanceType, summary.servicesBox.instanceType === null ? null : 1);
  const builders = priced(cloud, 'builders', fleet.instanceTypes.length === 1 ? fleet.instanceTypes[0] : null, working, hours);
  const parts = [box, builders];
  const sum = (pick: (part: PricedPart) => number | null) => (parts.every((part) => pick(part) !== null) ? roundUsd(parts.reduce((total, part) => total + (pick(part) ?? 0), 0)) : null);
  const containers = working !== null && fleet.containersPerBuilder !== null ? working * fleet.containersPerBuilder : null;
  const target = spec.builders.containers ?? containers;
  return {
    catalogRegion: catalogFor(cloud).region,
    stackRegion: topology.region,
    parts,
    totalHourlyUsd: sum((part) => part.hourlyUsd),
    totalMonthlyUsd: sum((part) => part.monthlyUsd),
    containers,
    target,
    comparison: target === null ? [] : comparison(spec, cloud, fleet, builders, target, hours),
    spot: spotEstimate(cloud, spec, fleet, builders, hours),
    notCounted: NOT_COUNTED,
  };
}
