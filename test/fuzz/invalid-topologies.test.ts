import fc from 'fast-check';
import { parseTopology, resolveAll, TopologyError, type TopologyIssue } from '../../src/topology';
import { SECRET_PATHS, WITHHELD } from '../../src/topology/withheld';
import { invalidTopology, type InvalidCase } from './mutations';
import { FUZZ_RUNS, fuzzParameters, fuzzTimeout } from './settings';

/** WHEN the broken topology is validated and resolved, as the app does before it synthesizes anything. */
function problemsOf(data: unknown): readonly TopologyIssue[] {
  try {
    resolveAll(parseTopology(data, 'fuzz.yaml'), 'fuzz.yaml');
  } catch (error) {
    if (error instanceof TopologyError) return error.issues;
    throw error;
  }
  throw new Error('the broken topology was accepted');
}

function sameValue(actual: unknown, expected: unknown): boolean {
  return Object.is(actual, expected) || (typeof expected === 'object' && expected !== null && JSON.stringify(actual) === JSON.stringify(expected));
}

/**
 * The issue that reports the mutation: at its path (or inside it, for an emptied mapping), showing its value; inside a
 * secret's place, the one at that place that withholds what was found.
 */
function reporting(issues: readonly TopologyIssue[], broken: InvalidCase): TopologyIssue | undefined {
  const secret = SECRET_PATHS.find((place) => broken.path === place || broken.path.startsWith(`${place}.`) || broken.path.startsWith(`${place}[`));
  const withheld = issues.find((issue) => issue.path === secret && issue.message === WITHHELD && issue.value === undefined);
  if (withheld) return withheld;
  const atPath = (issue: TopologyIssue) => issue.path === broken.path || (broken.orInside && (issue.path.startsWith(`${broken.path}.`) || issue.path.startsWith(`${broken.path}[`)));
  return issues.find((issue) => atPath(issue) && (!broken.hasValue || broken.orInside || sameValue(issue.value, broken.value)));
}

/** Zod's own wording, which names neither the field's rules nor the value: the kit must say it in its own words. */
const GENERIC = /^(Invalid|Expected|Too (small|big)|Unrecognized|Required)/;

describe('random invalid topologies', () => {
  it(`GIVEN ${FUZZ_RUNS} valid topologies with one thing broken WHEN validated THEN a TopologyError names the broken path and value in the kit's words`, () => {
    fc.assert(
      fc.property(invalidTopology, (broken) => {
        const issues = problemsOf(broken.data);
        const issue = reporting(issues, broken);
        // On failure, the kind, the path and the issues actually reported say what the validator missed.
        expect({ kind: broken.kind, path: broken.path, found: issue !== undefined }).toEqual({ kind: broken.kind, path: broken.path, found: true, ...(issue ? {} : { issues: issues.slice(0, 5) }) });
        expect(issue!.message).not.toMatch(GENERIC);
        // "must be number, not a number": a message must not contradict itself.
        expect(issue!.message).not.toMatch(/must be (\w+), not an? \1\b/);
        if (broken.key !== undefined && issue!.message !== WITHHELD) expect(issue!.message).toMatch(/\(allowed here: .+\)/);
        for (const rejected of issues.filter((i) => /allowed here/.test(i.message))) {
          // An unknown key's report names what is allowed, and not the very key it rejects.
          const key = rejected.path.slice(rejected.path.lastIndexOf('.') + 1);
          expect({ path: rejected.path, allowed: /\(allowed here: (.*)\)/.exec(rejected.message)?.[1].split(', ') }).not.toEqual({ path: rejected.path, allowed: expect.arrayContaining([key]) });
        }
      }),
      fuzzParameters(FUZZ_RUNS),
    );
  }, fuzzTimeout(FUZZ_RUNS, 10));
});
