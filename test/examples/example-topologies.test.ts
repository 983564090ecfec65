import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Testing } from 'cdktf';
import { reviewStack } from '../../src/review';
import type { TerraformJson } from '../../src/review/policy';
import { loadTopologyFile, resolveAll } from '../../src/topology';
import { addInstallationStack } from '../../stacks/installation-stack';
import { ROOT } from '../helpers/run';
import { testApp } from '../helpers/app';

const FOLDER = join(ROOT, 'examples/topologies');
const EXAMPLES = readdirSync(FOLDER).filter((name) => name.endsWith('.yaml'));

describe('every example topology (examples/topologies/*.yaml)', () => {
  it('GIVEN the examples folder THEN it holds the staging and production pair', () => {
    expect(EXAMPLES).toEqual(expect.arrayContaining(['staging.yaml', 'production.yaml']));
  });

  it.each(EXAMPLES)('GIVEN %s WHEN validated and each selected stack is synthesized and reviewed THEN the review passes', (name) => {
    const file = join(FOLDER, name);
    const spec = loadTopologyFile(file);
    for (const topology of resolveAll(spec, file)) {
      const stack = JSON.parse(Testing.synth(addInstallationStack(testApp(), topology))) as TerraformJson;
      const review = reviewStack({ stack, cloud: topology.cloud, spec, stackFile: `${topology.cloud}/cdk.tf.json`, topologyFile: file });
      expect({ example: name, cloud: topology.cloud, failures: review.failures, exitCode: review.exitCode }).toEqual({ example: name, cloud: topology.cloud, failures: [], exitCode: 0 });
    }
  });
});
