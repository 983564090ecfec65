// Every fact about a cloud, once. Plain data: no cdktf, constructs or provider imports.

import { catalogFor, type InstanceCatalog } from '../catalog';
import type { Cloud } from '../cloud';
import { AWS_PROFILE } from './aws';
import { AZURE_PROFILE } from './azure';
import { GCP_PROFILE } from './gcp';
import type { CloudProfile, RegionFacts } from './profile';

export type { AddressReservation, BackupLimits, CloudProfile, PlatformAllowance, SpotAlternatives, DiskLimits, DrainLimits, FactSource, ImageFacts, RegionFacts, RegionTable, SshRules } from './profile';

/** The profile of each cloud: a cloud without one does not compile. */
export const CLOUD_PROFILES: Readonly<Record<Cloud, CloudProfile>> = {
  aws: AWS_PROFILE,
  gcp: GCP_PROFILE,
  azure: AZURE_PROFILE,
};

/** The profile of a cloud. */
export function profileOf(cloud: Cloud): CloudProfile {
  return CLOUD_PROFILES[cloud];
}

/** A region of the cloud by name, or undefined when the kit does not know it. */
export function regionOf(cloud: Cloud, name: string): RegionFacts | undefined {
  return CLOUD_PROFILES[cloud].regions.regions.find((region) => region.name === name);
}

/** How many regions the kit knows for the cloud and the first few names, for messages. */
export function regionExamples(cloud: Cloud): string {
  const names = CLOUD_PROFILES[cloud].regions.regions.map((region) => region.name);
  return `${names.length}: ${names.slice(0, 4).join(', ')} …`;
}

/** Whether the kit's tables say which catalog families the region offers. */
export function familiesKnown(region: RegionFacts): boolean {
  return !region.unsourced?.includes('families');
}

/**
 * The cloud's catalog as offered in a region: only the families the region offers, where the kit's tables say;
 * the whole catalog where they do not (the region's offer is then not checked, and `validate` says so). Prices stay
 * the catalog region's.
 */
export function catalogIn(cloud: Cloud, regionName: string): InstanceCatalog {
  const catalog = catalogFor(cloud);
  const region = regionOf(cloud, regionName);
  if (!region || !familiesKnown(region)) return catalog;
  const offered = new Set(region.families);
  return { ...catalog, types: catalog.types.filter((type) => offered.has(type.family)) };
}
