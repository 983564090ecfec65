// The instance-type catalogs, one region per cloud. Plain data: no cdktf, constructs or provider imports.

import type { Cloud } from '../cloud';
import { awsUsEast1 } from './data/aws-us-east-1';
import { azureEastus } from './data/azure-eastus';
import { gcpUsCentral1 } from './data/gcp-us-central1';
import type { InstanceCatalog, InstanceType } from './types';

export type { InstanceCatalog, InstanceCategory, InstanceType, PriceSource } from './types';
export { awsUsEast1, azureEastus, gcpUsCentral1 };

const CATALOGS: Readonly<Record<Cloud, InstanceCatalog>> = {
  aws: awsUsEast1,
  gcp: gcpUsCentral1,
  azure: azureEastus,
};

/** The catalog the kit prices a cloud with. */
export function catalogFor(cloud: Cloud): InstanceCatalog {
  return CATALOGS[cloud];
}

/** The type with exactly this name in the cloud's catalog, or undefined if the catalog lacks it. */
export function findInstanceType(cloud: Cloud, name: string): InstanceType | undefined {
  return catalogFor(cloud).types.find((type) => type.name === name);
}
