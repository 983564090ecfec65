import { DENY_ALL_PRIORITY, FIRST_PRIORITY, nsgRules } from '../../../src/adapters/azure/nsg-rules';
import { ROLE_TAG } from '../../../src/adapters/shared/naming';
import { isRolePeer, ruleCidrs, ROLES, type FirewallRule, type RoleName } from '../../../src/firewall/model';
import { isWorldOpen } from '../../../src/topology/cidr';
import { resourcesOf, type TerraformJson } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';
import { EXISTING_AZURE, synthAzure } from './support';

type NsgRuleJson = {
  name: string;
  network_security_group_name: string;
  priority: number;
  direction: 'Inbound' | 'Outbound';
  access: 'Allow' | 'Deny';
  protocol: string;
  description: string;
  destination_port_range?: string;
  destination_port_ranges?: string[];
  source_address_prefix?: string;
  source_address_prefixes?: string[];
  destination_address_prefix?: string;
  destination_address_prefixes?: string[];
  source_application_security_group_ids?: string[];
  destination_application_security_group_ids?: string[];
};

/** One rule as the test reads it back: role, direction, peer, ports and description. */
type ReadBack = { role: string; direction: string; peer: string; ports: string[]; description: string };

const SUFFIX = /(-(tcp|udp|all))?$/;
const ROLE_TOKENS: Record<RoleName, string> = { servicesBox: 'services', builders: 'builders' };

/** Role of each NSG and ASG, by the `${type.name.attr}` reference, from the role tag. */
function roleByRef(json: TerraformJson, type: string, attribute: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, resource] of Object.entries(resourcesOf(json, type))) {
    const role = (resource.tags as Record<string, string>)[ROLE_TAG];
    map.set(`\${${type}.${name}.${attribute}}`, role === 'services-box' ? 'servicesBox' : role);
  }
  return map;
}

function nsgRulesOf(json: TerraformJson): NsgRuleJson[] {
  return Object.values(resourcesOf(json, 'azurerm_network_security_rule')) as unknown as NsgRuleJson[];
}

function expected(rule: FirewallRule, cidrs: readonly string[]): ReadBack {
  const ports = rule.ports.map((p) => (p.protocol === 'all' ? 'all' : `${p.protocol}:${p.from === p.to ? p.from : `${p.from}-${p.to}`}`)).sort();
  const peer = isRolePeer(rule.peer) ? rule.peer : cidrs.some(isWorldOpen) ? 'Internet' : [...cidrs].sort().join(',');
  return { role: rule.role, direction: rule.direction, peer, ports, description: rule.use };
}

/** Reads the NSG rules rendering one matrix rule back into the matrix's terms. */
function readBack(json: TerraformJson, rules: NsgRuleJson[]): ReadBack {
  const nsgRole = roleByRef(json, 'azurerm_network_security_group', 'name');
  const asgRole = roleByRef(json, 'azurerm_application_security_group', 'id');
  const first = rules[0];
  const inbound = first.direction === 'Inbound';
  const peers = new Set<string>();
  const ports: string[] = [];
  for (const r of rules) {
    const asgs = inbound ? r.source_application_security_group_ids : r.destination_application_security_group_ids;
    const prefixes = inbound ? (r.source_address_prefixes ?? [r.source_address_prefix]) : (r.destination_address_prefixes ?? [r.destination_address_prefix]);
    if (asgs) asgs.forEach((id) => peers.add(asgRole.get(id) ?? id));
    else prefixes.forEach((p) => peers.add(String(p)));
    const ranges = r.destination_port_ranges ?? [r.destination_port_range];
    for (const range of ranges) ports.push(r.protocol === '*' ? 'all' : `${r.protocol.toLowerCase()}:${range}`);
    // The role's own side is always the role's ASG.
    const own = inbound ? r.destination_application_security_group_ids : r.source_application_security_group_ids;
    expect(own?.map((id) => asgRole.get(id))).toEqual([nsgRole.get(r.network_security_group_name)]);
  }
  return {
    role: String(nsgRole.get(first.network_security_group_name)),
    direction: inbound ? 'inbound' : 'outbound',
    peer: [...peers].sort().join(','),
    ports: [...new Set(ports)].sort(),
    description: first.description,
  };
}

function nsgRuleName(rule: FirewallRule): string {
  const token = ROLE_TOKENS[rule.role];
  return rule.name.startsWith(`${token}-`) ? rule.name : `${token}-${rule.name}`;
}

function compareWithMatrix(json: TerraformJson, patch: Record<string, unknown>): void {
  const topology = resolvedFor('azure', patch);
  const rendered = nsgRulesOf(json).filter((r) => r.access === 'Allow');
  const claimed = new Set<NsgRuleJson>();
  for (const rule of topology.firewall.rules) {
    const mine = rendered.filter((r) => r.name.replace(SUFFIX, '') === nsgRuleName(rule) || r.name === nsgRuleName(rule));
    expect(mine.length).toBeGreaterThan(0);
    mine.forEach((r) => claimed.add(r));
    expect(readBack(json, mine)).toEqual(expected(rule, ruleCidrs(topology.firewall, rule)));
  }
  // THEN nothing is open that the matrix does not hold
  expect(rendered.filter((r) => !claimed.has(r))).toEqual([]);
}

const USER_RULES = {
  network: { peers: { monitoring: ['192.0.2.0/28', '198.51.100.0/28'] } },
  firewall: {
    add: [
      { name: 'metrics-monitoring', role: 'servicesBox', peer: 'monitoring', ports: [9100, '8125/udp'], use: 'Metrics scraping and StatsD' },
      { name: 'builders-world-ssh-builds', role: 'builders', peer: 'internet', ports: ['64535-65535'], use: 'SSH into builds from anywhere' },
    ],
  },
};

describe('Azure firewall', () => {
  let json: TerraformJson;
  let custom: TerraformJson;
  beforeAll(() => {
    json = synthAzure();
    custom = synthAzure(USER_RULES);
  });

  it('GIVEN the default topology WHEN synthesized THEN the NSG rules read back as the matrix, rule by rule', () => {
    compareWithMatrix(json, {});
  });

  it('GIVEN user rules with mixed protocols, several networks and a world peer WHEN synthesized THEN they read back as the matrix too', () => {
    compareWithMatrix(custom, USER_RULES);
    const names = nsgRulesOf(custom).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['services-metrics-monitoring-tcp', 'services-metrics-monitoring-udp', 'builders-world-ssh-builds']));
    const world = nsgRulesOf(custom).find((r) => r.name === 'builders-world-ssh-builds');
    expect(world?.source_address_prefix).toBe('Internet');
  });

  it.each([
    ['the default topology', () => json],
    ['a topology with user rules', () => custom],
  ])('GIVEN %s WHEN synthesized THEN NSG priorities are unique per NSG and within 100-4096', (_, get) => {
    const byNsg = new Map<string, number[]>();
    for (const rule of nsgRulesOf(get())) byNsg.set(rule.network_security_group_name, [...(byNsg.get(rule.network_security_group_name) ?? []), rule.priority]);
    expect(byNsg.size).toBe(2);
    for (const priorities of byNsg.values()) {
      expect(new Set(priorities).size).toBe(priorities.length);
      for (const p of priorities) {
        expect(p).toBeGreaterThanOrEqual(100);
        expect(p).toBeLessThanOrEqual(4096);
      }
    }
  });

  it('GIVEN each NSG WHEN synthesized THEN an explicit deny-all each way sits below every allowed rule', () => {
    const byNsg = new Map<string, NsgRuleJson[]>();
    for (const rule of nsgRulesOf(json)) byNsg.set(rule.network_security_group_name, [...(byNsg.get(rule.network_security_group_name) ?? []), rule]);
    for (const rules of byNsg.values()) {
      const denies = rules.filter((r) => r.access === 'Deny');
      expect(denies.map((r) => [r.direction, r.priority, r.protocol, r.source_address_prefix, r.destination_address_prefix, r.destination_port_range]).sort()).toEqual([
        ['Inbound', DENY_ALL_PRIORITY.inbound, '*', '*', '*', '*'],
        ['Outbound', DENY_ALL_PRIORITY.outbound, '*', '*', '*', '*'],
      ]);
      const lowestDeny = Math.min(...denies.map((r) => r.priority));
      for (const allow of rules.filter((r) => r.access === 'Allow')) expect(allow.priority).toBeLessThan(lowestDeny);
    }
  });

  it('GIVEN a rule is added WHEN priorities are assigned THEN every other rule keeps its priority', () => {
    const before = resolvedFor('azure');
    const after = resolvedFor('azure', USER_RULES);
    for (const role of ROLES) {
      const old = new Map(nsgRules(before.firewall, role).map((r) => [r.name, r.priority]));
      for (const rule of nsgRules(after.firewall, role).filter((r) => old.has(r.name))) expect(rule.priority).toBe(old.get(rule.name));
      for (const rule of nsgRules(after.firewall, role)) expect(rule.priority).toBeGreaterThanOrEqual(FIRST_PRIORITY);
    }
  });

  it('GIVEN the kit creates the subnets WHEN synthesized THEN each role NSG is attached to its subnet and none to NICs', () => {
    const associations = Object.values(resourcesOf(json, 'azurerm_subnet_network_security_group_association'));
    expect(associations).toHaveLength(2);
    expect(resourcesOf(json, 'azurerm_network_interface_security_group_association')).toEqual({});
    const roles = roleByRef(json, 'azurerm_network_security_group', 'id');
    const subnets = Object.fromEntries(Object.entries(resourcesOf(json, 'azurerm_subnet')).map(([name, s]) => [`\${azurerm_subnet.${name}.id}`, s.name]));
    const pairs = associations.map((a) => [roles.get(String(a.network_security_group_id)), subnets[String(a.subnet_id)]]).sort();
    expect(pairs).toEqual([
      ['builders', 'ci-builders'],
      ['servicesBox', 'ci-services-box'],
    ]);
  });

  it('GIVEN existing subnets WHEN synthesized THEN the NSGs attach to the NICs, not to subnets the kit does not own', () => {
    const existing = synthAzure({ azure: EXISTING_AZURE });
    expect(resourcesOf(existing, 'azurerm_subnet_network_security_group_association')).toEqual({});
    expect(Object.values(resourcesOf(existing, 'azurerm_network_interface_security_group_association'))).toHaveLength(1);
    const scaleSet = Object.values(resourcesOf(existing, 'azurerm_linux_virtual_machine_scale_set'))[0] as { network_interface: { network_security_group_id?: string }[] };
    expect(scaleSet.network_interface[0].network_security_group_id).toMatch(/^\$\{azurerm_network_security_group\.[a-z_]*builders_nsg/);
  });

  it('GIVEN the firewall WHEN synthesized THEN ASGs and NSGs carry the role tag and rule names carry the role', () => {
    for (const type of ['azurerm_network_security_group', 'azurerm_application_security_group']) {
      const roles = Object.values(resourcesOf(json, type)).map((r) => (r.tags as Record<string, string>)[ROLE_TAG]);
      expect(roles.sort()).toEqual(['builders', 'services-box']);
    }
    for (const rule of nsgRulesOf(json)) expect(rule.name).toMatch(/^(services|builders)-/);
  });
});
