import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLOUDS, type Cloud } from '../../src/cloud';
import type { TerraformJson } from '../helpers/synth';
import { defaultTopologyData, merge } from '../helpers/topology';
import { synthData } from '../lint/synth-topology';
import { addressesOf, servicesBoxResources } from './address-sets';

// Both concerns in one file: every test file loads cdktf and the providers' classes anew, which costs more than a stack.

type Data = Record<string, any>;
type Stacks = Partial<Record<Cloud, TerraformJson>>;

const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every option on: firewall.add rules, named peers, several ranges of each kind, tags. */
const BASE = join(__dirname, '../fixtures/topologies/all-options.yaml');

const reversedKeys = (record: Data): Data => Object.fromEntries(Object.entries(record).reverse());

/** The same topology written in another order: rules, ports, ranges, peers and clouds reversed, mappings' keys too. */
function reordered(data: Data): Data {
  const copy = copyOf(data);
  copy.clouds.reverse();
  copy.tags = reversedKeys(copy.tags);
  copy.network.administrators.reverse();
  copy.network.endUsers.reverse();
  copy.network.peers = Object.fromEntries(Object.entries(copy.network.peers as Data).reverse().map(([name, cidrs]) => [name, [...(cidrs as string[])].reverse()]));
  copy.firewall.add = [...copy.firewall.add].reverse().map((rule: Data) => ({ ...rule, ports: [...rule.ports].reverse() }));
  copy.firewall.remove.reverse();
  return copy;
}

describe('Terraform addresses do not depend on the order of the topology file', () => {
  const data = parse(readFileSync(BASE, 'utf8')) as Data;
  let original: Stacks;
  let shuffled: Stacks;

  beforeAll(() => {
    original = synthData(data);
    shuffled = synthData(reordered(data));
  });

  it('GIVEN the reordered file WHEN compared with the original THEN it really is in another order', () => {
    const changed = reordered(data);
    expect(changed.clouds).not.toEqual(data.clouds);
    expect(Object.keys(changed.network.peers)).not.toEqual(Object.keys(data.network.peers));
    expect(changed.firewall.add.map((r: Data) => r.name)).not.toEqual(data.firewall.add.map((r: Data) => r.name));
    expect(changed.network.administrators).not.toEqual(data.network.administrators);
    expect(Object.keys(changed.tags)).not.toEqual(Object.keys(data.tags));
  });

  it.each(CLOUDS)('GIVEN rules, ranges, peers, clouds and tags reordered WHEN %s is synthesized THEN every address is the same', (cloud) => {
    const before = addressesOf(original[cloud]!);
    expect(before.length).toBeGreaterThan(40);
    expect(addressesOf(shuffled[cloud]!)).toEqual(before);
  });
});

/**
 * Builder fleets unlike the default's (40 containers of 2 CPUs / 4 GiB, spot with one on-demand builder, a
 * working-hours schedule), each changing several things at once to keep the synthesis count down: between them
 * they change the container target, count and pinned type, spot on/off, schedule on/off and the container shape.
 */
const FLEETS: Readonly<Record<string, Record<string, unknown>>> = {
  'a fixed count of pinned types, spot and schedule off, larger containers': {
    builders: { containers: undefined, count: 3, spot: undefined, schedule: undefined, container: { cpus: 4, memoryGiB: 8 } },
    aws: { builders: { instanceType: 'c6i.4xlarge' } },
    gcp: { builders: { instanceType: 'n2-standard-16' } },
    azure: { builders: { instanceType: 'Standard_D16s_v5' } },
  },
  '10,000 small containers, another spot base and schedule': {
    builders: { containers: 10000, container: { cpus: 1, memoryGiB: 2 }, spot: { enabled: true, onDemandBase: 5 }, schedule: { timezone: 'UTC', offHoursContainers: 0 } },
  },
};

const MIGRATION = [
  'Terraform would destroy these services box resources (the box, its disk, its addresses, its DNS record or its',
  'backups) and create new ones: all data lost. If the move is intended, add a moved block to the adapter (on the',
  'resource at its new place, resource.moveFromId("<old address>")), record it under "moved" in',
  'test/fixtures/addresses/services-box-<cloud>.json, update "addresses" there, and describe it in README "Upgrading".',
].join('\n');

/** A move of one address to another, as Terraform's `moved` block and the fixture record it. */
interface Move {
  readonly from: string;
  readonly to: string;
}

/** The committed addresses of a cloud's services box, and the moves that must keep their moved blocks. */
function pinned(cloud: Cloud): { addresses: string[]; moved: Move[] } {
  return JSON.parse(readFileSync(join(__dirname, '../fixtures/addresses', `services-box-${cloud}.json`), 'utf8')) as { addresses: string[]; moved: Move[] };
}

/** What is wrong with a stack's services box addresses against the committed list, in words; empty when nothing. */
function addressDrift(cloud: Cloud, json: TerraformJson): string {
  const actual = Object.keys(servicesBoxResources(cloud, json));
  const committed = pinned(cloud);
  const moves = (json.moved ?? []) as Move[];
  const gone = committed.addresses.filter((a) => !actual.includes(a));
  const added = actual.filter((a) => !committed.addresses.includes(a));
  const unmigrated = gone.filter((a) => !moves.some((m) => m.from === a && actual.includes(m.to)));
  const dropped = committed.moved.filter((m) => !moves.some((x) => x.from === m.from && x.to === m.to));
  if (unmigrated.length > 0) return `${MIGRATION}\n\n${cloud}: gone without a moved block: ${unmigrated.join(', ')}\n${cloud}: new: ${added.join(', ') || 'none'}`;
  if (gone.length > 0 || added.length > 0) return `${cloud}: the moved blocks are there; record the moves under "moved" and update "addresses" in the fixture (gone: ${gone.join(', ') || 'none'}; new: ${added.join(', ') || 'none'})`;
  if (dropped.length > 0) return `${cloud}: recorded moves no longer synthesized; an installation not yet upgraded would lose these resources: ${dropped.map((m) => `${m.from} -> ${m.to}`).join(', ')}`;
  return '';
}

describe('the services box keeps its Terraform addresses', () => {
  let base: Stacks;
  const variants: Record<string, Stacks> = {};

  beforeAll(() => {
    base = synthData(defaultTopologyData());
    for (const [name, patch] of Object.entries(FLEETS)) variants[name] = synthData(merge(defaultTopologyData(), patch));
  });

  it.each(CLOUDS)('GIVEN the default topology WHEN %s is synthesized THEN the services box addresses are the committed ones, moves kept', (cloud) => {
    const drift = addressDrift(cloud, base[cloud]!);
    if (drift) throw new Error(drift);
  });

  it('GIVEN a services box address changed WHEN checked THEN it fails without a moved block, and asks for the record with one', () => {
    const json = copyOf(base.aws!);
    const [type, name] = pinned('aws').addresses.find((a) => a.startsWith('aws_instance.'))!.split('.');
    json.resource![type] = { renamed: json.resource![type][name] };
    expect(addressDrift('aws', json)).toMatch(/^Terraform would destroy[\s\S]*gone without a moved block: aws_instance\./);
    expect(addressDrift('aws', { ...json, moved: [{ from: `${type}.${name}`, to: `${type}.renamed` }] })).toMatch(/record the moves under "moved"/);
  });

  describe.each(Object.keys(FLEETS))('GIVEN a builder fleet with %s', (fleet) => {
    it.each(CLOUDS)('WHEN %s is synthesized THEN the services box, disks, addresses, DNS record and backups are unchanged, addresses and attributes', (cloud) => {
      const before = servicesBoxResources(cloud, base[cloud]!);
      const after = servicesBoxResources(cloud, variants[fleet][cloud]!);
      expect(Object.keys(before).length).toBeGreaterThanOrEqual(5);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      // Nothing of the fleet legitimately belongs to these resources: every attribute stays as it was.
      expect(after).toEqual(before);
    });

    it('THEN the fleet itself did change', () => {
      const fleetOf = (json: TerraformJson) => JSON.stringify(Object.entries(json.resource ?? {}).filter(([type]) => /autoscaling|launch_template|instance_template|group_manager|scale_set/.test(type)));
      for (const cloud of CLOUDS) expect(fleetOf(variants[fleet][cloud]!)).not.toEqual(fleetOf(base[cloud]!));
    });
  });
});
