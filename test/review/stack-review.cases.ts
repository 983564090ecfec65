import { CLOUDS, type Cloud } from '../../src/cloud';
import { matrixTables } from '../../src/firewall';
import { renderStackMarkdown, reviewStack, stackReviewJson, type StackReview } from '../../src/review';
import { unacknowledged, type TerraformJson } from '../../src/review/policy';
import { resolveTopology, type TopologySpec } from '../../src/topology';
import { synthCloud } from '../helpers/synth';
import { topologySpec } from '../helpers/topology';
import { RESTORE_FROM, RESTORE_PATCH } from '../helpers/restore';

/** A topology that exercises the other forms: no spot, no schedule, weekly backups, self-signed, a user peer and rule. */
const VARIANT = {
  certificate: { mode: 'self-signed' },
  builders: { spot: undefined, schedule: undefined },
  servicesBox: { backup: { frequency: 'weekly', weekday: 'SUN', at: '04:00', retention: 4 } },
  network: { peers: { vpn: ['192.0.2.64/26'] } },
  firewall: { add: [{ name: 'services-https-vpn', role: 'servicesBox', direction: 'inbound', peer: 'vpn', ports: [443], use: 'VPN HTTPS' }] },
};

function review(cloud: Cloud, stack: TerraformJson, spec: TopologySpec): StackReview {
  return reviewStack({ stack, cloud, spec, stackFile: `cdktf.out/stacks/${cloud}/cdk.tf.json`, topologyFile: 'topology.yaml' });
}

/** A deep copy of a stack to tamper with. */
function copy(stack: TerraformJson): Record<string, any> {
  return JSON.parse(JSON.stringify(stack));
}

function onlyName(stack: Record<string, any>, type: string, fragment = ''): string {
  const names = Object.keys(stack.resource[type]).filter((name) => name.includes(fragment));
  if (names.length !== 1) throw new Error(`expected one ${type} matching ${fragment}, found ${names.length}`);
  return names[0];
}

describe('review of the synthesized stacks', () => {
  const defaults = {} as Record<Cloud, TerraformJson>;
  const variants = {} as Record<Cloud, TerraformJson>;
  let spec: TopologySpec;
  let variantSpec: TopologySpec;
  beforeAll(() => {
    spec = topologySpec();
    variantSpec = topologySpec(VARIANT);
    for (const cloud of CLOUDS) {
      defaults[cloud] = synthCloud(cloud) as TerraformJson;
      variants[cloud] = synthCloud(cloud, VARIANT) as TerraformJson;
    }
  });

  for (const cloud of CLOUDS) {
    it(`GIVEN servicesBox.restoreFrom synthesized for ${cloud} WHEN reviewed THEN the report says the data disk is restored and from what, and it passes`, () => {
      const restoreSpec = topologySpec(RESTORE_PATCH);
      const result = review(cloud, synthCloud(cloud, RESTORE_PATCH) as TerraformJson, restoreSpec);
      expect(result.installation.servicesBox.restoredFrom).toBe(RESTORE_FROM[cloud]);
      expect(result.facts.find((fact) => fact.item === 'data disk restored from')).toEqual({ part: 'services box', item: 'data disk restored from', found: RESTORE_FROM[cloud], expected: RESTORE_FROM[cloud], matches: true });
      expect(result.facts.filter((fact) => !fact.matches)).toEqual([]);
      // WHEN the stack is reviewed against a topology without restoreFrom THEN the difference is reported
      const without = review(cloud, synthCloud(cloud, RESTORE_PATCH) as TerraformJson, spec).facts.find((fact) => fact.item === 'data disk restored from');
      expect(without).toMatchObject({ found: RESTORE_FROM[cloud], expected: 'none', matches: false });
      expect(review(cloud, defaults[cloud], spec).installation.servicesBox.restoredFrom).toBeNull();
    });

    it(`GIVEN the default topology synthesized for ${cloud} WHEN reviewed THEN the installation, firewall and cost read back equal the topology and it passes`, () => {
      const result = review(cloud, defaults[cloud], spec);
      const topology = resolveTopology(spec, cloud);
      expect(result.facts.filter((fact) => !fact.matches)).toEqual([]);
      expect(result.installation.builders.instanceTypes).toEqual([topology.builders.instanceType]);
      expect(result.installation.servicesBox.protection).toEqual({ deletionProtection: true, preventDestroy: true });
      expect(result.installation.builders.drain.length).toBeGreaterThan(0);
      expect(result.firewall.differences).toEqual([]);
      expect(matrixTables(result.firewall.rules)).toBe(matrixTables(topology.firewall.rules));
      expect(result.firewall.platform.length > 0).toBe(cloud !== 'aws');
      expect(result.cost.parts.map((part) => part.monthlyUsd)).toEqual([Math.round(topology.servicesBox.hourlyUsd * 730 * 100) / 100, topology.builders.monthlyUsd]);
      expect(result.cost.comparison.map((c) => c.cloud)).toEqual([cloud, ...CLOUDS.filter((c) => c !== cloud)]);
      expect(unacknowledged(result.policy)).toEqual([]);
      expect(result.lint).toEqual([]);
      expect(result.exitCode).toBe(0);
    });

    it(`GIVEN the variant topology synthesized for ${cloud} WHEN reviewed THEN weekly backups, no spot, no schedule, self-signed and the user's rule read back`, () => {
      const result = review(cloud, variants[cloud], variantSpec);
      expect(result.facts.filter((fact) => !fact.matches)).toEqual([]);
      expect(result.installation.servicesBox.backup).toMatchObject({ frequency: 'weekly', weekday: 'SUN', retention: 4 });
      expect(result.installation.builders).toMatchObject({ spot: false, schedule: null });
      expect(result.installation.certificate).toBe('self-signed');
      expect(result.firewall.differences).toEqual([]);
      expect(result.firewall.rules).toContainEqual(expect.objectContaining({ role: 'servicesBox', peer: 'vpn', use: 'VPN HTTPS' }));
      expect(result.exitCode).toBe(0);
    });
  }

  it('GIVEN a throwaway aws installation with weekly backups WHEN reviewed THEN its AWS Backup plan reads back as the schedule and retention count, and it passes', () => {
    const throwaway = { ...VARIANT, throwaway: true, servicesBox: { ...VARIANT.servicesBox, protection: false } };
    const result = review('aws', synthCloud('aws', throwaway) as TerraformJson, topologySpec(throwaway));
    expect(result.installation.servicesBox.backup).toMatchObject({ resource: expect.stringMatching(/^aws_backup_plan\./), frequency: 'weekly', weekday: 'SUN', at: '04:00', retention: 4 });
    expect(result.facts.filter((fact) => !fact.matches)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  it('GIVEN the default aws review WHEN rendered THEN the markdown holds the seed tables, the cost, a mermaid block and the findings, and the JSON the same verdict', () => {
    const result = review('aws', defaults.aws, spec);
    const markdown = renderStackMarkdown(result);
    for (const heading of ['## Installation', '## Cost', '## Firewall', '#### Services Box', '#### Builder Boxes', '#### Github', '## Diagram', '## Policy findings']) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain('| Source ');
    expect(markdown).toMatch(/\| End Users +\| 80, 443 +\| HTTP\/HTTPS Traffic +\|/);
    expect(markdown).toMatch(/```mermaid\nflowchart LR\n[\s\S]*peer_administrators -- "22, 8800" --> servicesBox[\s\S]*```/);
    expect(markdown).toContain('**Result: passes.**');
    const json = stackReviewJson(result);
    expect(JSON.parse(JSON.stringify(json))).toMatchObject({ cloud: 'aws', exitCode: 0, failures: [], firewall: { differences: [] }, policy: { summary: { failing: false } } });
  });

  it('GIVEN an aws stack with an extra ingress rule 0.0.0.0/0 on 8800 WHEN reviewed THEN it is a firewall difference and an unacknowledged error, and the review fails', () => {
    const stack = copy(defaults.aws);
    const group = onlyName(stack, 'aws_security_group', 'services_box');
    stack.resource.aws_vpc_security_group_ingress_rule.sneaky = {
      security_group_id: `\${aws_security_group.${group}.id}`,
      cidr_ipv4: '0.0.0.0/0',
      ip_protocol: 'tcp',
      from_port: 8800,
      to_port: 8800,
      description: 'Admin Console',
    };
    const result = review('aws', stack as TerraformJson, spec);
    expect(result.firewall.differences).toEqual([
      expect.objectContaining({ kind: 'not in the topology', role: 'servicesBox', direction: 'inbound', peer: '0.0.0.0/0 (internet)', ports: [{ protocol: 'tcp', from: 8800, to: 8800 }], where: ['aws_vpc_security_group_ingress_rule.sneaky'] }),
    ]);
    expect(unacknowledged(result.policy).map((f) => f.rule)).toContain('CIK-NET-001');
    expect(result.exitCode).toBe(1);
    expect(renderStackMarkdown(result)).toMatch(/\| not in the topology +\| Services Box +\| inbound +\| 0\.0\.0\.0\/0 \(internet\) +\| 8800 /);
  });

  it('GIVEN an aws stack whose builders run another instance type and lost their lifecycle hook WHEN reviewed THEN both are differences and the drain rule fails', () => {
    const stack = copy(defaults.aws);
    stack.resource.aws_launch_template[onlyName(stack, 'aws_launch_template')].instance_type = 'c6i.4xlarge';
    delete stack.resource.aws_autoscaling_lifecycle_hook;
    const result = review('aws', stack as TerraformJson, spec);
    const differing = result.facts.filter((fact) => !fact.matches);
    expect(differing).toEqual([
      expect.objectContaining({ part: 'builders', item: 'instance type', found: 'c6i.4xlarge', expected: 'c6i.12xlarge' }),
      expect.objectContaining({ part: 'builders', item: 'drain', found: 'drain agent (circle-shutdown)', expected: 'lifecycle hook' }),
    ]);
    expect(unacknowledged(result.policy).map((f) => f.rule)).toContain('CIK-DRAIN-001');
    expect(result.cost.parts[1]).toMatchObject({ instanceType: 'c6i.4xlarge' });
    expect(result.exitCode).toBe(1);
  });

  it('GIVEN an aws stack whose instance names a subnet that does not exist WHEN reviewed THEN the plan lint reports it and the review fails', () => {
    const stack = copy(defaults.aws);
    stack.resource.aws_instance[onlyName(stack, 'aws_instance')].subnet_id = '${aws_subnet.gone.id}';
    const result = review('aws', stack as TerraformJson, spec);
    expect(result.lint).toEqual([expect.objectContaining({ check: 'references', level: 'error', message: expect.stringMatching(/aws_subnet\.gone/) })]);
    expect(result.failures).toContain('1 lint problem the provider would reject');
    expect(result.exitCode).toBe(1);
    expect(renderStackMarkdown(result)).toMatch(/## Plan lint[\s\S]*aws_subnet\.gone/);
  });

  it('GIVEN a gcp stack whose health-check rule is widened to the world, whose webhook rule is gone and whose deny-all comes first WHEN reviewed THEN none passes as a platform rule', () => {
    const stack = copy(defaults.gcp);
    stack.resource.google_compute_firewall[onlyName(stack, 'google_compute_firewall', 'deny_all_ingress')].priority = 500;
    stack.resource.google_compute_firewall[onlyName(stack, 'google_compute_firewall', 'health_check')].source_ranges = ['35.191.0.0/16', '0.0.0.0/0'];
    delete stack.resource.google_compute_firewall[onlyName(stack, 'google_compute_firewall', 'webhooks_github')];
    const result = review('gcp', stack as TerraformJson, spec);
    const kinds = result.firewall.differences.map((d) => `${d.kind} ${d.peer} ${d.ports.map((p) => p.from).join(',')}`);
    expect(kinds).toContain('not in the topology 0.0.0.0/0 (internet) 22');
    expect(kinds.filter((k) => k.startsWith('missing from the stack'))).toHaveLength(8);
    expect(kinds).toContain('deny rule 0.0.0.0/0 0');
    expect(result.firewall.platform.find((p) => p.why.includes('health-check'))?.peers).toEqual(['35.191.0.0/16']);
    expect(result.exitCode).toBe(1);
  });

  it('GIVEN an azure stack with a narrowed deny rule and a resized services box WHEN reviewed THEN both are differences', () => {
    const stack = copy(defaults.azure);
    stack.resource.azurerm_network_security_rule[onlyName(stack, 'azurerm_network_security_rule', 'builders_deny_all_inbound')].destination_port_range = '22';
    stack.resource.azurerm_linux_virtual_machine[onlyName(stack, 'azurerm_linux_virtual_machine')].size = 'Standard_D8as_v5';
    const result = review('azure', stack as TerraformJson, spec);
    expect(result.firewall.differences).toEqual([expect.objectContaining({ kind: 'deny rule', role: 'builders', direction: 'inbound' })]);
    expect(result.facts.filter((fact) => !fact.matches).map((fact) => `${fact.part} ${fact.item}`)).toEqual(['services box instance type']);
    expect(result.exitCode).toBe(1);
  });
});
