import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markdownTable } from '../src/util/markdown';

const ROOT = join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const preload = join(__dirname, 'report-usage.cjs');

interface Sample {
  readonly ms: number;
  readonly maxRssMiB: number;
}

function measure(args: readonly string[], env: Record<string, string> = {}): Sample {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', preload, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`benchmark run failed (${args.join(' ')}):\n${run.stderr}`);
  const usage = /BENCH_USAGE (\{.*\})/.exec(run.stderr);
  if (!usage) throw new Error('the measured process did not report its memory');
  return { ms, maxRssMiB: (JSON.parse(usage[1]) as { maxRssKiB: number }).maxRssKiB / 1024 };
}

function median(samples: readonly Sample[]): Sample {
  const by = (key: keyof Sample) => [...samples].map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  return { ms: by('ms'), maxRssMiB: by('maxRssMiB') };
}

function repeat(args: readonly string[], env: Record<string, string> = {}): Sample {
  measure(args, env); // warm the file cache and the module loader
  return median(Array.from({ length: RUNS }, () => measure(args, env)));
}

const outdir = mkdtempSync(join(tmpdir(), 'bench-'));
try {
  const floor = repeat(['-e', 'require("cdktf")']);
  const synth = repeat(['--require', 'sucrase/register/ts', 'main.ts'], { CDKTF_OUTDIR: outdir });
  const ratio = synth.ms / floor.ms;
  const rows = [
    ['floor: node -e \'require("cdktf")\'', floor.ms.toFixed(0), floor.maxRssMiB.toFixed(0), '1.00x'],
    ['synth aws + gcp + azure (app process)', synth.ms.toFixed(0), synth.maxRssMiB.toFixed(0), `${ratio.toFixed(2)}x`],
  ];
  process.stdout.write(`Median of ${RUNS} runs each (after one warm-up)\n\n${markdownTable(['What', 'Wall ms', 'Peak RSS MiB', 'vs floor'], rows)}\n\n`);
  process.stdout.write(`Target: synth within 3x of the floor: ${ratio <= 3 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}x)\n`);
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
