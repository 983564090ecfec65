import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { catalogFor, findInstanceType, type InstanceType, type PriceSource } from '../../src/catalog';
import { ARCHITECTURES, CLOUDS, type Cloud } from '../../src/cloud';

// Row counts of the reference tables (instance-catalogs.md §2.1–2.3), so a dropped group shows up.
const REFERENCE_ROWS: Readonly<Record<Cloud, number>> = {
  aws: 191, // §2.1 main table
  gcp: 146, // §2.2: 130 predefined + 3 shared-core e2 + 13 -lssd
  azure: 109, // §2.3: 102 main table + 7 Bsv2
};

function mustFind(cloud: Cloud, name: string): InstanceType {
  const type = findInstanceType(cloud, name);
  if (type === undefined) throw new Error(`${cloud} catalog has no ${name}`);
  return type;
}

const isPositive = (value: number): boolean => Number.isFinite(value) && value > 0;

function isCitable(price: PriceSource, today: string): boolean {
  // Round-tripping through Date rejects impossible dates such as 2026-02-30.
  const isIsoDate =
    /^\d{4}-\d{2}-\d{2}$/.test(price.asOf) &&
    new Date(`${price.asOf}T00:00:00Z`).toISOString().slice(0, 10) === price.asOf;
  return price.source.trim() !== '' && isIsoDate && price.asOf <= today;
}

describe.each(CLOUDS)('%s catalog', (cloud) => {
  const catalog = catalogFor(cloud);
  const today = new Date().toISOString().slice(0, 10);
  // Each check lists the offending names, so a failure says which rows to fix.
  const namesWhere = (isWrong: (type: InstanceType) => boolean): string[] =>
    catalog.types.filter(isWrong).map((type) => type.name);

  it('is the catalog of that cloud', () => {
    expect(catalog.cloud).toBe(cloud);
    expect(catalog.region).not.toBe('');
  });

  it('holds at least every row of the reference tables', () => {
    expect(catalog.types.length).toBeGreaterThanOrEqual(REFERENCE_ROWS[cloud]);
  });

  it('has unique names', () => {
    expect(namesWhere((type) => catalog.types.filter((other) => other.name === type.name).length > 1)).toEqual([]);
  });

  it('has positive, finite shapes and on-demand prices', () => {
    expect(namesWhere((type) => !Number.isInteger(type.vcpus) || !isPositive(type.vcpus))).toEqual([]);
    expect(namesWhere((type) => !isPositive(type.memoryGiB))).toEqual([]);
    expect(namesWhere((type) => !isPositive(type.onDemandHourlyUsd))).toEqual([]);
    expect(namesWhere((type) => type.networkMbps !== undefined && !isPositive(type.networkMbps))).toEqual([]);
    expect(namesWhere((type) => type.localDiskGB !== undefined && !isPositive(type.localDiskGB))).toEqual([]);
    expect(namesWhere((type) => type.family.trim() === '')).toEqual([]);
  });

  it('knows the architecture of every type', () => {
    expect(namesWhere((type) => !ARCHITECTURES.includes(type.arch))).toEqual([]);
  });

  it('cites a source and a past ISO date for every price', () => {
    expect(namesWhere((type) => !isCitable(type.price, today))).toEqual([]);
    expect(namesWhere((type) => type.spotPrice !== undefined && !isCitable(type.spotPrice, today))).toEqual([]);
  });

  it('gives spot prices only with a source, and below on-demand', () => {
    expect(namesWhere((type) => (type.spotPrice === undefined) !== (type.spotHourlyUsd === undefined))).toEqual([]);
    expect(
      namesWhere(
        (type) =>
          type.spotHourlyUsd !== undefined &&
          !(isPositive(type.spotHourlyUsd) && type.spotHourlyUsd < type.onDemandHourlyUsd),
      ),
    ).toEqual([]);
  });

  it('files burstable and shared-core types under their own categories', () => {
    expect(namesWhere((type) => type.burstable !== (type.category === 'burstable'))).toEqual([]);
    expect(namesWhere((type) => type.sharedCore !== (type.category === 'shared'))).toEqual([]);
  });

  it('marks flex only on AWS *-flex types', () => {
    expect(namesWhere((type) => type.flex !== (cloud === 'aws' && type.name.includes('-flex.')))).toEqual([]);
  });
});

describe('family names', () => {
  const misnamed = (cloud: Cloud, familyOf: (type: InstanceType) => string): string[] =>
    catalogFor(cloud)
      .types.filter((type) => type.family !== familyOf(type))
      .map((type) => type.name);

  it('are the AWS name before the dot', () => {
    expect(misnamed('aws', (type) => type.name.split('.')[0] ?? '')).toEqual([]);
  });

  it('are the GCP name without its size', () => {
    expect(misnamed('gcp', (type) => (type.sharedCore ? 'e2' : type.name.replace(/-\d+(-lssd)?$/, '$1')))).toEqual([]);
  });
});

describe('figures match the reference document', () => {
  it('AWS', () => {
    expect(mustFind('aws', 'c6i.4xlarge')).toMatchObject({
      family: 'c6i',
      category: 'compute',
      arch: 'x86_64',
      vcpus: 16,
      memoryGiB: 32,
      onDemandHourlyUsd: 0.68,
      networkMbps: 6250,
      price: { asOf: '2026-07-20' },
    });
    expect(mustFind('aws', 'm7i-flex.16xlarge')).toMatchObject({ flex: true, onDemandHourlyUsd: 3.06432 });
    expect(mustFind('aws', 'c7i-flex.large')).toMatchObject({ spotHourlyUsd: 0.0245, spotPrice: { asOf: '2024-10-14' } });
    expect(mustFind('aws', 't4g.medium')).toMatchObject({ burstable: true, arch: 'arm64', onDemandHourlyUsd: 0.0336 });
    expect(mustFind('aws', 'm6id.24xlarge')).toMatchObject({ localDiskGB: 5700, onDemandHourlyUsd: 5.6952 });
    expect(mustFind('aws', 'r8g.24xlarge')).toMatchObject({ memoryGiB: 768, onDemandHourlyUsd: 5.65536 });
    expect(catalogFor('aws').types.filter((type) => type.spotHourlyUsd !== undefined)).toHaveLength(5);
  });

  it('GCP', () => {
    expect(mustFind('gcp', 'n2d-standard-16')).toMatchObject({
      family: 'n2d-standard',
      vcpus: 16,
      memoryGiB: 64,
      onDemandHourlyUsd: 0.675936,
      spotHourlyUsd: 0.140256,
    });
    expect(mustFind('gcp', 'c4-standard-4')).toMatchObject({ vcpus: 4, memoryGiB: 15 });
    expect(mustFind('gcp', 'c4a-highcpu-72')).toMatchObject({ arch: 'arm64', category: 'compute', memoryGiB: 144 });
    expect(mustFind('gcp', 'e2-micro')).toMatchObject({ sharedCore: true, category: 'shared', vcpus: 2, memoryGiB: 1 });
    const lssd = mustFind('gcp', 'c3-standard-4-lssd');
    expect(lssd).toMatchObject({ family: 'c3-standard-lssd', onDemandHourlyUsd: 0.242704, price: { asOf: '2026-07-30' } });
    expect(lssd.spotHourlyUsd).toBeUndefined();
  });

  it('Azure', () => {
    expect(mustFind('azure', 'Standard_D64ps_v5')).toMatchObject({ family: 'Dpsv5', arch: 'arm64', vcpus: 64, memoryGiB: 208 });
    expect(mustFind('azure', 'Standard_E96s_v5')).toMatchObject({ vcpus: 96, memoryGiB: 672, onDemandHourlyUsd: 6.048 });
    expect(mustFind('azure', 'Standard_D8as_v5')).toMatchObject({
      onDemandHourlyUsd: 0.344,
      spotHourlyUsd: 0.072618,
      spotPrice: { asOf: '2026-07-27' },
    });
    expect(mustFind('azure', 'Standard_D96as_v5').price.asOf).toBe('2025-05-16');
    expect(mustFind('azure', 'Standard_D2ds_v5')).toMatchObject({ localDiskGB: 75, networkMbps: 12500 });
    expect(mustFind('azure', 'Standard_B8s_v2')).toMatchObject({ burstable: true, onDemandHourlyUsd: 0.37 });
  });

  it('leaves out the Azure series whose Linux price is unverified', () => {
    expect(findInstanceType('azure', 'Standard_E2as_v5')).toBeUndefined();
    expect(findInstanceType('azure', 'Standard_D2ads_v5')).toBeUndefined();
  });
});

describe('findInstanceType', () => {
  it('looks only in the named cloud', () => {
    expect(findInstanceType('aws', 'n2d-standard-16')).toBeUndefined();
    expect(findInstanceType('gcp', 'n2d-standard-16')?.name).toBe('n2d-standard-16');
  });
});

describe('src/catalog', () => {
  // The catalogs must stay plain data that any tool can load without the CDKTF toolchain.
  it('imports nothing from cdktf, constructs or provider packages', () => {
    const root = join(__dirname, '../../src/catalog');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    const forbidden = /\b(?:from|import|require)\s*\(?\s*['"](?:cdktf|constructs|@cdktf\/[^'"]+)(?:\/[^'"]*)?['"]/;
    expect(files.filter((file) => forbidden.test(readFileSync(join(root, file), 'utf8')))).toEqual([]);
  });
});
