import { firewallRules, readFirewall } from '../../../src/review/firewall/read';
import { worldPeers } from '../../../src/review/firewall/rule';
import type { TerraformJson } from '../../../src/review/terraform/json';

const role = (value: string) => ({ 'circleci-role': value });

describe('firewall rules read back from a stack, as the comparison and the policy rules both see them', () => {
  it('GIVEN an inline egress block of a tagged security group WHEN read THEN it is outbound, with its group’s role, ports and world peer', () => {
    const stack: TerraformJson = {
      resource: {
        aws_security_group: { b: { tags: role('builders'), egress: [{ protocol: 'tcp', from_port: '443', to_port: '443', cidr_blocks: ['0.0.0.0/0'], description: 'HTTPS' }] } },
      },
    };
    const [rule] = firewallRules(stack, 'aws');
    expect(rule).toMatchObject({ resource: 'aws_security_group.b (egress[0])', access: 'allow', roles: ['builders'], direction: 'outbound', ports: [{ protocol: 'tcp', from: 443, to: 443 }], holder: 'aws_security_group.b' });
    expect(worldPeers(rule)).toEqual(['0.0.0.0/0']);
  });

  it('GIVEN a VPC ingress rule of an untagged group that the builders’ launch template uses WHEN read THEN the rule takes the builders’ role', () => {
    const stack: TerraformJson = {
      resource: {
        aws_security_group: { b: {} },
        aws_launch_template: { b: { tags: role('builders'), vpc_security_group_ids: ['${aws_security_group.b.id}'] } },
        aws_vpc_security_group_ingress_rule: { ssh: { security_group_id: '${aws_security_group.b.id}', ip_protocol: 'tcp', from_port: 22, to_port: 22, cidr_ipv6: '::/0' } },
      },
    };
    const [rule] = firewallRules(stack, 'aws');
    expect(rule).toMatchObject({ resource: 'aws_vpc_security_group_ingress_rule.ssh', roles: ['builders'], direction: 'inbound', holder: 'aws_security_group.b' });
    expect(worldPeers(rule)).toEqual(['::/0']);
  });

  it('GIVEN GCP rules that deny, are disabled, or allow WHEN read THEN the disabled one is left out and the others keep their access', () => {
    const stack: TerraformJson = {
      resource: {
        google_compute_firewall: {
          deny: { direction: 'INGRESS', deny: [{ protocol: 'all' }], source_ranges: ['0.0.0.0/0'], network: 'net' },
          off: { direction: 'INGRESS', disabled: true, allow: [{ protocol: 'tcp', ports: ['22'] }], source_ranges: ['0.0.0.0/0'] },
          on: { direction: 'EGRESS', allow: [{ protocol: 'udp' }] },
        },
      },
    };
    const rules = firewallRules(stack, 'gcp');
    expect(rules.map((r) => [r.resource, r.access])).toEqual([
      ['google_compute_firewall.deny', 'deny'],
      ['google_compute_firewall.on', 'allow'],
    ]);
    // No target tags: every VM of the network. No destination: the whole internet.
    expect(rules[1]).toMatchObject({ roles: ['servicesBox', 'builders'], direction: 'outbound', ports: [{ protocol: 'udp', from: 0, to: 65535 }] });
    expect(worldPeers(rules[1])).toEqual(['0.0.0.0/0']);
    expect(rules[0]).toMatchObject({ holder: 'net', last: true, ports: [{ protocol: 'all', from: 0, to: 65535 }] });
  });

  it('GIVEN a GCP rule with source tags only WHEN read THEN it is not open to the world and targets no known role', () => {
    const stack: TerraformJson = { resource: { google_compute_firewall: { r: { allow: [{ protocol: 'all' }], source_tags: ['ci-builders'], target_tags: ['x'] } } } };
    const [rule] = firewallRules(stack, 'gcp');
    expect(worldPeers(rule)).toEqual([]);
    expect(rule.roles).toEqual([]);
  });

  it('GIVEN Azure rules inline in a tagged NSG and standalone with an application security group WHEN read THEN each finds its role, and the deny rule is a deny', () => {
    const stack: TerraformJson = {
      resource: {
        azurerm_network_security_group: {
          box: { tags: role('services-box'), security_rule: [{ access: 'Allow', direction: 'Inbound', protocol: 'Tcp', destination_port_ranges: ['80', '443'], source_address_prefix: 'Internet' }] },
        },
        azurerm_application_security_group: { b: { tags: role('builders') } },
        azurerm_network_security_rule: {
          r: { access: 'Allow', direction: 'Inbound', protocol: '*', destination_port_range: '*', source_address_prefix: '10.0.0.0/8', destination_application_security_group_ids: ['${azurerm_application_security_group.b.id}'] },
          d: { access: 'Deny', direction: 'Inbound', protocol: '*', destination_port_range: '*', source_address_prefix: '*' },
        },
      },
    };
    const rules = firewallRules(stack, 'azure');
    expect(rules.map((r) => [r.resource, r.access, r.roles, worldPeers(r)])).toEqual([
      ['azurerm_network_security_rule.d', 'deny', [], ['*']],
      ['azurerm_network_security_rule.r', 'allow', ['builders'], []],
      ['azurerm_network_security_group.box (security_rule[0])', 'allow', ['servicesBox'], ['Internet']],
    ]);
    expect(rules[2].ports).toEqual([
      { protocol: 'tcp', from: 80, to: 80 },
      { protocol: 'tcp', from: 443, to: 443 },
    ]);
  });

  it('GIVEN the same Azure rules WHEN read for the comparison THEN the internet tag is 0.0.0.0/0 and the deny is kept apart', () => {
    const stack: TerraformJson = {
      resource: {
        azurerm_network_security_group: { box: { tags: role('services-box'), security_rule: [{ access: 'Allow', direction: 'Inbound', protocol: 'Tcp', destination_port_range: '443', source_address_prefix: 'Internet', priority: 100 }] } },
        azurerm_network_security_rule: { d: { access: 'Deny', direction: 'Inbound', protocol: '*', destination_port_range: '*', source_address_prefix: '*', network_security_group_name: '${azurerm_network_security_group.box.name}', priority: 4000 } },
      },
    };
    const firewall = readFirewall(stack, 'azure');
    expect(firewall.entries.map((e) => [e.role, e.peer])).toEqual([['servicesBox', { kind: 'cidr', cidr: '0.0.0.0/0', written: 'Internet' }]]);
    expect(firewall.denies).toEqual([
      { resource: 'azurerm_network_security_rule.d', roles: ['servicesBox'], direction: 'inbound', ports: [{ protocol: 'all', from: 0, to: 65535 }], peers: ['*'], ownSide: [], description: '', last: true },
    ]);
  });
});
