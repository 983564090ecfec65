// GCP regions, their zones and the kit's catalog families offered in each.
//
// Sources (read 2026-12-06 through the stored copies of the search index):
// - Families per region: Cyclenerd/google-cloud-pricing-cost-calculator tools/machinetyperegion.csv at commit
//   ccf1eea5152bea1b7cd8eaba15fd7303d203e97e (gcloud compute machine-types list, one row per type and region). A family
//   counts as offered where the source lists the row named beside it in region-data.ts, mostly its smallest catalog
//   shape. The regions are those of that file (every one offers E2).
// - Zones: Google Cloud documentation, Compute Engine "Regions and zones", table "Available regions and zones"
//   (cloud.google.com/compute/docs/regions-zones, stored copy that already lists asia-southeast3 and A4X Max).
//
// Gaps and doubts:
// - asia-southeast3 (Bangkok) is in the documentation table (N4, C4, C3D, M4, M3, no E2) but not in the machine-type
//   file, so its families are marked unsourced rather than guessed from series names.
// - n2-standard and n4-standard were read from the n2-standard-128 and n4-standard-4 rows (the -2 rows fell between
//   two reads); every other N2 / N4 shape read showed the same regions.
// - AI zones (e.g. us-west4-ai2b) are left out: the kit does not place VMs there.
// - The machine-type file carries no date; newer regions or series roll-outs after it are not here.

import type { RegionFacts, RegionTable } from '../profile';
import { GCP_FAMILY_REGIONS, GCP_ZONE_LETTERS } from './region-data';

/** Regions named in the zones table but missing from the machine-type file. */
const FAMILIES_UNSOURCED: ReadonlySet<string> = new Set(['asia-southeast3']);

function regionFacts(name: string, letters: string): RegionFacts {
  const families = Object.entries(GCP_FAMILY_REGIONS)
    .filter(([, regions]) => regions.includes(name))
    .map(([family]) => family);
  const zones = [...letters].map((letter) => `${name}-${letter}`);
  return FAMILIES_UNSOURCED.has(name) ? { name, zones, families, unsourced: ['families'] } : { name, zones, families };
}

/** The regions the kit knows for GCP. */
export const GCP_REGIONS: RegionTable = {
  source:
    'families: Cyclenerd/google-cloud-pricing-cost-calculator tools/machinetyperegion.csv @ccf1eea5152bea1b7cd8eaba15fd7303d203e97e; ' +
    'zones: cloud.google.com/compute/docs/regions-zones (Available regions and zones)',
  asOf: '2026-12-06',
  regions: Object.entries(GCP_ZONE_LETTERS).map(([name, letters]) => regionFacts(name, letters)),
};
