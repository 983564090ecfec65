import fc from 'fast-check';
import { stringify } from 'yaml';
import { policyContextFromMatrix, runPolicies, unacknowledged, type TerraformJson } from '../../src/review/policy';
import { parseTopologyText, resolveAll } from '../../src/topology';
import { addInstallationStack } from '../../stacks/installation-stack';
import { synthStack } from '../helpers/synth';
import { validTopology } from './arbitraries';
import { testApp } from '../helpers/app';

/**
 * GIVEN a random valid topology written as YAML WHEN every selected cloud is synthesized and reviewed THEN no policy
 * error is left unacknowledged. Plain throws rather than jest's expect, so that a child process can run it too (see
 * synth-review-batch.ts); the message names the cloud and the rules the generated topology broke.
 */
export const synthReviewProperty = fc.property(validTopology, (data) => {
  // Read from YAML text, as the app reads the topology file.
  for (const topology of resolveAll(parseTopologyText(stringify(data), 'fuzz.yaml'), 'fuzz.yaml')) {
    const stack = synthStack(addInstallationStack(testApp(), topology)) as TerraformJson;
    const result = runPolicies(stack, topology.cloud, policyContextFromMatrix(topology.firewall), topology.acknowledgements);
    const errors = unacknowledged(result).filter((finding) => finding.level === 'error');
    if (errors.length > 0) throw new Error(`${topology.cloud}: unacknowledged policy errors ${JSON.stringify(errors, null, 2)}`);
  }
});
