import type { Arch, Cloud } from '../cloud';
import type { Shape } from './containers';

/** What the fleet must provide and which instance types it may use. */
export interface FleetRequest {
  /** Target concurrent build containers (the fleet provides at least this many). */
  readonly containers?: number;
  /** A fixed number of builders instead of a target; needs `instanceType`. */
  readonly count?: number;
  /** Pins the instance type; otherwise the cheapest allowed type wins. */
  readonly instanceType?: string;
  /** One build container. @default 2 CPUs / 4 GiB */
  readonly container?: Shape;
  /** What each builder keeps for coordination. @default 2 vCPU / 4 GiB */
  readonly reserve?: Shape;
  /** CPU architecture. @default x86_64 */
  readonly arch?: Arch;
  /** Fewest builders, for availability. @default 2 */
  readonly minBuilders?: number;
  /** Largest builder considered, in vCPU. @default 64 */
  readonly maxBuilderVcpus?: number;
  /** Consider burstable types. @default false */
  readonly allowBurstable?: boolean;
  /** Consider shared-core types. @default false */
  readonly allowSharedCore?: boolean;
  /** Consider AWS *-flex types. @default false */
  readonly allowFlex?: boolean;
  /** Only these families. @default every family */
  readonly allowFamilies?: readonly string[];
  /** Never these families. @default none */
  readonly denyFamilies?: readonly string[];
  /** How many alternative types to rank for spot. @default 3 */
  readonly alternatives?: number;
}

/** Builders of one instance type. */
export interface FleetPool {
  /** The instance type. */
  readonly instanceType: string;
  /** Its vCPUs. */
  readonly vcpus: number;
  /** Its memory in GiB. */
  readonly memoryGiB: number;
  /** Build containers each builder runs. */
  readonly containersPerBuilder: number;
  /** Builders of this type. */
  readonly builders: number;
  /** On-demand cost of the pool per hour, USD. */
  readonly hourlyUsd: number;
  /** Spot cost of the pool per hour, USD, where the catalog has a spot price. */
  readonly spotHourlyUsd?: number;
}

/** How the plan was reached. */
export type FleetBasis = 'cheapest' | 'pinned-type' | 'fixed-count';

/** A priced builder fleet for one cloud. */
export interface FleetPlan {
  /** The cloud. */
  readonly cloud: Cloud;
  /** The region whose prices were used. */
  readonly region: string;
  /** How the plan was reached. */
  readonly basis: FleetBasis;
  /** The target concurrency, when one was asked for. */
  readonly target?: number;
  /** The builders, one pool per instance type (the kit plans homogeneous fleets: one pool). */
  readonly pools: readonly FleetPool[];
  /** Builders in all pools. */
  readonly builders: number;
  /** Containers the fleet runs at once. */
  readonly containers: number;
  /** On-demand cost per hour, USD. */
  readonly hourlyUsd: number;
  /** On-demand cost per month (730 h), USD. */
  readonly monthlyUsd: number;
  /** vCPUs no container or reserve uses, over the fleet. */
  readonly strandedVcpus: number;
  /** GiB no container or reserve uses, over the fleet. */
  readonly strandedMemoryGiB: number;
  /** Other allowed types with the same containers per builder, cheapest first: spot may substitute them. */
  readonly alternatives: readonly string[];
  /** Source and date of the prices used. */
  readonly priceSource: string;
}

/** A request the catalog cannot satisfy, with the reason in a sentence. */
export class SizingError extends Error {
  constructor(
    message: string,
    /** The request field the problem is about, as a topology path under builders. */
    readonly field: string,
  ) {
    super(message);
    this.name = 'SizingError';
  }
}
