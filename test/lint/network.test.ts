import { portRangeProblems, priorityProblems, quotaProblems, rangeSyntaxProblems, subnetLayoutProblems, type LintStack } from '../../src/review/lint';
import { messages, one, stackOf } from './stacks';

describe('check: address ranges are well-formed', () => {
  it('GIVEN valid ranges, bare addresses where the cloud takes them and Azure service tags WHEN linted THEN nothing is found', () => {
    const stack = stackOf({
      aws_vpc: { it: { cidr_block: '10.0.0.0/16' } },
      aws_vpc_security_group_ingress_rule: { v6: { cidr_ipv6: '2001:db8::/32' } },
      google_compute_firewall: { it: { source_ranges: ['203.0.113.7', '198.51.100.0/24', '${var.ranges}'] } },
      azurerm_network_security_rule: { it: { source_address_prefix: 'Internet', destination_address_prefixes: ['10.0.0.4', '10.1.0.0/16'] } },
    });
    expect(rangeSyntaxProblems(stack)).toEqual([]);
  });

  it('GIVEN a prefix past 32, host bits, a bare address where AWS wants a CIDR and a broken IPv6 range WHEN linted THEN each is caught', () => {
    const stack = stackOf({
      aws_vpc: { it: { cidr_block: '10.0.0.0/33' } },
      aws_subnet: { it: { cidr_block: '10.0.1.5/24' } },
      aws_vpc_security_group_ingress_rule: { v4: { cidr_ipv4: '203.0.113.7' }, v6: { cidr_ipv6: '2001:db8:::/32' }, v6host: { cidr_ipv6: '2001:db8::1/32' } },
      azurerm_subnet: { it: { address_prefixes: ['10.0.0.0/16', 'ten'] } },
      google_compute_firewall: { bare: { source_ranges: ['2001:db8::1', '203.0.113.7', '2001:db8::1/32'] } },
    });
    expect(rangeSyntaxProblems(stack).map((p) => `${p.address} ${p.message}`)).toEqual([
      'aws_vpc.it cidr_block "10.0.0.0/33" is not an IPv4 CIDR (a.b.c.d/n, prefix 0-32)',
      'aws_subnet.it cidr_block "10.0.1.5/24" has host bits set after the prefix',
      'aws_vpc_security_group_ingress_rule.v4 cidr_ipv4 "203.0.113.7" is not an IPv4 CIDR (a.b.c.d/n, prefix 0-32)',
      'aws_vpc_security_group_ingress_rule.v6 cidr_ipv6 "2001:db8:::/32" is not an IPv6 CIDR',
      'aws_vpc_security_group_ingress_rule.v6host cidr_ipv6 "2001:db8::1/32" has host bits set after the prefix',
      'azurerm_subnet.it address_prefixes "ten" is not an IPv4 CIDR (a.b.c.d/n, prefix 0-32)',
    ]);
  });
});

describe('check: subnets inside their network, apart, and fixed addresses inside their subnet', () => {
  const aws = (subnets: Record<string, string>, privateIp?: string): LintStack =>
    stackOf({
      aws_vpc: { main: { cidr_block: '10.40.0.0/16' } },
      aws_subnet: Object.fromEntries(Object.entries(subnets).map(([name, cidr]) => [name, { vpc_id: '${aws_vpc.main.id}', cidr_block: cidr }])),
      ...(privateIp ? { aws_instance: { box: { subnet_id: '${aws_subnet.a.id}', private_ip: privateIp } } } : {}),
    });

  it('GIVEN subnets inside the VPC, apart, and the box on a usable address WHEN linted THEN nothing is found', () => {
    expect(subnetLayoutProblems(aws({ a: '10.40.0.0/20', b: '10.40.16.0/20' }, '10.40.0.10'))).toEqual([]);
  });

  it('GIVEN a subnet outside its VPC, two overlapping and one too small WHEN linted THEN each is caught', () => {
    expect(messages(subnetLayoutProblems(aws({ a: '10.40.0.0/20', b: '10.40.8.0/21', c: '10.41.0.0/24', d: '10.40.64.0/29' })))).toEqual([
      '10.40.8.0/21 overlaps 10.40.0.0/20 of aws_subnet.a in the same network',
      '10.41.0.0/24 is not inside its network aws_vpc.main (10.40.0.0/16)',
      expect.stringMatching(/^10\.40\.64\.0\/29 is a \/29; subnets are \/16 to \/28/),
    ]);
  });

  it('GIVEN fixed addresses outside the subnet or on a reserved address, on every cloud WHEN linted THEN each is caught', () => {
    expect(messages(subnetLayoutProblems(aws({ a: '10.40.0.0/20' }, '10.40.16.10')))).toEqual(['private_ip 10.40.16.10 is outside its subnet 10.40.0.0/20 (aws_subnet.a)']);
    expect(messages(subnetLayoutProblems(aws({ a: '10.40.0.0/20' }, '10.40.0.3')))).toEqual([expect.stringContaining('reserves in 10.40.0.0/20 (the first 4 and the last 1)')]);
    const gcp = stackOf({
      google_compute_subnetwork: { s: { network: '${google_compute_network.n.id}', ip_cidr_range: '10.50.0.0/20' } },
      google_compute_address: { internal: { address: '10.50.15.254', subnetwork: '${google_compute_subnetwork.s.self_link}' } },
    });
    expect(messages(subnetLayoutProblems(gcp))).toEqual([expect.stringContaining('address 10.50.15.254 is one of the addresses the cloud reserves')]);
    const azure = stackOf({
      azurerm_virtual_network: { v: { address_space: ['10.60.0.0/16'] } },
      azurerm_subnet: { s: { virtual_network_name: '${azurerm_virtual_network.v.name}', address_prefixes: ['10.60.0.0/18'] }, t: { virtual_network_name: '${azurerm_virtual_network.v.name}', address_prefixes: ['10.60.32.0/19'] } },
      azurerm_network_interface: { nic: { ip_configuration: [{ subnet_id: '${azurerm_subnet.s.id}', private_ip_address: '10.61.0.10' }] } },
    });
    expect(messages(subnetLayoutProblems(azure))).toEqual([
      '10.60.32.0/19 overlaps 10.60.0.0/18 of azurerm_subnet.s in the same network',
      'private_ip_address 10.61.0.10 is outside its subnet 10.60.0.0/18 (azurerm_subnet.s)',
    ]);
  });
});

describe('check: ports ordered and in range', () => {
  it('GIVEN well-formed ports on every cloud WHEN linted THEN nothing is found', () => {
    const stack = stackOf({
      aws_vpc_security_group_ingress_rule: { ssh: { ip_protocol: 'tcp', from_port: 22, to_port: 22 }, all: { ip_protocol: '-1' } },
      google_compute_firewall: { it: { allow: [{ protocol: 'tcp', ports: ['80', '64535-65535'] }, { protocol: 'icmp' }] } },
      azurerm_network_security_rule: { it: { source_port_range: '*', destination_port_ranges: ['80', '64535-65535'] } },
    });
    expect(portRangeProblems(stack)).toEqual([]);
  });

  it('GIVEN AWS ports reversed, past 65535 or missing WHEN linted THEN each is caught', () => {
    expect(messages(portRangeProblems(one('aws_vpc_security_group_ingress_rule', { ip_protocol: 'tcp', from_port: 443, to_port: 80 })))).toEqual(['ports 443-80 are not an ordered range within 0-65535']);
    expect(messages(portRangeProblems(one('aws_vpc_security_group_egress_rule', { ip_protocol: 'udp', from_port: 1, to_port: 70000 })))).toEqual(['ports 1-70000 are not an ordered range within 0-65535']);
    expect(messages(portRangeProblems(one('aws_security_group', { ingress: [{ protocol: 'tcp', from_port: 22 }] })))).toEqual(['tcp needs from_port and to_port']);
  });

  it('GIVEN GCP port strings malformed, reversed, or on a protocol without ports WHEN linted THEN each is caught', () => {
    const stack = one('google_compute_firewall', { allow: [{ protocol: 'tcp', ports: ['http', '90-80', '65536'] }, { protocol: 'icmp', ports: ['1'] }, { protocol: 'tpc' }] });
    expect(messages(portRangeProblems(stack))).toEqual([
      'port "http" is not a port (80) or a range (64535-65535)',
      'port "90-80" starts after it ends (90 > 80)',
      'port "65536" is beyond 65535',
      'ports are only allowed with tcp, udp or sctp, not icmp',
      expect.stringContaining('protocol "tpc" is not'),
    ]);
  });

  it('GIVEN Azure port ranges reversed, both forms set or none WHEN linted THEN each is caught', () => {
    expect(messages(portRangeProblems(one('azurerm_network_security_rule', { source_port_range: '*', destination_port_range: '100-90' })))).toEqual(['destination port "100-90" starts after it ends (100 > 90)']);
    expect(messages(portRangeProblems(one('azurerm_network_security_rule', { source_port_range: '*', destination_port_range: '80', destination_port_ranges: ['443'] })))).toEqual([
      'sets both destination_port_range and destination_port_ranges',
    ]);
    expect(messages(portRangeProblems(one('azurerm_network_security_group', { security_rule: [{ destination_port_range: '22' }] })))).toEqual(['needs source_port_range or source_port_ranges']);
  });
});

describe('check: firewall priorities', () => {
  const rule = (nsg: string, direction: string, priority: number) => ({ network_security_group_name: `\${azurerm_network_security_group.${nsg}.name}`, resource_group_name: 'rg', direction, priority });

  it('GIVEN one priority per NSG and direction WHEN linted THEN nothing is found, even for the same number inbound and outbound or in another NSG', () => {
    const stack = stackOf({ azurerm_network_security_rule: { a: rule('box', 'Inbound', 100), b: rule('box', 'Outbound', 100), c: rule('builders', 'Inbound', 100), d: rule('box', 'Inbound', 4096) } });
    expect(priorityProblems(stack)).toEqual([]);
  });

  it('GIVEN a priority taken twice in one NSG and direction, and priorities out of range WHEN linted THEN each is caught', () => {
    const stack = stackOf({ azurerm_network_security_rule: { a: rule('box', 'Inbound', 300), b: rule('box', 'Inbound', 300), c: rule('box', 'Inbound', 99), d: rule('box', 'Outbound', 4097) } });
    expect(priorityProblems(stack).map((p) => `${p.address} ${p.message}`)).toEqual([
      'azurerm_network_security_rule.b priority 300 (inbound) is already taken by azurerm_network_security_rule.a in the same network security group',
      'azurerm_network_security_rule.c priority 99 is outside 100-4096',
      'azurerm_network_security_rule.d priority 4097 is outside 100-4096',
    ]);
    expect(messages(priorityProblems(one('google_compute_firewall', { priority: 70000 })))).toEqual(['priority 70000 is outside 0-65535']);
  });
});

describe('check: AWS security group rules within the default quota', () => {
  const rules = (n: number, extra: Record<string, unknown> = {}) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`r${i}`, { security_group_id: '${aws_security_group.box.id}', ip_protocol: 'tcp', from_port: i, to_port: i, cidr_ipv4: '203.0.113.0/24', ...extra }]));

  it('GIVEN 60 IPv4 inbound rules and 60 IPv6 ones WHEN linted THEN nothing is found', () => {
    const v6 = Object.fromEntries(Object.entries(rules(60, { cidr_ipv4: undefined, cidr_ipv6: '2001:db8::/32' })).map(([k, v]) => [`v6${k}`, v]));
    expect(quotaProblems(stackOf({ aws_vpc_security_group_ingress_rule: { ...rules(60), ...v6 } }))).toEqual([]);
  });

  it('GIVEN 61 IPv4 inbound rules in one group WHEN linted THEN the group is reported at quota level', () => {
    expect(quotaProblems(stackOf({ aws_vpc_security_group_ingress_rule: rules(61) }))).toEqual([
      expect.objectContaining({ check: 'quotas', level: 'quota', address: 'aws_security_group.box', message: expect.stringContaining('has 61 inbound IPv4 rules') }),
    ]);
  });
});
