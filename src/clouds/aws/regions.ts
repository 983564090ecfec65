// AWS regions of the standard (commercial) partition, their availability zones and the kit's catalog families.
//
// Sources (read 2026-12-06, and on 2026-12-07 the families of ap-*, eu-central-1, eu-west-2 and us-west-2, through
// the stored copies of the search index):
// - Regions: boto/botocore botocore/data/partitions.json at commit c870f2c199fe36e2bed3afa8f8b5282a739cb711, partition
//   "aws" (34 regions, opt-in ones included: af-south-1, ap-east-1, ap-east-2, ap-southeast-6/7, me-central-1,
//   mx-central-1, …; the pseudo-region aws-global left out).
// - Zones: a public Terraform configuration's `datacenter_map` (AZ id → zone name, e.g. mxc1-az1 → mx-central-1a, as
//   one AWS account saw them), search-index file id 29160038444; the index did not name its repository. Local Zones
//   (e.g. us-east-1-bos-1a) are left out.
// - Families, us-east-1: the kit's own catalog (src/catalog/data/aws-us-east-1.ts: every row is priced for us-east-1 in
//   aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws.go).
// - Families, thirteen more regions: localstack/moto moto/ec2/resources/instance_type_offerings/region/<region>.json,
//   the output of EC2 DescribeInstanceTypeOfferings (location type region) that the moto fork refreshes from AWS, one
//   stored version each (the commit beside each region in region-data.ts). The files carry no date; they list 2025
//   launches (m8i-flex, r8i, and c8a in several), so they are late 2025 or newer. Each file is sorted by type name and
//   was read over every stretch that holds a catalog family (c6g … c8g, m5 … m8i, r6i … r8g, t3, t4g), so a catalog
//   family missing from region-data.ts is one the file does not list: complete for the catalog families as of that
//   version. Absences read: ap-south-1 no c7a/m7a/r7a; ap-southeast-1 no m7a/r7a; ap-southeast-2 no c7a/r7a;
//   eu-west-2 no r7a; sa-east-1 no c7a/m7a/r7a; eu-west-3 no c7a/m7a/r7a/m6id; ca-central-1 no c7a/m7a/r7a/m7gd;
//   eu-north-1 no m8i/m6id; ap-northeast-1, eu-central-1, eu-west-1, us-east-2 and us-west-2 offer every catalog
//   family. Where the index held several versions of a file the newest-looking was read (eu-central-1, eu-west-2,
//   us-west-2); eu-west-2's older version (@efe0014b) lacks m7gd, the newer one has it.
//
// Gaps and doubts:
// - GovCloud (us-gov-*) and China (cn-*) are left out: no zone or family data was read for them.
// - AZ names are mapped to AZ ids per account, so the letters in region-data.ts are the ones this source's account
//   saw (us-west-1: a and c only; ap-northeast-1: a, c, d; ca-central-1: a, b, d). Another account may see another
//   letter in such regions; a check on zone names should say so rather than assert the letter does not exist.
// - ap-east-2 (Taipei) was not in the zone source: its zones are marked unsourced.
// - Families in the other 20 regions are NOT sourced and are marked so (`unsourced: ['families']`): Empty there means
//   "not known", not "not offered". What was tried: the AWS "instance types by Region" page is not in the search
//   index; the stored karpenter-provider-aws price files hold us-east-1 only; the getmoto/moto region files read were
//   2020-era versions or .json.gz; the localstack/moto fork holds recent files for the 13 regions above only.
// - The offering lists are per account in principle (one account's DescribeInstanceTypeOfferings); region-level
//   offerings are not known to differ between accounts, but a family newly launched in a region after the file's
//   version is missing here until the file is read again.

import { catalogFor } from '../../catalog';
import type { RegionFacts, RegionTable } from '../profile';
import { AWS_REGION_FAMILIES, AWS_ZONE_LETTERS } from './region-data';

/** The region the kit's AWS catalog is priced for, where every catalog family is offered. */
const CATALOG_REGION = 'us-east-1';

/** The catalog families a source shows for the region, or undefined where none was read. */
function sourcedFamilies(name: string): readonly string[] | undefined {
  if (name === CATALOG_REGION) return [...new Set(catalogFor('aws').types.map((type) => type.family))];
  return AWS_REGION_FAMILIES[name];
}

function regionFacts(name: string, letters: string | undefined): RegionFacts {
  const zones = [...(letters ?? '')].map((letter) => `${name}${letter}`);
  const sourced = sourcedFamilies(name);
  const families = sourced === undefined ? [] : [...sourced];
  const unsourced = [...(letters === undefined ? ['zones' as const] : []), ...(sourced === undefined ? ['families' as const] : [])];
  return unsourced.length === 0 ? { name, zones, families } : { name, zones, families, unsourced };
}

/** The regions the kit knows for AWS. */
export const AWS_REGIONS: RegionTable = {
  source:
    'regions: boto/botocore botocore/data/partitions.json @c870f2c199fe36e2bed3afa8f8b5282a739cb711 (partition aws); ' +
    'zones: a public Terraform datacenter_map of AZ ids and names (search-index file 29160038444); ' +
    'families: us-east-1 from the kit catalog (aws/karpenter-provider-aws zz_generated.pricing_aws.go, us-east-1); ' +
    'ap-northeast-1, ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, ' +
    'eu-west-2, eu-west-3, sa-east-1, us-east-2, us-west-2 from localstack/moto ' +
    'moto/ec2/resources/instance_type_offerings/region/<region>.json (commits in region-data.ts); ' +
    'other regions unsourced',
  asOf: '2026-12-07',
  regions: Object.entries(AWS_ZONE_LETTERS).map(([name, letters]) => regionFacts(name, letters)),
};
