// AWS regions of the standard (commercial) partition, their availability zones and the kit's catalog families.
//
// Sources (read 2026-12-06 through the stored copies of the search index):
// - Regions: boto/botocore botocore/data/partitions.json at commit c870f2c199fe36e2bed3afa8f8b5282a739cb711, partition
//   "aws" (34 regions, opt-in ones included: af-south-1, ap-east-1, ap-east-2, ap-southeast-6/7, me-central-1,
//   mx-central-1, …; the pseudo-region aws-global left out).
// - Zones: a public Terraform configuration's `datacenter_map` (AZ id → zone name, e.g. mxc1-az1 → mx-central-1a, as
//   one AWS account saw them), search-index file id 29160038444; the index did not name its repository. Local Zones
//   (e.g. us-east-1-bos-1a) are left out.
// - Families: only us-east-1 is sourced, by the kit's own catalog (src/catalog/data/aws-us-east-1.ts: every row is
//   priced for us-east-1 in aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws.go).
//
// Gaps and doubts:
// - GovCloud (us-gov-*) and China (cn-*) are left out: no zone or family data was read for them.
// - AZ names are mapped to AZ ids per account, so the letters in region-data.ts are the ones this source's account
//   saw (us-west-1: a and c only; ap-northeast-1: a, c, d; ca-central-1: a, b, d). Another account may see another
//   letter in such regions; a check on zone names should say so rather than assert the letter does not exist.
// - ap-east-2 (Taipei) was not in the zone source: its zones are marked unsourced.
// - Families outside us-east-1 are NOT sourced and are marked so (`unsourced: ['families']`): the per-region offering
//   or price tables that would show them were too large to read within this change. Empty there means "not known",
//   not "not offered".

import { catalogFor } from '../../catalog';
import type { RegionFacts, RegionTable } from '../profile';
import { AWS_ZONE_LETTERS } from './region-data';

/** The region the kit's AWS catalog is priced for, where every catalog family is offered. */
const CATALOG_REGION = 'us-east-1';

function regionFacts(name: string, letters: string | undefined): RegionFacts {
  const zones = [...(letters ?? '')].map((letter) => `${name}${letter}`);
  const families = name === CATALOG_REGION ? [...new Set(catalogFor('aws').types.map((type) => type.family))] : [];
  const unsourced = [...(letters === undefined ? ['zones' as const] : []), ...(name === CATALOG_REGION ? [] : ['families' as const])];
  return unsourced.length === 0 ? { name, zones, families } : { name, zones, families, unsourced };
}

/** The regions the kit knows for AWS. */
export const AWS_REGIONS: RegionTable = {
  source:
    'regions: boto/botocore botocore/data/partitions.json @c870f2c199fe36e2bed3afa8f8b5282a739cb711 (partition aws); ' +
    'zones: a public Terraform datacenter_map of AZ ids and names (search-index file 29160038444); ' +
    'families: us-east-1 only, from the kit catalog (aws/karpenter-provider-aws zz_generated.pricing_aws.go, us-east-1)',
  asOf: '2026-12-06',
  regions: Object.entries(AWS_ZONE_LETTERS).map(([name, letters]) => regionFacts(name, letters)),
};
