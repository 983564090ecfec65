import type { Arch, Cloud } from '../cloud';

/** What the cloud sells the type as. */
export type InstanceCategory = 'general' | 'compute' | 'memory' | 'burstable' | 'shared';

/** Where a price was read and the date it was current, so a reader can re-check it. */
export interface PriceSource {
  /** The public source the figure was read from (repository and file, or API). */
  readonly source: string;
  /** ISO date (YYYY-MM-DD) the figure was current. */
  readonly asOf: string;
}

/** One instance / machine type / VM size with its shape and price in the catalog's region. */
export interface InstanceType {
  /** The cloud's name for the type, e.g. `m6i.4xlarge`, `n2d-standard-16`, `Standard_D16as_v5`. */
  readonly name: string;
  /** The family or series, e.g. `m6i`, `n2d-standard`, `Dasv5`. */
  readonly family: string;
  /** What the cloud sells the type as. */
  readonly category: InstanceCategory;
  /** CPU architecture. */
  readonly arch: Arch;
  /** Virtual CPUs the guest sees. */
  readonly vcpus: number;
  /** Memory in GiB (2^30 bytes). */
  readonly memoryGiB: number;
  /** On-demand Linux price per hour in USD. */
  readonly onDemandHourlyUsd: number;
  /** Spot / preemptible price per hour in USD, where a source gave one. */
  readonly spotHourlyUsd?: number;
  /** Burstable (CPU credits, throttled or surcharged under sustained load). */
  readonly burstable: boolean;
  /** Shared-core (fractional vCPU). */
  readonly sharedCore: boolean;
  /** Not fully fixed-performance (AWS `*-flex`). */
  readonly flex: boolean;
  /** Local NVMe / temp disk in GB, where the type has one. */
  readonly localDiskGB?: number;
  /** Network bandwidth in Mbps as the source states it (baseline on AWS, maximum on Azure). */
  readonly networkMbps?: number;
  /** Source and date of the on-demand price. */
  readonly price: PriceSource;
  /** Source and date of the spot price, where there is one. */
  readonly spotPrice?: PriceSource;
}

/** The instance types of one cloud, priced in one region. */
export interface InstanceCatalog {
  /** The cloud. */
  readonly cloud: Cloud;
  /** The region whose prices the catalog holds. */
  readonly region: string;
  /** Every type, in a stable order. */
  readonly types: readonly InstanceType[];
}
