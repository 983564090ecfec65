import { policyContextFromMatrix, runPolicies, unacknowledged } from '../../../src/review/policy';
import type { TerraformJson } from '../../../src/review/terraform/json';
import { synthCloud } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';

const existing = {
  aws: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:ci-secret-AbCdEf',
  gcp: 'projects/example-ci-project/secrets/ci-secret',
  azure: 'https://corp-vault.vault.azure.net/secrets/ci-secret',
};
const secrets = { variable: undefined, existing };
const patch = {
  github: { clientSecret: secrets },
  secretPassphrase: secrets,
  certificate: { mode: 'provided', privateKey: { existing }, chain: { existing } },
};

describe('secrets referenced, not held', () => {
  it.each(['aws', 'gcp', 'azure'] as const)('GIVEN every secret as an existing %s secret WHEN the stack is reviewed THEN no secret-in-boot-text finding', (cloud) => {
    const topology = resolvedFor(cloud, patch);
    const result = runPolicies(synthCloud(cloud, patch) as TerraformJson, cloud, policyContextFromMatrix(topology.firewall), topology.acknowledgements);
    expect(unacknowledged(result).filter((f) => f.rule.startsWith('CIK-SEC'))).toEqual([]);
  });
});
