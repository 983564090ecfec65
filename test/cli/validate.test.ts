import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installationSummary } from '../../src/cli/installation-summary';
import { loadTopologyFile, resolveAll, resolveTopology } from '../../src/topology';
import { ROOT, runTs } from '../helpers/run';
import { topologySpec } from '../helpers/topology';
import { RESTORE_FROM } from '../helpers/restore';

const STAGING = join(ROOT, 'examples/topologies/staging.yaml');
const PRODUCTION = join(ROOT, 'examples/topologies/production.yaml');

function summaryOf(file: string): string {
  return installationSummary(resolveAll(loadTopologyFile(file), file), file);
}

describe('npm run validate: the summary of a valid topology', () => {
  it('GIVEN the default topology THEN one block per cloud with box, builders, scaling, DNS, certificate, rules and cost', () => {
    const file = join(ROOT, 'topology.yaml');
    const installations = resolveAll(loadTopologyFile(file), file);
    const summary = installationSummary(installations, 'topology.yaml');
    expect(summary.split('\n')[0]).toBe('topology.yaml: valid. Installation ci at ci.example.com on aws, gcp, azure');
    expect(summary.split('\n').length).toBeLessThanOrEqual(45);
    for (const t of installations) {
      const block = summary.split('\n\n').find((b) => b.startsWith(`${t.cloud} (${t.region})`));
      expect(block).toBeDefined();
      const box = t.servicesBox;
      const b = t.builders;
      expect(block).toContain(`services box  ${box.instanceType}: ${box.vcpus} vCPU, ${box.memoryGiB} GiB, ${box.diskGiB} GiB data disk\n`);
      expect(block).not.toContain('restore');
      expect(block).toContain(`builders      ${b.instanceType} x ${b.desired}: ${b.containersPerBuilder} containers each, ${b.plan.containers} in all (target ${b.plan.target})`);
      const s = b.schedule!;
      // Azure keeps the builders the schedule scales off spot (3 in working hours, 2 off hours, 1 on-demand base):
      // only the builder kept day and night above the base is spot.
      const priorities = t.cloud === 'azure' ? '2 on-demand + 1 spot (the schedule scales on-demand only: Azure cannot drain spot)' : `spot, ${b.spot?.onDemandBase} on-demand`;
      expect(block).toContain(`scaling       ${priorities}; MON-FRI ${s.start}-${s.end} ${s.timezone}: ${s.workingBuilders} builders, ${s.offHoursBuilders} off hours`);
      expect(block).toContain('DNS           ci.example.com in existing zone example.com');
      expect(block).toContain('certificate   provided (key var.tls_private_key, chain var.tls_certificate_chain)');
      expect(block).toContain(`firewall      ${t.firewall.rules.length} rules`);
      expect(block).toContain('  not counted   disks, snapshots and backups, public addresses, NAT, DNS zones, secret stores, data transfer');
      expect(block).toMatch(/\n {2}spot {10}(estimate \$[\d,.]+ per hour for the builders, \d+ of them at the catalog's spot price \(spot prices move\)|no spot price in the catalog for \S+: builders priced on-demand above)\n/);
      const hourly = box.hourlyUsd + b.plan.hourlyUsd;
      expect(block).toContain(`per hour      $${hourly.toFixed(2)} with every builder up (on-demand prices of ${b.plan.region})`);
      const boxMonthly = box.hourlyUsd * 730;
      const money = (n: number) => `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
      expect(block).toContain(`per month     ${money(boxMonthly + b.monthlyUsd)}: services box ${money(boxMonthly)} + builders ${money(b.monthlyUsd)} (fewer off hours)`);
    }
  });

  it('GIVEN servicesBox.restoreFrom THEN each cloud says its data disk is made from its backup, and what to do after', () => {
    const installations = resolveAll(topologySpec({ servicesBox: { restoreFrom: RESTORE_FROM } }), 'x.yaml');
    const summary = installationSummary(installations, 'x.yaml');
    for (const cloud of ['aws', 'gcp', 'azure'] as const) {
      const block = summary.split('\n\n').find((b) => b.startsWith(`${cloud} (`))!;
      expect(block).toContain(`\n  restore       the data disk is made from ${RESTORE_FROM[cloud]}; an existing data disk is replaced (see "Restore drill" in the README), then remove restoreFrom\n`);
    }
  });

  it('GIVEN a region outside the catalog, a fixed fleet, a self-signed certificate and a new zone THEN the summary says so', () => {
    const spec = topologySpec({
      clouds: ['aws'],
      aws: { region: 'eu-west-1', builders: { instanceType: 'c6i.4xlarge' } },
      builders: { containers: undefined, count: 3, spot: undefined, schedule: undefined },
      certificate: { mode: 'self-signed', validityDays: 45 },
      dns: { create: true },
    });
    const summary = installationSummary([resolveTopology(spec, 'aws')], 'x.yaml');
    expect(summary).toContain('aws (eu-west-1)');
    expect(summary).toContain('builders      c6i.4xlarge x 3: 7 containers each, 21 in all\n');
    expect(summary).toContain('scaling       on-demand; always 3 builders');
    expect(summary).toContain('certificate   self-signed, 45 days');
    expect(summary).toContain('in new zone example.com');
    expect(summary).toContain("on-demand prices of us-east-1, the catalog's region, not eu-west-1");
    expect(summary).not.toContain('fewer off hours');
    // The kit's tables say what eu-west-1 offers, so there is nothing to confirm.
    expect(summary).not.toContain('  offer ');
  });

  it('GIVEN a region whose offer the kit’s tables lack THEN the summary says the types are unchecked and how to check them', () => {
    const spec = topologySpec({ clouds: ['aws'], gcp: undefined, azure: undefined, aws: { region: 'us-west-1' } });
    const topology = resolveTopology(spec, 'aws');
    const summary = installationSummary([topology], 'x.yaml');
    expect(summary).toContain(
      `  offer         not in the kit's tables for us-west-1: confirm with aws ec2 describe-instance-type-offerings --region us-west-1 --filters Name=instance-type,Values=${topology.builders.instanceType} (and ${topology.servicesBox.instanceType})`,
    );
  });

  it('GIVEN Azure selected THEN the summary names the EncryptionAtHost feature registration the boxes need, with the exact command; other clouds have no such line', () => {
    const file = join(ROOT, 'topology.yaml');
    const blocks = summaryOf(file).split('\n\n');
    const azure = blocks.find((b) => b.startsWith('azure'))!;
    expect(azure).toContain('  before deploy the subscription feature Microsoft.Compute/EncryptionAtHost (the boxes encrypt at host): az feature register --namespace Microsoft.Compute --name EncryptionAtHost;');
    for (const block of blocks.filter((b) => !b.startsWith('azure'))) expect(block).not.toContain('before deploy');
  });

  it('GIVEN the staging and production examples THEN both validate: staging is a small throwaway on aws, production spans three clouds', () => {
    const staging = summaryOf(STAGING);
    expect(staging).toMatch(/Installation ci-staging at ci-staging\.example\.com \(throwaway\) on aws$/m);
    expect(staging).toContain('certificate   self-signed, 30 days');
    expect(staging).toMatch(/x 2: \d+ containers each/);
    expect(staging).toContain('unprotected');
    expect(summaryOf(PRODUCTION)).toMatch(/Installation ci at ci\.example\.com on aws, gcp, azure$/m);
  });

  it('GIVEN a topology with several problems THEN the command prints every one, exits 2 and prints no summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'name: Bad Name\ndomain: ci.example.com\nclouds: [aws, mars]\nbuilders: { containers: 0 }\n');
    const run = runTs('src/cli/validate.ts', ['--file', file]);
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^.*bad\.yaml: \d+ problems\n/);
    expect(run.stderr).toMatch(/- name = "Bad Name": must be 2-20 characters/);
    expect(run.stderr).toMatch(/- clouds\[1\] = "mars": must be one of: aws, gcp, azure/);
    expect(run.stderr).toMatch(/- builders\.containers = 0: must be at least 1/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run validate: what only an adapter can check', () => {
  it('GIVEN an Azure backup at 03:01 THEN validate refuses it as synth would, with the field named, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    const file = join(dir, 'azure-backup.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'topology.yaml'), 'utf8').replace('at: "03:00"', 'at: "03:01"'));
    const run = runTs('src/cli/validate.ts', ['--file', file], { cwd: dir });
    const written = readdirSync(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/servicesBox\.backup\.at = "03:01": must be on a multiple of 30 minutes past the hour on Azure/);
    expect(written).toEqual(['azure-backup.yaml']);
  });
});
