// Every fact about a cloud, once. Plain data: no cdktf, constructs or provider imports.

import type { Cloud } from '../cloud';
import { AWS_PROFILE } from './aws';
import { AZURE_PROFILE } from './azure';
import { GCP_PROFILE } from './gcp';
import type { CloudProfile, RegionFacts } from './profile';

export type { AddressReservation, CloudProfile, DiskLimits, FactSource, ImageFacts, RegionFacts, RegionTable, SshRules } from './profile';

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
