import { resolveAll, TopologyError } from '../../src/topology';
import { resolvedFor, topologySpec } from '../helpers/topology';

describe('resolveTopology', () => {
  it('GIVEN 120 daily active users THEN the services box meets the 50-250 tier (12 vCPU / 64 GiB / 200 GiB)', () => {
    for (const cloud of ['aws', 'gcp', 'azure'] as const) {
      const box = resolvedFor(cloud).servicesBox;
      expect(box.vcpus).toBeGreaterThanOrEqual(12);
      expect(box.memoryGiB).toBeGreaterThanOrEqual(64);
      expect(box.diskGiB).toBe(200);
    }
    expect(resolvedFor('aws').servicesBox.instanceType).toBe('m5.4xlarge');
  });

  it('GIVEN a pinned services box type THEN it is used as given', () => {
    expect(resolvedFor('aws', { aws: { servicesBox: { instanceType: 'r6i.2xlarge' } } }).servicesBox.instanceType).toBe('r6i.2xlarge');
  });

  it('GIVEN an explicit shape and a pinned type too small for it THEN the pinned type is refused with both shapes', () => {
    const patch = { servicesBox: { dailyActiveUsers: undefined, vcpus: 32, memoryGiB: 128 }, aws: { servicesBox: { instanceType: 'm5.2xlarge' } } };
    expect(() => resolvedFor('aws', patch)).toThrow(/aws\.servicesBox\.instanceType = "m5\.2xlarge": has 8 vCPU \/ 32 GiB, less than servicesBox asks \(32 vCPU \/ 128 GiB\)/);
  });

  it('GIVEN a pinned type the catalog lacks THEN the error names the cloud field', () => {
    expect(() => resolvedFor('aws', { aws: { servicesBox: { instanceType: 'x9.huge' } } })).toThrow(/aws\.servicesBox\.instanceType.*not in the kit's aws catalog/);
  });

  it('GIVEN a schedule THEN builders scale between off-hours and working-hours counts and the monthly cost reflects it', () => {
    const b = resolvedFor('gcp').builders;
    expect(b.schedule).toMatchObject({ workingBuilders: 3, offHoursBuilders: 2, timezone: 'America/New_York' });
    expect([b.min, b.desired, b.max]).toEqual([2, 3, 3]);
    expect(b.monthlyUsd).toBeLessThan(b.plan.monthlyUsd);
    expect(b.monthlyUsd).toBeGreaterThan(b.plan.monthlyUsd / 2);
  });

  it('GIVEN a container no catalog type can hold THEN every cloud reports it with the field to change', () => {
    try {
      resolveAll(topologySpec({ builders: { container: { cpus: 100, memoryGiB: 4 } } }), 'big.yaml');
      throw new Error('expected a TopologyError');
    } catch (error) {
      expect(error).toBeInstanceOf(TopologyError);
      const issues = (error as TopologyError).issues;
      expect(issues).toHaveLength(3);
      expect(issues.every((i) => i.path === 'builders.container')).toBe(true);
      expect(issues.map((i) => i.message).join()).toMatch(/on aws.*on gcp.*on azure/s);
    }
  });

  it('GIVEN spot THEN the alternatives run as many containers as the chosen type', () => {
    const b = resolvedFor('aws').builders;
    expect(b.spot?.alternatives.length).toBeGreaterThan(0);
    expect(b.spot?.onDemandBase).toBe(1);
  });

  it('GIVEN GitHub Enterprise Server THEN it is the github peer both ways', () => {
    const peer = resolvedFor('gcp', { network: { github: { enterpriseServer: '198.51.100.5/32' } } }).firewall.peers.github;
    expect(peer.ingressCidrs).toEqual(['198.51.100.5/32']);
    expect(peer.egressCidrs).toEqual(['198.51.100.5/32']);
  });

  it('GIVEN variable secrets THEN each cloud gets the variable; GIVEN existing secrets THEN each cloud gets its own id', () => {
    expect(resolvedFor('aws').github.clientSecret).toEqual({ kind: 'variable', variable: 'github_client_secret', version: 1 });
    expect(resolvedFor('gcp', { github: { clientSecret: { variable: 'github_client_secret', version: 3 } } }).github.clientSecret).toMatchObject({ version: 3 });
    const existing = {
      aws: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:gh-AbCdEf',
      gcp: 'projects/p/secrets/gh',
      azure: 'https://kv-ci.vault.azure.net/secrets/gh',
    };
    expect(resolvedFor('azure', { github: { clientSecret: { variable: undefined, existing } } }).github.clientSecret).toEqual({ kind: 'existing', id: existing.azure });
  });

  it('GIVEN the domain ci.example.com THEN the record is "ci" in the zone example.com', () => {
    expect(resolvedFor('aws').dns).toMatchObject({ zone: 'example.com', recordName: 'ci' });
  });
});

describe('minBuilders with a working-hours schedule', () => {
  it('GIVEN minBuilders 2 and off-hours containers one builder holds WHEN resolved THEN two builders stay off hours: minBuilders holds whenever builders run', () => {
    const builders = resolvedFor('gcp', { builders: { minBuilders: 2, schedule: { offHoursContainers: 1 } } }).builders;
    expect(builders.schedule?.offHoursBuilders).toBe(2);
    expect(builders.min).toBe(2);
  });

  it('GIVEN offHoursContainers 0 WHEN resolved THEN the fleet scales to zero at night whatever minBuilders says', () => {
    const builders = resolvedFor('gcp', { builders: { minBuilders: 2, schedule: { offHoursContainers: 0 } } }).builders;
    expect(builders.schedule?.offHoursBuilders).toBe(0);
  });

  it('GIVEN a fixed count of 1 and a schedule WHEN resolved THEN the count is the floor, not the default minBuilders', () => {
    const builders = resolvedFor('aws', { builders: { containers: undefined, count: 1, schedule: { offHoursContainers: 1 } }, aws: { builders: { instanceType: 'c6i.4xlarge' } }, gcp: { builders: { instanceType: 'c3-standard-22' } }, azure: { builders: { instanceType: 'Standard_D16s_v5' } } }).builders;
    expect(builders.schedule?.offHoursBuilders).toBe(1);
  });
});
