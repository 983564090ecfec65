import { catalogFor } from '../../src/catalog';
import type { InstanceCatalog, InstanceType } from '../../src/catalog/types';
import { compareClouds, containersPerBuilder, planFleet, SizingError } from '../../src/sizing';

const price = { source: 'test', asOf: '2026-01-01' };
function type(name: string, vcpus: number, memoryGiB: number, usd: number, extra: Partial<InstanceType> = {}): InstanceType {
  return { name, family: name.split('.')[0], category: 'general', arch: 'x86_64', vcpus, memoryGiB, onDemandHourlyUsd: usd, burstable: false, sharedCore: false, flex: false, price, ...extra };
}
const small: InstanceCatalog = {
  cloud: 'aws',
  region: 'test-1',
  types: [
    type('a.small', 4, 8, 0.17),
    type('a.medium', 8, 16, 0.34),
    type('a.large', 16, 32, 0.68),
    type('b.large', 16, 64, 0.7),
    type('c.big', 32, 64, 1.3),
    type('t.burst', 8, 32, 0.1, { burstable: true, category: 'burstable' }),
    type('g.arm', 16, 64, 0.5, { arch: 'arm64' }),
  ],
};

/**
 * The oracle, written from the README's rules and sharing no code with src/sizing (a shared comparison or filter would
 * agree with any mistake in it): the request's architecture, at most maxBuilderVcpus, no burstable, shared-core or flex
 * types; containers per builder = min(floor((vCPU - reserve) / container CPUs), floor((GiB - reserve) / container GiB));
 * every type at every count from minBuilders to a bound; the cheapest, ties to fewer builders, then to the type name.
 */
function exhaustive(catalog: InstanceCatalog, request: { containers: number; minBuilders?: number }): { name: string; builders: number; cost: number } {
  const better = (a: { name: string; builders: number; cost: number }, b: { name: string; builders: number; cost: number }): boolean => {
    const cents = (usd: number) => Math.round(usd * 1e6);
    if (cents(a.cost) !== cents(b.cost)) return cents(a.cost) < cents(b.cost);
    if (a.builders !== b.builders) return a.builders < b.builders;
    return a.name < b.name;
  };
  let best: { name: string; builders: number; cost: number } | undefined;
  for (const t of catalog.types) {
    if (t.arch !== 'x86_64' || t.vcpus > 64 || t.burstable || t.sharedCore || t.flex) continue;
    const per = Math.min(Math.floor((t.vcpus - 2) / 2), Math.floor((t.memoryGiB - 4) / 4));
    if (per < 1) continue;
    for (let n = request.minBuilders ?? 2; n <= 200; n++) {
      if (n * per < request.containers) continue;
      const option = { name: t.name, builders: n, cost: n * t.onDemandHourlyUsd };
      if (!best || better(option, best)) best = option;
    }
  }
  if (!best) throw new Error('no fleet');
  return best;
}

describe('fleet planning', () => {
  it('GIVEN every target from 1 to 120 and min builders 1-3 THEN the plan equals the exhaustive search', () => {
    for (let containers = 1; containers <= 120; containers++) {
      for (const minBuilders of [1, 2, 3]) {
        const request = { containers, minBuilders };
        const plan = planFleet(small, request);
        const oracle = exhaustive(small, request);
        expect([plan.pools[0].instanceType, plan.builders, plan.hourlyUsd]).toEqual([oracle.name, oracle.builders, Math.round(oracle.cost * 1e9) / 1e9]);
      }
    }
  });

  it('GIVEN 10 containers and minBuilders 2 on AWS THEN equal costs go to fewer builders: c6i.4xlarge x 2, not c6i.2xlarge x 4', () => {
    const aws = catalogFor('aws');
    const plan = planFleet(aws, { containers: 10, minBuilders: 2 });
    expect(exhaustive(aws, { containers: 10, minBuilders: 2 })).toMatchObject({ name: 'c6i.4xlarge', builders: 2 });
    expect([plan.pools[0].instanceType, plan.builders]).toEqual(['c6i.4xlarge', 2]);
  });

  it('GIVEN the real AWS catalog and targets 1-60 THEN the plan equals the exhaustive search', () => {
    const aws = catalogFor('aws');
    for (let containers = 1; containers <= 60; containers += 1) {
      const plan = planFleet(aws, { containers });
      const oracle = exhaustive(aws, { containers });
      expect([plan.pools[0].instanceType, plan.builders]).toEqual([oracle.name, oracle.builders]);
    }
  });

  it('GIVEN a target THEN the fleet provides at least that many containers with the stranded resources reported', () => {
    const plan = planFleet(small, { containers: 10 });
    expect(plan.containers).toBeGreaterThanOrEqual(10);
    expect(plan).toMatchObject({ basis: 'cheapest', target: 10, region: 'test-1' });
    const pool = plan.pools[0];
    expect(plan.strandedVcpus).toBe(plan.builders * (pool.vcpus - 2 - pool.containersPerBuilder * 2));
    expect(plan.monthlyUsd).toBeCloseTo(plan.hourlyUsd * 730, 6);
  });

  it('GIVEN burstable types THEN they are excluded unless allowed', () => {
    expect(planFleet(small, { containers: 3, minBuilders: 1 }).pools[0].instanceType).not.toBe('t.burst');
    expect(planFleet(small, { containers: 3, minBuilders: 1, allowBurstable: true }).pools[0].instanceType).toBe('t.burst');
  });

  it('GIVEN arm64 THEN only arm64 types are considered', () => {
    expect(planFleet(small, { containers: 7, minBuilders: 1, arch: 'arm64' }).pools[0].instanceType).toBe('g.arm');
  });

  it('GIVEN allowed and denied families THEN the choice respects them', () => {
    expect(planFleet(small, { containers: 7, minBuilders: 1, allowFamilies: ['b'] }).pools[0].instanceType).toBe('b.large');
    expect(planFleet(small, { containers: 7, minBuilders: 1, denyFamilies: ['a'] }).pools[0].instanceType).toBe('b.large');
  });

  it('GIVEN a fixed count and type THEN that fleet is reported the same way', () => {
    const plan = planFleet(catalogFor('aws'), { count: 4, instanceType: 'm6i.4xlarge' });
    expect(plan).toMatchObject({ basis: 'fixed-count', builders: 4, containers: 28, hourlyUsd: 3.072 });
  });

  it('GIVEN a container that fits nowhere THEN a SizingError explains it', () => {
    expect(() => planFleet(small, { containers: 1, container: { cpus: 64, memoryGiB: 4 } })).toThrow(SizingError);
    expect(() => planFleet(small, { containers: 1, maxBuilderVcpus: 2 })).toThrow(/no x86_64 type of at most 2 vCPU/);
  });

  it('GIVEN spot alternatives THEN they run as many containers per builder and are ranked by price', () => {
    const plan = planFleet(catalogFor('aws'), { containers: 40, alternatives: 5 });
    const per = plan.pools[0].containersPerBuilder;
    const alt = plan.alternatives.map((n) => catalogFor('aws').types.find((t) => t.name === n)!);
    expect(alt.every((t) => containersPerBuilder({ cpus: t.vcpus, memoryGiB: t.memoryGiB }) === per)).toBe(true);
    const prices = alt.map((t) => t.onDemandHourlyUsd);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('GIVEN the same request THEN every cloud is planned and compared', () => {
    const fleets = compareClouds({ containers: 40 });
    expect(fleets.map((f) => f.cloud)).toEqual(['aws', 'gcp', 'azure']);
    expect(fleets.every((f) => 'plan' in f && f.plan.containers >= 40)).toBe(true);
  });
});
