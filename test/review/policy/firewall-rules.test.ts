import { renderedRules } from '../../../src/review/policy/firewall-rules';
import type { TerraformJson } from '../../../src/review/policy/terraform-json';

const role = (value: string) => ({ 'circleci-role': value });

describe('firewall rules read back from a stack', () => {
  it('GIVEN an aws_security_group_rule of type egress WHEN read THEN it is outbound, with its group’s role and ports', () => {
    const stack: TerraformJson = {
      resource: {
        aws_security_group: { b: { tags: role('builders') } },
        aws_security_group_rule: { out: { type: 'egress', security_group_id: '${aws_security_group.b.id}', protocol: 'tcp', from_port: '443', to_port: '443', cidr_blocks: ['0.0.0.0/0'] } },
      },
    };
    expect(renderedRules(stack)).toEqual([
      { address: 'aws_security_group_rule.out', roles: ['builders'], direction: 'outbound', ports: [{ protocol: 'tcp', from: 443, to: 443 }], worldPeers: ['0.0.0.0/0'] },
    ]);
  });

  it('GIVEN GCP rules that deny, are disabled, or allow WHEN read THEN only the enabled allowing rule counts', () => {
    const stack: TerraformJson = {
      resource: {
        google_compute_firewall: {
          deny: { direction: 'INGRESS', deny: [{ protocol: 'all' }], source_ranges: ['0.0.0.0/0'] },
          off: { direction: 'INGRESS', disabled: true, allow: [{ protocol: 'tcp', ports: ['22'] }], source_ranges: ['0.0.0.0/0'] },
          on: { direction: 'EGRESS', allow: [{ protocol: 'udp' }] },
        },
      },
    };
    expect(renderedRules(stack)).toEqual([
      // No target tags: every VM of the network. No destination: the whole internet.
      { address: 'google_compute_firewall.on', roles: ['servicesBox', 'builders'], direction: 'outbound', ports: [{ protocol: 'udp', from: 0, to: 65535 }], worldPeers: ['0.0.0.0/0'] },
    ]);
  });

  it('GIVEN a GCP rule with source tags only WHEN read THEN it is not open to the world', () => {
    const stack: TerraformJson = { resource: { google_compute_firewall: { r: { allow: [{ protocol: 'all' }], source_tags: ['ci-builders'], target_tags: ['x'] } } } };
    expect(renderedRules(stack)[0]).toMatchObject({ worldPeers: [], roles: [] });
  });

  it('GIVEN Azure rules inline in a tagged NSG and standalone with an application security group WHEN read THEN each finds its role', () => {
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
    expect(renderedRules(stack)).toEqual([
      { address: 'azurerm_network_security_rule.r', roles: ['builders'], direction: 'inbound', ports: [{ protocol: 'all', from: 0, to: 65535 }], worldPeers: [] },
      {
        address: 'azurerm_network_security_group.box',
        within: 'security_rule[0]',
        roles: ['servicesBox'],
        direction: 'inbound',
        ports: [
          { protocol: 'tcp', from: 80, to: 80 },
          { protocol: 'tcp', from: 443, to: 443 },
        ],
        worldPeers: ['Internet'],
      },
    ]);
  });
});
