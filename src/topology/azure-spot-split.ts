import type { ResolvedBuilders } from './resolved';

/** Builders at one priority, in working hours and off hours. */
export interface BuilderCount {
  /** Builders in working hours (always, without a schedule). */
  readonly working: number;
  /** Builders outside working hours (the same as working, without a schedule). */
  readonly offHours: number;
}

/** How Azure splits the fleet between a drained regular-priority scale set and a spot scale set. */
export interface AzureSpotSplit {
  /** Regular priority, with a terminate notification: the on-demand base and everything the schedule adds and removes. */
  readonly onDemand: BuilderCount;
  /** Spot priority: builders the schedule never removes, always up. */
  readonly spot: number;
}

/**
 * Azure refuses a terminate notification on spot instances ("Terminate notifications cannot be enabled on Spot
 * instances": learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-terminate-notification),
 * so a spot builder removed by scale-in gets no notice and its running builds are cut off. Spot therefore holds only
 * builders that run day and night above the on-demand base; whatever the working-hours schedule scales in and out
 * runs at regular priority, where the terminate notification lets the drain agent run circle-shutdown first.
 */
export function azureSpotSplit(builders: ResolvedBuilders): AzureSpotSplit {
  const working = builders.desired;
  const offHours = builders.schedule?.offHoursBuilders ?? working;
  if (!builders.spot) return { onDemand: { working, offHours }, spot: 0 };
  const spot = Math.max(0, offHours - builders.spot.onDemandBase);
  return { onDemand: { working: working - spot, offHours: offHours - spot }, spot };
}
