import type { InstanceCatalog, InstanceType } from '../catalog/types';
import { SizingError } from './types';
import { compareText } from '../util/compare-text';

/** The services box CircleCI recommends for a number of daily active users. */
export interface ServicesBoxSize {
  /** Upper bound of the tier, in daily active users (Infinity for the last). */
  readonly maxDailyActiveUsers: number;
  /** vCPUs. */
  readonly vcpus: number;
  /** Memory, GiB. */
  readonly memoryGiB: number;
  /** Data disk, GiB. */
  readonly diskGiB: number;
}

/** CircleCI's services box table: <50, 50-250, 251-1000, 1001-5000, 5000+ daily active users. */
export const SERVICES_BOX_TIERS: readonly ServicesBoxSize[] = [
  { maxDailyActiveUsers: 49, vcpus: 8, memoryGiB: 32, diskGiB: 100 },
  { maxDailyActiveUsers: 250, vcpus: 12, memoryGiB: 64, diskGiB: 200 },
  { maxDailyActiveUsers: 1000, vcpus: 16, memoryGiB: 128, diskGiB: 500 },
  { maxDailyActiveUsers: 5000, vcpus: 20, memoryGiB: 256, diskGiB: 1024 },
  { maxDailyActiveUsers: Infinity, vcpus: 24, memoryGiB: 512, diskGiB: 2048 },
];

/** The tier for a number of daily active users. */
export function servicesBoxTier(dailyActiveUsers: number): ServicesBoxSize {
  return SERVICES_BOX_TIERS.find((tier) => dailyActiveUsers <= tier.maxDailyActiveUsers) ?? SERVICES_BOX_TIERS[SERVICES_BOX_TIERS.length - 1];
}

/** The services box's data disk, GiB: the size the topology gives, or its tier's (the smallest tier without users). */
export function servicesBoxDiskGiB(box: { readonly dailyActiveUsers?: number; readonly diskGiB?: number }): number {
  return box.diskGiB ?? servicesBoxTier(box.dailyActiveUsers ?? 1).diskGiB;
}

/**
 * The cheapest fixed-performance x86_64 type with at least the given vCPUs and memory: the services box runs
 * CircleCI's x86_64 images and must not be throttled, so burstable, shared-core and flex types are out.
 */
export function servicesBoxType(catalog: InstanceCatalog, need: { vcpus: number; memoryGiB: number }): InstanceType {
  const fits = catalog.types
    .filter((t) => t.arch === 'x86_64' && !t.burstable && !t.sharedCore && !t.flex)
    .filter((t) => t.vcpus >= need.vcpus && t.memoryGiB >= need.memoryGiB)
    .sort((a, b) => a.onDemandHourlyUsd - b.onDemandHourlyUsd || a.vcpus - b.vcpus || compareText(a.name, b.name));
  if (fits.length === 0) {
    throw new SizingError(`no ${catalog.cloud} type in the catalog has ${need.vcpus} vCPU and ${need.memoryGiB} GiB`, 'vcpus');
  }
  return fits[0];
}
