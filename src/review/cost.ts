import { catalogFor, findInstanceType } from '../catalog';
import { CLOUDS, type Cloud } from '../cloud';
import { compareClouds, scheduledMonthlyUsd, workingShareOfWeek, type BuilderHours } from '../sizing';
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
  /** This cloud's fleet first, then the same containers on the other clouds; empty when containers is null. */
  readonly comparison: readonly CloudComparison[];
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

function comparison(spec: TopologySpec, cloud: Cloud, fleet: BuilderFleetSummary, builders: PricedPart, containers: number, hours?: BuilderHours): CloudComparison[] {
  const here: CloudComparison =
    builders.hourlyUsd !== null && builders.monthlyUsd !== null && builders.instanceType !== null && builders.count !== null && fleet.containersPerBuilder !== null
      ? { cloud, instanceType: builders.instanceType, containersPerBuilder: fleet.containersPerBuilder, builders: builders.count, containers, hourlyUsd: builders.hourlyUsd, monthlyUsd: builders.monthlyUsd }
      : { cloud, error: builders.priceSource };
  const { count: _count, ...request } = fleetRequest(spec, cloud);
  const offHoursContainers = hours ? hours.offHoursBuilders * (fleet.containersPerBuilder ?? 0) : 0;
  const others = compareClouds({ ...request, containers }, CLOUDS.filter((c) => c !== cloud)).map((result): CloudComparison => {
    if ('error' in result) return result;
    const pool = result.plan.pools[0];
    const perBuilder = pool.hourlyUsd / pool.builders;
    const elsewhere = hours ? { ...hours, workingBuilders: pool.builders, offHoursBuilders: Math.min(pool.builders, Math.ceil(offHoursContainers / pool.containersPerBuilder)) } : undefined;
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
  return {
    catalogRegion: catalogFor(cloud).region,
    stackRegion: topology.region,
    parts,
    totalHourlyUsd: sum((part) => part.hourlyUsd),
    totalMonthlyUsd: sum((part) => part.monthlyUsd),
    containers,
    comparison: containers === null ? [] : comparison(spec, cloud, fleet, builders, containers, hours),
  };
}
