import { runTs } from '../helpers/run';

describe('npm run size', () => {
  it('GIVEN --containers 40 --json THEN one entry per cloud with pools, containers and hourly cost', () => {
    const run = runTs('src/cli/size.ts', ['--containers', '40', '--json']);
    expect(run.status).toBe(0);
    const fleets = JSON.parse(run.stdout) as { cloud: string; region: string; pools: { containersPerBuilder: number; builders: number; hourlyUsd: number }[]; containers: number; hourlyUsd: number }[];
    expect(fleets.map((f) => f.cloud)).toEqual(['aws', 'gcp', 'azure']);
    for (const fleet of fleets) {
      expect(fleet.containers).toBeGreaterThanOrEqual(40);
      expect(fleet.pools[0].containersPerBuilder * fleet.pools[0].builders).toBe(fleet.containers);
      expect(fleet.hourlyUsd).toBeCloseTo(fleet.pools[0].hourlyUsd, 9);
    }
  });

  it('GIVEN a machine shape THEN it prints the containers that shape runs', () => {
    const run = runTs('src/cli/size.ts', ['--vcpus', '16', '--memory-gib', '30', '--json']);
    expect(JSON.parse(run.stdout)).toEqual({ containersPerBuilder: 6 });
  });

  it.each([
    [['--containers', '0'], /--containers "0": must be a whole number from 1 to 100000/],
    [['--containers', '4', '--cloud', 'ibm'], /--cloud "ibm": must be one of aws, gcp, azure/],
    [['--frobnicate'], /--frobnicate: unknown option \(allowed: --containers/],
    [['--vcpus', '16'], /--vcpus and --memory-gib go together/],
  ])('GIVEN bad flags %p THEN one clear line and exit 2', (args, message) => {
    const run = runTs('src/cli/size.ts', args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('npm run size: spot and what the figures leave out', () => {
  it('GIVEN 40 containers WHEN sized THEN GCP has a spot estimate from its catalog, the others say they have no spot price, and what is not counted is listed', () => {
    const run = runTs('src/cli/size.ts', ['--containers', '40']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('| All spot per hour (estimate) |');
    expect(run.stdout).toMatch(/^\| gcp .*\| \$\d+\.\d{4} +\|$/m);
    expect(run.stdout).toMatch(/^\| aws .*\| no spot price +\|$/m);
    expect(run.stdout).toContain('Not counted: disks, snapshots and backups, public addresses, NAT');
    const json = JSON.parse(runTs('src/cli/size.ts', ['--containers', '40', '--cloud', 'gcp', '--json']).stdout) as { spotHourlyUsdEstimate?: number; hourlyUsd: number; notCounted: string[] }[];
    expect(json[0].spotHourlyUsdEstimate).toBeLessThan(json[0].hourlyUsd);
    expect(json[0].notCounted).toContain('NAT');
  });
});
