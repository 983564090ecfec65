import { catalogFor } from '../catalog';
import { CLOUDS, type Cloud } from '../cloud';
import { planFleet } from './fleet';
import type { FleetPlan, FleetRequest } from './types';

/** One cloud's answer to a fleet request: a plan, or why the catalog cannot satisfy it. */
export type CloudFleet = { readonly cloud: Cloud; readonly plan: FleetPlan } | { readonly cloud: Cloud; readonly error: string };

/**
 * The same request planned on each cloud's catalog, for comparison. Pinned instance types belong to one cloud, so
 * they are dropped: the comparison asks what each cloud would pick.
 */
export function compareClouds(request: FleetRequest, clouds: readonly Cloud[] = CLOUDS): CloudFleet[] {
  const { instanceType: _pinned, allowFamilies: _allow, denyFamilies: _deny, ...portable } = request;
  return clouds.map((cloud) => {
    try {
      return { cloud, plan: planFleet(catalogFor(cloud), portable) };
    } catch (error) {
      return { cloud, error: error instanceof Error ? error.message : String(error) };
    }
  });
}
