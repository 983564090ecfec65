import fc from 'fast-check';
import { parseTopology, resolveAll } from '../../src/topology';
import { runAsync } from '../helpers/cdktf-cli';
import { ROOT } from '../helpers/run';
import { validTopology } from './arbitraries';
import { FUZZ_RUNS, FUZZ_SEED, FUZZ_SYNTH_RUNS, fuzzParameters, fuzzTimeout } from './settings';
import { synthReviewProperty } from './synth-review-property';

/** The most synthesize-and-review cases one process runs (see synth-review-batch.ts). */
const SYNTH_BATCH = 100;

describe('random valid topologies', () => {
  it(`GIVEN ${FUZZ_RUNS} random valid topologies WHEN validated and resolved THEN every selected cloud resolves, with a fleet that meets the target`, () => {
    fc.assert(
      fc.property(validTopology, (data) => {
        const resolved = resolveAll(parseTopology(data));
        expect(resolved.map((t) => t.cloud).sort()).toEqual([...(data.clouds as string[])].sort());
        const builders = data.builders as { containers?: number; count?: number };
        for (const topology of resolved) {
          expect(topology.builders.containersPerBuilder).toBeGreaterThanOrEqual(1);
          if (builders.containers !== undefined) expect(topology.builders.plan.containers).toBeGreaterThanOrEqual(builders.containers);
          if (builders.count !== undefined) expect(topology.builders.desired).toBe(builders.count);
        }
      }),
      fuzzParameters(FUZZ_RUNS),
    );
  }, fuzzTimeout(FUZZ_RUNS, 10));

  if (FUZZ_SYNTH_RUNS <= SYNTH_BATCH) {
    it(`GIVEN ${FUZZ_SYNTH_RUNS} random valid topologies written as YAML WHEN every selected cloud is synthesized and reviewed THEN no policy error is left unacknowledged`, () => {
      fc.assert(synthReviewProperty, fuzzParameters(FUZZ_SYNTH_RUNS));
    }, fuzzTimeout(FUZZ_SYNTH_RUNS, 600));
  } else {
    // Batches of their own seeds in fresh processes, two at a time (cdktf's token map would fill one process's heap).
    const batches = Array.from({ length: Math.ceil(FUZZ_SYNTH_RUNS / SYNTH_BATCH) }, (_, i) => ({ seed: FUZZ_SEED + i, runs: Math.min(SYNTH_BATCH, FUZZ_SYNTH_RUNS - i * SYNTH_BATCH) }));
    it(`GIVEN ${FUZZ_SYNTH_RUNS} random valid topologies written as YAML, in ${batches.length} processes WHEN every selected cloud is synthesized and reviewed THEN no policy error is left unacknowledged`, async () => {
      const reports: string[] = [];
      for (let i = 0; i < batches.length; i += 2) {
        const runs = await Promise.all(
          batches.slice(i, i + 2).map(({ seed, runs }) => runAsync('node', ['-r', './scripts/register-ts.js', 'test/fuzz/synth-review-batch.ts', String(seed), String(runs)], { cwd: ROOT })),
        );
        reports.push(...runs.filter((run) => run.status !== 0).map((run) => `${run.stdout}${run.stderr}`));
      }
      expect(reports).toEqual([]);
    }, fuzzTimeout(FUZZ_SYNTH_RUNS, 600));
  }
});
