import { catalogFor } from '../../src/catalog';
import { CLOUDS, type Cloud } from '../../src/cloud';
import { profileOf, regionOf, type RegionFacts } from '../../src/clouds';

/** Where each catalog is priced, so where every catalog family must be offered. */
const CATALOG_REGION: Readonly<Record<Cloud, string>> = { aws: 'us-east-1', gcp: 'us-central1', azure: 'eastus' };

/** The cloud's naming of regions (AWS: botocore's regionRegex for the aws partition). */
const REGION_NAME: Readonly<Record<Cloud, RegExp>> = {
  aws: /^(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d+$/,
  gcp: /^[a-z]+-[a-z]+\d+$/,
  azure: /^[a-z][a-z0-9]*$/,
};

function zoneBelongs(cloud: Cloud, region: string, zone: string): boolean {
  if (cloud === 'azure') return ['1', '2', '3'].includes(zone);
  const suffix = zone.slice(region.length);
  return zone.startsWith(region) && (cloud === 'aws' ? /^[a-z]$/ : /^-[a-z]$/).test(suffix);
}

function mustRegion(cloud: Cloud, name: string): RegionFacts {
  const region = regionOf(cloud, name);
  if (region === undefined) throw new Error(`${cloud} has no region ${name}`);
  return region;
}

const catalogFamilies = (cloud: Cloud): Set<string> => new Set(catalogFor(cloud).types.map((type) => type.family));
const regionsOffering = (cloud: Cloud, family: string): string[] =>
  profileOf(cloud).regions.regions.filter((region) => region.families.includes(family)).map((region) => region.name);

describe.each(CLOUDS)('%s regions', (cloud) => {
  const table = profileOf(cloud).regions;

  it('says where its facts come from and when', () => {
    expect(table.source.trim()).not.toBe('');
    expect(table.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('offers every catalog family in the catalog region', () => {
    const offered = mustRegion(cloud, CATALOG_REGION[cloud]);
    expect(offered.unsourced ?? []).not.toContain('families');
    expect([...catalogFamilies(cloud)].filter((family) => !offered.families.includes(family))).toEqual([]);
  });

  it('has unique names in the cloud naming', () => {
    const names = table.regions.map((region) => region.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => !REGION_NAME[cloud].test(name))).toEqual([]);
  });

  it('names zones of their own region, once each', () => {
    for (const region of table.regions) {
      expect(region.zones.filter((zone) => !zoneBelongs(cloud, region.name, zone))).toEqual([]);
      expect(new Set(region.zones).size).toBe(region.zones.length);
    }
  });

  it('names only catalog families, and marks unsourced facts empty', () => {
    const known = catalogFamilies(cloud);
    for (const region of table.regions) {
      expect(region.families.filter((family) => !known.has(family))).toEqual([]);
      if (region.unsourced?.includes('families')) expect(region.families).toEqual([]);
      if (region.unsourced?.includes('zones')) expect(region.zones).toEqual([]);
      if (region.unsourced === undefined || !region.unsourced.includes('families')) expect(region.families.length).toBeGreaterThan(0);
    }
  });
});

describe('the names in the issue', () => {
  it.each([
    ['aws', 'us-moon-1'],
    ['gcp', 'us-central9'],
    ['azure', 'mars'],
  ] as const)('%s does not know %s', (cloud, name) => {
    expect(regionOf(cloud, name)).toBeUndefined();
  });
});

describe('facts checked against the sources', () => {
  it('GCP offers t2a only in asia-southeast1, europe-west4 and us-central1 (machinetyperegion.csv)', () => {
    expect(regionsOffering('gcp', 't2a-standard')).toEqual(['asia-southeast1', 'europe-west4', 'us-central1']);
    expect(mustRegion('gcp', 'europe-west1').families).not.toContain('t2a-standard');
  });

  it('GCP offers C4A but not its -lssd shapes in europe-north2, and no N2 there', () => {
    const families = mustRegion('gcp', 'europe-north2').families;
    expect(families).toEqual(expect.arrayContaining(['c4a-standard', 'c4a-highcpu', 'e2-standard', 'n4-standard']));
    expect(families).not.toContain('c4a-standard-lssd');
    expect(families).not.toContain('n2-standard');
  });

  it('GCP zones keep their odd letters', () => {
    expect(mustRegion('gcp', 'us-central1').zones).toEqual(['us-central1-a', 'us-central1-b', 'us-central1-c', 'us-central1-f']);
    expect(mustRegion('gcp', 'europe-west1').zones).toEqual(['europe-west1-b', 'europe-west1-c', 'europe-west1-d']);
    expect(mustRegion('gcp', 'us-east1').zones).toEqual(['us-east1-b', 'us-east1-c', 'us-east1-d']);
  });

  it('GCP knows 43 regions, asia-southeast3 without sourced families', () => {
    expect(profileOf('gcp').regions.regions).toHaveLength(43);
    expect(mustRegion('gcp', 'asia-southeast3').unsourced).toEqual(['families']);
  });

  it('AWS knows the 34 commercial regions, opt-in ones included, and no GovCloud or China', () => {
    const names = profileOf('aws').regions.regions.map((region) => region.name);
    expect(names).toHaveLength(34);
    expect(names).toEqual(expect.arrayContaining(['af-south-1', 'ap-east-1', 'ap-east-2', 'me-central-1', 'mx-central-1', 'ap-southeast-7']));
    expect(names.filter((name) => name.startsWith('us-gov-') || name.startsWith('cn-'))).toEqual([]);
  });

  it('AWS zones: six in us-east-1, none invented for ap-east-2', () => {
    expect(mustRegion('aws', 'us-east-1').zones).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `us-east-1${letter}`));
    expect(mustRegion('aws', 'ca-central-1').zones).toEqual(['ca-central-1a', 'ca-central-1b', 'ca-central-1d']);
    expect(mustRegion('aws', 'ap-east-2').unsourced).toEqual(['zones', 'families']);
  });

  it('AWS families: sourced for us-east-1 and thirteen moto-offering regions, every other region unsourced', () => {
    const sourced = profileOf('aws').regions.regions.filter((region) => !(region.unsourced ?? []).includes('families'));
    expect(sourced.map((region) => region.name)).toEqual([
      'ap-northeast-1', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-north-1',
      'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-2',
    ]);
    expect(mustRegion('aws', 'us-west-1').unsourced).toEqual(['families']);
    expect(mustRegion('aws', 'us-west-1').families).toEqual([]);
  });

  it('AWS offers the AMD 7th generation (c7a, m7a, r7a) in eu-west-1 and us-east-2 but not in sa-east-1 (moto offerings)', () => {
    for (const family of ['c7a', 'm7a', 'r7a']) {
      expect(mustRegion('aws', 'eu-west-1').families).toContain(family);
      expect(mustRegion('aws', 'us-east-2').families).toContain(family);
      expect(mustRegion('aws', 'sa-east-1').families).not.toContain(family);
    }
    expect(regionsOffering('aws', 'c7a')).toEqual(['ap-northeast-1', 'ap-southeast-1', 'eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-2', 'us-east-1', 'us-east-2', 'us-west-2']);
    // The Asian regions differ family by family: ap-southeast-1 has c7a only, ap-southeast-2 m7a only, ap-south-1 none.
    expect(['c7a', 'm7a', 'r7a'].filter((family) => mustRegion('aws', 'ap-southeast-1').families.includes(family))).toEqual(['c7a']);
    expect(['c7a', 'm7a', 'r7a'].filter((family) => mustRegion('aws', 'ap-southeast-2').families.includes(family))).toEqual(['m7a']);
    expect(['c7a', 'm7a', 'r7a'].filter((family) => mustRegion('aws', 'ap-south-1').families.includes(family))).toEqual([]);
  });

  it('AWS eu-north-1 has m8g and m7i but neither m8i nor m6id; ca-central-1 has c7gd but no m7gd', () => {
    const north = mustRegion('aws', 'eu-north-1').families;
    expect(north).toEqual(expect.arrayContaining(['m8g', 'm7i', 'm6i', 'c7a']));
    expect(north).not.toContain('m8i');
    expect(north).not.toContain('m6id');
    expect(mustRegion('aws', 'eu-west-3').families).not.toContain('m6id');
    expect(mustRegion('aws', 'ca-central-1').families).toContain('c7gd');
    expect(mustRegion('aws', 'ca-central-1').families).not.toContain('m7gd');
    expect(regionsOffering('aws', 'm8i')).toEqual([
      'ap-northeast-1', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-west-1',
      'eu-west-2', 'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-2',
    ]);
  });

  it('AWS eu-west-1, us-east-2, us-west-2, eu-central-1 and ap-northeast-1 offer every catalog family, like the catalog region', () => {
    for (const name of ['eu-west-1', 'us-east-2', 'us-west-2', 'eu-central-1', 'ap-northeast-1']) {
      expect([...catalogFamilies('aws')].filter((family) => !mustRegion('aws', name).families.includes(family))).toEqual([]);
    }
  });

  it('Azure: 57 physical locations; swedencentral has zones, westus and northcentralus none; no canaries', () => {
    const names = profileOf('azure').regions.regions.map((region) => region.name);
    expect(names).toHaveLength(57);
    expect(mustRegion('azure', 'swedencentral').zones).toEqual(['1', '2', '3']);
    expect(mustRegion('azure', 'westus').zones).toEqual([]);
    expect(mustRegion('azure', 'northcentralus').zones).toEqual([]);
    expect(names).not.toContain('eastus2euap');
    expect(names).not.toContain('europe');
  });
});
