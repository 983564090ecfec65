import { reviewStack } from '../../../src/review';
import { unacknowledged } from '../../../src/review/policy';
import { topologySpec } from '../../helpers/topology';
import { defaultAzure, synthAzure } from './support';

/** GIVEN the default topology with a patch, synthesized for Azure WHEN the review reads it back. */
function reviewed(patch: Record<string, unknown>) {
  const spec = topologySpec(patch);
  const stack = (Object.keys(patch).length === 0 ? defaultAzure() : synthAzure(patch)) as Parameters<typeof reviewStack>[0]['stack'];
  return reviewStack({ stack, cloud: 'azure', spec, stackFile: 'cdktf.out/stacks/azure/cdk.tf.json', topologyFile: 'topology.yaml' });
}

describe('Azure review of split and private builders', () => {
  it('GIVEN spot with onDemandBase 0 and private builders WHEN reviewed THEN both scale sets read back as one fleet of 1 on-demand + 2 spot, drained, and the review passes', () => {
    const result = reviewed({ builders: { spot: { onDemandBase: 0 } }, azure: { network: { privateBuilders: true } } });
    expect(result.facts.filter((fact) => !fact.matches)).toEqual([]);
    expect(result.facts.find((fact) => fact.item === 'priority (working hours)')).toMatchObject({ found: '1 on-demand + 2 spot', expected: '1 on-demand + 2 spot' });
    expect(result.installation.builders).toMatchObject({ desired: 3, min: 2, max: 3, spot: true, spotBuilders: 2 });
    expect(result.installation.builders.drain).toEqual(['terminate notification (PT15M)', 'drain agent (Scheduled Events)']);
    expect(result.firewall.differences).toEqual([]);
    expect(unacknowledged(result.policy)).toEqual([]);
    expect(result.lint).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it('GIVEN the default topology WHEN reviewed THEN the topology expects one spot builder on Azure, kept day and night, and the stack has it', () => {
    const result = reviewed({});
    expect(result.facts.find((fact) => fact.item === 'spot')).toMatchObject({ found: 'on', expected: 'on', matches: true });
    expect(result.facts.find((fact) => fact.item === 'priority (working hours)')).toMatchObject({ found: '2 on-demand + 1 spot', matches: true });
  });
});
