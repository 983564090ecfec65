import { ARCHITECTURES, CLOUDS } from '../cloud';
import { compareClouds, containersPerBuilder, NOT_COUNTED, NOT_COUNTED_NOTE, type CloudFleet, type FleetRequest } from '../sizing';
import { markdownTable } from '../util/markdown';
import { choiceFlag, parseFlags, numberFlag, runCli, UsageError } from './usage-error';

const OPTIONS = {
  containers: { type: 'string' },
  cloud: { type: 'string' },
  arch: { type: 'string' },
  'min-builders': { type: 'string' },
  'max-builder-vcpus': { type: 'string' },
  'container-cpus': { type: 'string' },
  'container-memory-gib': { type: 'string' },
  'reserve-cpus': { type: 'string' },
  'reserve-memory-gib': { type: 'string' },
  vcpus: { type: 'string' },
  'memory-gib': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

const USAGE = `Usage:
  npm run --silent size -- --containers N [--cloud aws|gcp|azure] [--arch x86_64|arm64] [--min-builders N]
                           [--max-builder-vcpus N] [--container-cpus N --container-memory-gib N]
                           [--reserve-cpus N --reserve-memory-gib N] [--json]
  npm run --silent size -- --vcpus N --memory-gib N [--json]     containers one machine of that shape runs`;

function money(usd: number): string {
  return `$${usd.toFixed(usd < 10 ? 4 : 2)}`;
}

function table(fleets: readonly CloudFleet[]): string {
  const rows = fleets.map((f) => {
    if ('error' in f) return [f.cloud, '-', '-', '-', '-', '-', '-', f.error];
    const p = f.plan;
    const pool = p.pools[0];
    return [f.cloud, p.region, `${pool.instanceType} (${pool.vcpus} vCPU, ${pool.memoryGiB} GiB)`, String(pool.containersPerBuilder), String(p.builders), String(p.containers), money(p.hourlyUsd), `${money(p.monthlyUsd)} (stranded: ${p.strandedVcpus} vCPU, ${p.strandedMemoryGiB} GiB)`, pool.spotHourlyUsd === undefined ? 'no spot price' : money(pool.spotHourlyUsd)];
  });
  const table = markdownTable(['Cloud', 'Region', 'Instance type', 'Containers/builder', 'Builders', 'Containers', 'Per hour', 'Per month (730 h)', 'All spot per hour (estimate)'], rows);
  return `${table}\n\nOn-demand prices; the spot column is an estimate from the catalog's spot prices, which move. ${NOT_COUNTED_NOTE}`;
}

function asJson(fleets: readonly CloudFleet[]): unknown[] {
  return fleets.map((f) =>
    'error' in f
      ? { cloud: f.cloud, error: f.error }
      : {
          cloud: f.cloud,
          region: f.plan.region,
          pools: f.plan.pools.map((p) => ({ instanceType: p.instanceType, vcpus: p.vcpus, memoryGiB: p.memoryGiB, containersPerBuilder: p.containersPerBuilder, builders: p.builders, hourlyUsd: p.hourlyUsd })),
          containers: f.plan.containers,
          hourlyUsd: f.plan.hourlyUsd,
          ...(f.plan.pools.every((p) => p.spotHourlyUsd !== undefined) ? { spotHourlyUsdEstimate: f.plan.pools.reduce((sum, p) => sum + (p.spotHourlyUsd ?? 0), 0) } : {}),
          monthlyUsd: f.plan.monthlyUsd,
          strandedVcpus: f.plan.strandedVcpus,
          strandedMemoryGiB: f.plan.strandedMemoryGiB,
          priceSource: f.plan.priceSource,
          notCounted: NOT_COUNTED,
        },
  );
}

function main(): number {
  const values = parseFlags(OPTIONS);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const container = {
    cpus: numberFlag('container-cpus', values['container-cpus'], { min: 0.5, max: 128 }) ?? 2,
    memoryGiB: numberFlag('container-memory-gib', values['container-memory-gib'], { min: 0.25, max: 4096 }) ?? 4,
  };
  const reserve = {
    cpus: numberFlag('reserve-cpus', values['reserve-cpus'], { min: 0, max: 448 }) ?? 2,
    memoryGiB: numberFlag('reserve-memory-gib', values['reserve-memory-gib'], { min: 0, max: 12288 }) ?? 4,
  };
  const vcpus = numberFlag('vcpus', values.vcpus, { min: 1, max: 448, integer: true });
  const memoryGiB = numberFlag('memory-gib', values['memory-gib'], { min: 0.25, max: 12288 });
  if (vcpus !== undefined || memoryGiB !== undefined) {
    if (vcpus === undefined || memoryGiB === undefined) throw new UsageError('--vcpus and --memory-gib go together: give both');
    if (values.containers !== undefined) throw new UsageError('--containers cannot be combined with --vcpus / --memory-gib');
    const n = containersPerBuilder({ cpus: vcpus, memoryGiB }, container, reserve);
    process.stdout.write(values.json ? `${JSON.stringify({ containersPerBuilder: n })}\n` : `A ${vcpus} vCPU / ${memoryGiB} GiB builder runs ${n} container(s) of ${container.cpus} CPU / ${container.memoryGiB} GiB after a ${reserve.cpus} vCPU / ${reserve.memoryGiB} GiB reserve.\n`);
    return 0;
  }
  const containers = numberFlag('containers', values.containers, { min: 1, max: 100000, integer: true });
  if (containers === undefined) throw new UsageError(`--containers is required\n${USAGE}`);
  const cloud = choiceFlag('cloud', values.cloud, CLOUDS);
  const request: FleetRequest = {
    containers,
    container,
    reserve,
    arch: choiceFlag('arch', values.arch, ARCHITECTURES) ?? 'x86_64',
    minBuilders: numberFlag('min-builders', values['min-builders'], { min: 1, max: 1000, integer: true }) ?? 2,
    maxBuilderVcpus: numberFlag('max-builder-vcpus', values['max-builder-vcpus'], { min: 1, max: 448, integer: true }) ?? 64,
  };
  const fleets = compareClouds(request, cloud ? [cloud] : CLOUDS);
  process.stdout.write(values.json ? `${JSON.stringify(asJson(fleets), null, 2)}\n` : `${table(fleets)}\n`);
  return fleets.every((f) => 'error' in f) ? 2 : 0;
}

runCli('size', main);
