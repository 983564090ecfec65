// Azure locations that host VMs, their availability zones and the kit's catalog families offered in each.
//
// Sources (read 2026-12-06 through the stored copies of the search index):
// - Locations and zones: Azure/terraform-azurerm-avm-utl-regions modules/cached-data/locations.tf.json at commit
//   0caf3b86ee299c3c8a84b945316a72e31622c0ee (a cached `az account list-locations` / ARM Locations answer). Kept:
//   metadata.regionType "Physical"; left out: the "Logical" geographies (europe, global, …), the staging locations
//   (*stage, *stg) and the canaries eastus2euap and centraluseuap. A location has zones 1, 2, 3 where its
//   availabilityZoneMappings list them, none where the entry has no mappings.
// - Families: only eastus is sourced, by the kit's own catalog (src/catalog/data/azure-eastus.ts: every row is priced
//   for eastus in Azure/karpenter-provider-azure pkg/providers/pricing/zz_generated.pricing.go).
//
// Gaps and doubts:
// - Families outside eastus are NOT sourced and are marked so (`unsourced: ['families']`): the per-location price
//   tables that would show them (karpenter's zz_generated.pricing.go, 1.2 MB+ per generation) were too large to read
//   within this change. Empty there means "not known", not "not offered". A second attempt (2026-12-06) found no
//   better source: the only version of that file the search index lists (@0499866a0874e27363395146ad4ecf5dac208e6d)
//   was generated 2023-12-18, before the v6 series (Dsv6, Dasv6, Dpsv6, Esv6, Fasv6), so it would show them absent
//   everywhere; karpenter-provider-azure's SKU fixtures cover three locations only; no Microsoft page listing VM
//   series per location was found in the index.
// - The cached list comes from one subscription: locations that subscription could not see (e.g. restricted ones such
//   as swedensouth, taiwannorth, israelnorthwest) are missing, and so would be refused until added with a source.
// - Restricted-access locations it does list (francesouth, germanynorth, norwaywest, switzerlandwest, uaecentral,
//   southafricawest, australiacentral2, brazilsoutheast, jioindiacentral, koreasouth) are kept: they host VMs for
//   subscriptions that are allowed in.

import { catalogFor } from '../../catalog';
import type { RegionFacts, RegionTable } from '../profile';
import { AZURE_UNZONED_LOCATIONS, AZURE_ZONED_LOCATIONS } from './region-data';

/** The location the kit's Azure catalog is priced for, where every catalog family is offered. */
const CATALOG_LOCATION = 'eastus';

function locationFacts(name: string): RegionFacts {
  const zones = AZURE_ZONED_LOCATIONS.includes(name) ? ['1', '2', '3'] : [];
  if (name === CATALOG_LOCATION) return { name, zones, families: [...new Set(catalogFor('azure').types.map((type) => type.family))] };
  return { name, zones, families: [], unsourced: ['families'] };
}

/** The locations the kit knows for Azure. */
export const AZURE_REGIONS: RegionTable = {
  source:
    'locations, zones: Azure/terraform-azurerm-avm-utl-regions modules/cached-data/locations.tf.json @0caf3b86ee299c3c8a84b945316a72e31622c0ee; ' +
    'families: eastus only, from the kit catalog (Azure/karpenter-provider-azure zz_generated.pricing.go, eastus)',
  asOf: '2026-12-06',
  regions: [...AZURE_ZONED_LOCATIONS, ...AZURE_UNZONED_LOCATIONS].sort().map(locationFacts),
};
