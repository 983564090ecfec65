import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { App } from 'cdktf';
import { parse } from 'yaml';
import { explainParseError, numberFlag, runCli } from '../src/cli/usage-error';
import { parseTopology, resolveAll, TopologyError } from '../src/topology';
import { addInstallationStack } from '../stacks/installation-stack';

const OPTIONS = { installations: { type: 'string' }, containers: { type: 'string' } } as const;

/** The fleet with another container target; the night-time fleet shrinks with it, never above the day-time one. */
function resized<B extends { schedule?: { offHoursContainers?: number } }>(builders: B, containers: number): B {
  const schedule = builders.schedule && { ...builders.schedule, offHoursContainers: Math.min(builders.schedule.offHoursContainers ?? 0, containers) };
  return { ...builders, containers, ...(schedule ? { schedule } : {}) };
}

/**
 * The benchmark's app: N installations of the default topology (named ci-01, ci-02 ... with domains to match), each
 * on every cloud it selects, in one CDKTF app, with stack ids `<name>-<cloud>`; optionally with another builder
 * fleet size. Synthesizes into CDKTF_OUTDIR (default cdktf.out).
 */
function main(): number {
  let values;
  try {
    ({ values } = parseArgs({ options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw explainParseError(error, Object.keys(OPTIONS));
  }
  const count = numberFlag('installations', values.installations, { min: 1, max: 100, integer: true }) ?? 1;
  const containers = numberFlag('containers', values.containers, { min: 1, max: 100000, integer: true });
  const base = parse(readFileSync(join(__dirname, '../topology.yaml'), 'utf8')) as {
    name: string;
    dns: { zone: string };
    builders: { schedule?: { offHoursContainers?: number } };
  };
  const app = new App();
  for (let i = 1; i <= count; i++) {
    const name = `${base.name}-${String(i).padStart(2, '0')}`;
    const builders = containers === undefined ? base.builders : resized(base.builders, containers);
    const spec = parseTopology({ ...base, name, domain: `${name}.${base.dns.zone}`, builders });
    for (const topology of resolveAll(spec)) addInstallationStack(app, topology, `${name}-${topology.cloud}`);
  }
  app.synth();
  return 0;
}

runCli('bench', main, (error) => (error instanceof TopologyError ? error.report() : undefined));
