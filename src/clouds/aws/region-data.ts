// AWS commercial regions and the letters of their availability zones. Facts only; see regions.ts for the sources.

/** Availability-zone letters per region (standard AZs only, no Local or Wavelength Zones); undefined: not sourced. */
export const AWS_ZONE_LETTERS: Readonly<Record<string, string | undefined>> = {
  'af-south-1': 'abc',
  'ap-east-1': 'abc',
  'ap-east-2': undefined,
  'ap-northeast-1': 'acd',
  'ap-northeast-2': 'abcd',
  'ap-northeast-3': 'abc',
  'ap-south-1': 'abc',
  'ap-south-2': 'abc',
  'ap-southeast-1': 'abc',
  'ap-southeast-2': 'abc',
  'ap-southeast-3': 'abc',
  'ap-southeast-4': 'abc',
  'ap-southeast-5': 'abc',
  'ap-southeast-6': 'abc',
  'ap-southeast-7': 'abc',
  'ca-central-1': 'abd',
  'ca-west-1': 'abc',
  'eu-central-1': 'abc',
  'eu-central-2': 'abc',
  'eu-north-1': 'abc',
  'eu-south-1': 'abc',
  'eu-south-2': 'abc',
  'eu-west-1': 'abc',
  'eu-west-2': 'abc',
  'eu-west-3': 'abc',
  'il-central-1': 'abc',
  'me-central-1': 'abc',
  'me-south-1': 'abc',
  'mx-central-1': 'abc',
  'sa-east-1': 'abc',
  'us-east-1': 'abcdef',
  'us-east-2': 'abc',
  'us-west-1': 'ac',
  'us-west-2': 'abcd',
};

/**
 * The catalog families offered in each region sourced beyond us-east-1, as its instance-type offering list shows them
 * (localstack/moto moto/ec2/resources/instance_type_offerings/region/<region>.json at the commit beside each; see
 * regions.ts). Each list is every catalog family the file names, in catalog order; a family left out is one the file
 * does not name. Regions not listed here are not sourced.
 */
export const AWS_REGION_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  // @69609713c0978b769be77c1d05f242ec80d6913a: every catalog family.
  'ap-northeast-1': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm7a', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c7a', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7a', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'm7gd', 'c7gd'],
  // @3bab4f50eaa97b9f5e3236c1afadf3fd04135aa1: no m7a, c7a, r7a.
  'ap-south-1': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'm7gd', 'c7gd'],
  // @69609713c0978b769be77c1d05f242ec80d6913a: no m7a, r7a.
  'ap-southeast-1': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c7a', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'm7gd', 'c7gd'],
  // @69609713c0978b769be77c1d05f242ec80d6913a: no c7a, r7a.
  'ap-southeast-2': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm7a', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'm7gd', 'c7gd'],
  // @181049473c7d0b7c79e94c858e8c3ce07cea31f2: no c7a, m7a, r7a, m7gd.
  'ca-central-1': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'c7gd'],
  // @056bb54c8a3b81f52c22497aa427e95bfc6237f0: every catalog family.
  'eu-central-1': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm7a', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c7a', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7a', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'm7gd', 'c7gd'],
  // @efe0014b8625bc1af2b3c50c0789b677435ae557: no m8i, m6id.
  'eu-north-1': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm7a', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c7a', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7a', 'r7g', 'r8g', 't3', 't4g', 'm7gd', 'c7gd'],
  // @3f6e33476d3b93e349a31c225f7fbd474bad7418: every catalog family.
  'eu-west-1': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm7a', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c7a', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7a', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'm7gd', 'c7gd'],
  // @3f6e33476d3b93e349a31c225f7fbd474bad7418: no r7a.
  'eu-west-2': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm7a', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c7a', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'm7gd', 'c7gd'],
  // @efe0014b8625bc1af2b3c50c0789b677435ae557: no c7a, m7a, r7a, m6id.
  'eu-west-3': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7g', 'r8g', 't3', 't4g', 'm7gd', 'c7gd'],
  // @2bd38c40de867d1e21ece3e5ec4ae7f5ca0f14f5: no c7a, m7a, r7a.
  'sa-east-1': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'm7gd', 'c7gd'],
  // @69609713c0978b769be77c1d05f242ec80d6913a: every catalog family.
  'us-east-2': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm7a', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c7a', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7a', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'm7gd', 'c7gd'],
  // @5930e8c27da7748f4c137eb516bbc8a6225fb2bf: every catalog family.
  'us-west-2': ['m5', 'm6i', 'm7i', 'm7i-flex', 'm7a', 'm8i', 'm6g', 'm7g', 'm8g', 'c6i', 'c7i', 'c7i-flex', 'c7a', 'c6g', 'c7g', 'c8g', 'r6i', 'r7i', 'r7a', 'r7g', 'r8g', 't3', 't4g', 'm6id', 'm7gd', 'c7gd'],
};
