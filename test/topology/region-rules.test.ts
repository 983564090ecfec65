import { resolvedFor } from '../helpers/topology';
import { issuesOf, topologySpec } from '../helpers/topology';
import { findInstanceType } from '../../src/catalog';

describe('Regions, zones and the types a region offers', () => {
  test('GIVEN region names no cloud has WHEN validated THEN each is refused at its own field with examples of known ones', () => {
    const issues = issuesOf({ aws: { region: 'us-moon-1' }, gcp: { region: 'us-central9' }, azure: { location: 'mars' } });
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
    expect(byPath['aws.region']).toMatch(/is not one of the AWS regions the kit knows \(34: af-south-1, /);
    expect(byPath['gcp.region']).toMatch(/is not one of the GCP regions the kit knows/);
    expect(byPath['azure.location']).toMatch(/is not one of the Azure locations the kit knows/);
  });

  test('GIVEN a GCP region that does not offer the pinned family WHEN validated THEN the pin is refused, naming the family and region', () => {
    const [issue] = issuesOf({ clouds: ['gcp'], aws: undefined, azure: undefined, builders: { arch: 'arm64', install: { method: 'none' } }, gcp: { region: 'europe-west1', builders: { instanceType: 't2a-standard-8' } } });
    expect(issue.path).toBe('gcp.builders.instanceType');
    expect(issue.message).toMatch(/is a t2a-standard type, a family europe-west1 does not offer/);
  });

  test('GIVEN arm64 builders in europe-west1 WHEN sized THEN the kit chooses among the families offered there, never t2a', () => {
    const topology = resolvedFor('gcp', { builders: { arch: 'arm64', install: { method: 'none' } }, gcp: { region: 'europe-west1' } });
    const type = findInstanceType('gcp', topology.builders.instanceType);
    expect(type?.arch).toBe('arm64');
    expect(type?.family).not.toBe('t2a-standard');
    const inCentral = resolvedFor('gcp', { builders: { arch: 'arm64', install: { method: 'none' } } });
    expect(findInstanceType('gcp', inCentral.builders.instanceType)?.arch).toBe('arm64');
  });

  test('GIVEN more AWS zones than the region has WHEN validated THEN availabilityZones is refused', () => {
    const [issue] = issuesOf({ aws: { region: 'us-west-1', network: { availabilityZones: 3 } } });
    expect(issue.path).toBe('aws.network.availabilityZones');
    expect(issue.message).toMatch(/more than the 2 availability zones of us-west-1/);
  });

  test('GIVEN an Azure location without zones WHEN zones are left out THEN none are used; WHEN zones are named THEN they are refused', () => {
    expect(topologySpec({ azure: { location: 'westus' } }).azure?.zones).toBeUndefined();
    expect(resolvedFor('azure', { azure: { location: 'westus' } }).region).toBe('westus');
    const [issue] = issuesOf({ azure: { location: 'westus', zones: ['1'] } });
    expect(issue.path).toBe('azure.zones[0]');
    expect(issue.message).toMatch(/westus: it has no availability zones; set azure.zones: \[\]/);
  });
});

describe('arm64 builders and CircleCI’s own builder install', () => {
  test('GIVEN arm64 builders with the documented install WHEN validated THEN it is refused: CircleCI’s builder is x86_64 only', () => {
    const [issue] = issuesOf({ builders: { arch: 'arm64' } });
    expect(issue.path).toBe('builders.install.method');
    expect(issue.message).toMatch(/x86_64 only\) while builders.arch is arm64: give commands of your own .* or none/);
  });

  test('GIVEN arm64 builders with commands of the operator’s own WHEN validated THEN they are accepted', () => {
    expect(topologySpec({ builders: { arch: 'arm64', install: { method: 'commands', commands: ['/opt/arm64-builder/install.sh'] } } }).builders.arch).toBe('arm64');
  });
});
