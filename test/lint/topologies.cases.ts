import { CLOUDS } from '../../src/cloud';
import { lintStack, type LintProblem } from '../../src/review/lint';
import type { TerraformJson } from '../helpers/synth';
import { synthFile, topologyFiles } from './synth-topology';

/**
 * The one finding the edge topologies are expected to produce: 60 administrator ranges become one AWS rule per
 * range and port, beyond the default quota of rules per security group (adjustable: the operator raises it first).
 */
const EXPECTED: Readonly<Record<string, (p: LintProblem) => boolean>> = {
  'many-ranges/aws': (p) => p.check === 'quotas' && p.level === 'quota' && /^aws_security_group\./.test(p.address),
};

describe('offline plan lint over the default and edge topologies', () => {
  const files = topologyFiles();
  const stacks: { name: string; cloud: string; json: TerraformJson }[] = [];

  beforeAll(() => {
    for (const [name, file] of Object.entries(files)) {
      const synthesized = synthFile(file);
      for (const cloud of CLOUDS) if (synthesized[cloud]) stacks.push({ name, cloud, json: synthesized[cloud] });
    }
  });

  it('GIVEN the default topology and the edge topologies WHEN they are synthesized THEN every cloud of each is', () => {
    expect(Object.keys(files).sort()).toEqual(['all-options', 'created-zone-aws', 'created-zone-azure', 'created-zone-gcp', 'default', 'existing-networks', 'long-names', 'many-ranges', 'throwaway']);
    // Every cloud of each, but a created zone, which takes one cloud.
    const zoneClouds = ['created-zone-aws/aws', 'created-zone-azure/azure', 'created-zone-gcp/gcp'];
    expect(stacks.map((s) => `${s.name}/${s.cloud}`).filter((stack) => stack.startsWith('created-zone-'))).toEqual(zoneClouds);
    expect(stacks).toHaveLength((Object.keys(files).length - zoneClouds.length) * CLOUDS.length + zoneClouds.length);
  });

  it('GIVEN every stack WHEN the lint reads it THEN it finds nothing the providers would reject, beyond the expected quota', () => {
    const unexpected = stacks.flatMap(({ name, cloud, json }) =>
      lintStack(json)
        .filter((p) => !EXPECTED[`${name}/${cloud}`]?.(p))
        .map((p) => `${name}/${cloud} ${p.address}: [${p.check}] ${p.message}`),
    );
    expect(unexpected).toEqual([]);
  });

  it('GIVEN 60 administrator ranges WHEN the AWS stack is linted THEN both security groups exceed the default rule quota, as a quota', () => {
    const aws = stacks.find((s) => s.name === 'many-ranges' && s.cloud === 'aws')!;
    const found = lintStack(aws.json);
    expect(found.map((p) => [p.check, p.level])).toEqual([
      ['quotas', 'quota'],
      ['quotas', 'quota'],
    ]);
    // Builders: SSH, HTTP and HTTPS from each of the 60 ranges; the services box: SSH and the admin console.
    const counts = found.map((p) => Number(/has (\d+) inbound IPv4 rules; .* quota is 60/.exec(p.message)?.[1]));
    expect(counts.every((n) => n > 120)).toBe(true);
  });

  it('GIVEN the edge topologies WHEN synthesized THEN they reach the limits they are there for', () => {
    const at = (name: string, cloud: string) => stacks.find((s) => s.name === name && s.cloud === cloud)!.json;
    const names = (json: TerraformJson, type: string) => Object.values(json.resource?.[type] ?? {}).map((r) => String(r.name));
    // The longest NSG rule name the schema allows, split per protocol, within Azure's 80 characters; a 253-character domain.
    expect(Math.max(...names(at('long-names', 'azure'), 'azurerm_network_security_rule').map((n) => n.length))).toBe(76);
    expect(names(at('long-names', 'aws'), 'aws_route53_record')[0]).toHaveLength(253);
    expect(Object.keys(at('all-options', 'gcp').resource ?? {})).toEqual(expect.arrayContaining(['google_compute_router_nat']));
  });
});
