// Azure locations that host VMs, and whether they have availability zones. Facts only; see regions.ts for the source.

/** Physical locations whose availabilityZoneMappings list logical zones 1, 2 and 3. */
export const AZURE_ZONED_LOCATIONS: readonly string[] = [
  'australiaeast', 'austriaeast', 'belgiumcentral', 'brazilsouth', 'canadacentral', 'centralindia', 'centralus', 'chilecentral',
  'eastasia', 'eastus', 'eastus2', 'francecentral', 'germanywestcentral', 'indonesiacentral', 'israelcentral', 'italynorth',
  'japaneast', 'japanwest', 'koreacentral', 'malaysiawest', 'mexicocentral', 'newzealandnorth', 'northeurope', 'norwayeast',
  'polandcentral', 'qatarcentral', 'southafricanorth', 'southcentralus', 'southeastasia', 'spaincentral', 'swedencentral',
  'switzerlandnorth', 'uaenorth', 'uksouth', 'westeurope', 'westus2', 'westus3',
];

/** Physical locations listed without availabilityZoneMappings. */
export const AZURE_UNZONED_LOCATIONS: readonly string[] = [
  'australiacentral', 'australiacentral2', 'australiasoutheast', 'brazilsoutheast', 'canadaeast', 'francesouth', 'germanynorth',
  'jioindiacentral', 'jioindiawest', 'koreasouth', 'northcentralus', 'norwaywest', 'southafricawest', 'southindia',
  'switzerlandwest', 'uaecentral', 'ukwest', 'westcentralus', 'westindia', 'westus',
];
