import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownTable } from '../src/util/markdown';

const ROOT = join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const preload = join(__dirname, 'report-usage.cjs');
const register = join(__dirname, '..', 'scripts', 'register-ts.js');
const app = ['--require', register, join(__dirname, 'installations-app.ts')];

/** Builder fleets compared: synthesis must not grow with the fleet (one autoscaling group either way). */
const SMALL_FLEET = 1;
const LARGE_FLEET = 10000;
/** Installations in the one-app measurement, each on all three clouds. */
const INSTALLATIONS = 20;

interface Sample {
  /** Wall time of the whole process. */
  readonly ms: number;
  /** CPU time (user + system) of the process: the synthesis's own cost, even on a busy machine. */
  readonly cpuMs: number;
  /** Peak resident memory. */
  readonly maxRssMiB: number;
}

function measure(args: readonly string[], env: Record<string, string> = {}): Sample {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', preload, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`benchmark run failed (${args.join(' ')}):\n${run.stderr}`);
  const usage = /BENCH_USAGE (\{.*\})/.exec(run.stderr);
  if (!usage) throw new Error('the measured process did not report its memory');
  const reported = JSON.parse(usage[1]) as { maxRssKiB: number; cpuMs: number };
  return { ms, cpuMs: reported.cpuMs, maxRssMiB: reported.maxRssKiB / 1024 };
}

function median(samples: readonly Sample[]): Sample {
  const by = (key: keyof Sample) => [...samples].map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { ms: by('ms'), cpuMs: by('cpuMs'), maxRssMiB: by('maxRssMiB') };
}

function repeat(args: readonly string[], env: Record<string, string> = {}): Sample {
  measure(args, env); // warm the file cache and the module loader
  return median(Array.from({ length: RUNS }, () => measure(args, env)));
}

/**
 * Both fleets measured in alternation, so that a change in the machine's load falls on both alike, and in turn
 * first and second (ABBA), since whichever runs first in a pair was measured a few per cent slower.
 */
function alternate(first: readonly string[], second: readonly string[], env: Record<string, string>): [Sample, Sample] {
  measure(first, env);
  measure(second, env);
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let i = 0; i < 2 * RUNS; i++) {
    if (i % 2 === 0) {
      a.push(measure(first, env));
      b.push(measure(second, env));
    } else {
      b.push(measure(second, env));
      a.push(measure(first, env));
    }
  }
  return [median(a), median(b)];
}

const row = (what: string, s: Sample, vs: string) => [what, s.ms.toFixed(0), s.cpuMs.toFixed(0), s.maxRssMiB.toFixed(0), vs];
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

const outdir = mkdtempSync(join(tmpdir(), 'bench-'));
const manyOutdir = mkdtempSync(join(tmpdir(), 'bench-many-'));
try {
  const env = { CDKTF_OUTDIR: outdir };
  const floor = repeat(['-e', 'require("cdktf")']);
  const synth = repeat(['--require', register, 'main.ts'], env);
  // A first run, as after `npm ci` or an upgrade: it transpiles, resolves and compiles everything and fills the caches.
  const cold = median(
    Array.from({ length: RUNS }, () => {
      const caches = mkdtempSync(join(tmpdir(), 'bench-caches-'));
      try {
        return measure(['--require', register, 'main.ts'], { ...env, KIT_CACHE_DIR: caches });
      } finally {
        rmSync(caches, { recursive: true, force: true });
      }
    }),
  );
  const [small, large] = alternate([...app, '--containers', String(SMALL_FLEET)], [...app, '--containers', String(LARGE_FLEET)], env);
  const many = measure([...app, '--installations', String(INSTALLATIONS)], { CDKTF_OUTDIR: manyOutdir });
  const stacks = readdirSync(join(manyOutdir, 'stacks')).length;

  const ratio = synth.ms / floor.ms;
  // Judged on CPU time: the fleets differ only in numbers, and wall time on a shared machine mostly measures the others.
  const fleetDifference = Math.abs(large.cpuMs - small.cpuMs) / Math.min(large.cpuMs, small.cpuMs);
  const rows = [
    row('floor: node -e \'require("cdktf")\'', floor, '1.00x'),
    row('synth aws + gcp + azure (app process)', synth, `${ratio.toFixed(2)}x`),
    row('the same, first run (empty caches)', cold, `${(cold.ms / floor.ms).toFixed(2)}x`),
    row(`fleet of ${SMALL_FLEET} container, 3 clouds`, small, `${(small.ms / floor.ms).toFixed(2)}x`),
    row(`fleet of ${LARGE_FLEET.toLocaleString('en-US')} containers, 3 clouds`, large, `${(large.ms / floor.ms).toFixed(2)}x`),
    row(`${INSTALLATIONS} installations x 3 clouds in one app (${stacks} stacks, one run)`, many, `${(many.ms / floor.ms).toFixed(2)}x`),
  ];
  process.stdout.write(`Median of ${RUNS} runs each (the fleets ${2 * RUNS}, in ABBA order), after one warm-up, unless marked\n\n${markdownTable(['What', 'Wall ms', 'CPU ms', 'Peak RSS MiB', 'Wall vs floor'], rows)}\n\n`);
  process.stdout.write(
    `Target: synth within 3x of the floor (every synth after the first; the first run is shown above): ${verdict(ratio <= 3)} (${ratio.toFixed(2)}x)\n`,
  );
  process.stdout.write(
    `Target: fleets of ${SMALL_FLEET} and ${LARGE_FLEET.toLocaleString('en-US')} containers synthesize within 10% of each other (CPU time): ${verdict(fleetDifference < 0.1)} ` +
      `(${small.cpuMs.toFixed(0)} ms vs ${large.cpuMs.toFixed(0)} ms, ${(fleetDifference * 100).toFixed(1)}% apart; wall ${small.ms.toFixed(0)} ms vs ${large.ms.toFixed(0)} ms)\n`,
  );
  process.stdout.write(
    `${INSTALLATIONS} installations x 3 clouds in one app: ${(many.ms / 1000).toFixed(1)} s wall, ${(many.cpuMs / 1000).toFixed(1)} s CPU, ` +
      `${(many.cpuMs / stacks).toFixed(0)} ms CPU per stack, peak ${many.maxRssMiB.toFixed(0)} MiB\n`,
  );
} finally {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(manyOutdir, { recursive: true, force: true });
}
