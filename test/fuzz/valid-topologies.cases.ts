import { Testing, type App } from 'cdktf';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { policyContextFromMatrix, runPolicies, unacknowledged, type PolicyFinding, type TerraformJson } from '../../src/review/policy';
import { parseTopology, parseTopologyText, resolveAll, type ResolvedTopology } from '../../src/topology';
import { addInstallationStack } from '../../stacks/installation-stack';
import { synthStack } from '../helpers/synth';
import { validTopology } from './arbitraries';
import { FUZZ_RUNS, FUZZ_SYNTH_RUNS, fuzzParameters, fuzzTimeout } from './settings';

/** WHEN the pack reviews a stack, judged by the topology it came from: the errors nobody acknowledged. */
function policyErrors(stack: TerraformJson, topology: ResolvedTopology): PolicyFinding[] {
  const result = runPolicies(stack, topology.cloud, policyContextFromMatrix(topology.firewall), topology.acknowledgements);
  return unacknowledged(result).filter((finding) => finding.level === 'error');
}

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

  it(`GIVEN ${FUZZ_SYNTH_RUNS} random valid topologies written as YAML WHEN every selected cloud is synthesized and reviewed THEN no policy error is left unacknowledged`, () => {
    fc.assert(
      fc.property(validTopology, (data) => {
        // Read from YAML text, as the app reads the topology file.
        for (const topology of resolveAll(parseTopologyText(stringify(data), 'fuzz.yaml'), 'fuzz.yaml')) {
          const stack = synthStack(addInstallationStack(Testing.app() as App, topology)) as TerraformJson;
          // The findings themselves make a failure say which rule the generated topology broke.
          expect({ cloud: topology.cloud, errors: policyErrors(stack, topology) }).toEqual({ cloud: topology.cloud, errors: [] });
        }
      }),
      fuzzParameters(FUZZ_SYNTH_RUNS),
    );
  }, fuzzTimeout(FUZZ_SYNTH_RUNS, 600));
});
