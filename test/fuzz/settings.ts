import fc from 'fast-check';

/**
 * The seed every property starts from, so a failure reproduces: fast-check prints the seed and the shrunk path of a
 * failing case, and `FUZZ_SEED=<seed>` replays it.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20240817);

function runsFrom(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`${name}=${JSON.stringify(text)}: must be a whole number of runs, at least 1`);
  return runs;
}

/**
 * Cases of each fast property (parse, resolve): `FUZZ_RUNS`; `npm run test:fuzz` and `npm run test:e2e` set 1,000,
 * and `npm test` runs 100 so that the whole suite stays under a minute on two cores.
 */
export const FUZZ_RUNS = runsFrom('FUZZ_RUNS', 100);

/**
 * Cases of the synthesize-and-review property, at ~150-200 ms a stack: `FUZZ_SYNTH_RUNS`, else `FUZZ_RUNS` when that
 * is set explicitly (`npm run test:fuzz` synthesizes 1,000), else 3 in `npm test`.
 */
export const FUZZ_SYNTH_RUNS = runsFrom('FUZZ_SYNTH_RUNS', process.env.FUZZ_RUNS ? FUZZ_RUNS : 3);

/** Seed and run count for one property; fast-check reports the seed with every counterexample. */
export function fuzzParameters<T>(numRuns: number): fc.Parameters<T> {
  return { seed: FUZZ_SEED, numRuns, endOnFailure: false };
}

/** A jest timeout for a property of that many runs at about that many milliseconds each, with room for a shrink. */
export function fuzzTimeout(numRuns: number, msPerRun: number): number {
  return 60_000 + numRuns * msPerRun * 3;
}
