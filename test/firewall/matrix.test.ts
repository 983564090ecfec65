import { readFileSync } from 'node:fs';
import { buildMatrix, firewallEntries, matrixTables, type CidrPeer, type FirewallRule } from '../../src/firewall';
import { resolvedFor } from '../helpers/topology';

const peers: Record<string, CidrPeer> = {
  endUsers: { name: 'endUsers', ingressCidrs: ['198.51.100.0/24'], egressCidrs: ['198.51.100.0/24'] },
  administrators: { name: 'administrators', ingressCidrs: ['203.0.113.0/24'], egressCidrs: ['203.0.113.0/24'] },
  github: { name: 'github', ingressCidrs: ['192.30.252.0/22'], egressCidrs: ['0.0.0.0/0'] },
  internet: { name: 'internet', ingressCidrs: ['0.0.0.0/0'], egressCidrs: ['0.0.0.0/0'] },
};

/** The seed document's three tables, parsed from a copy of the seed the project was created from: the matrix must render them row for row. */
function seedTables(): string[][] {
  const seed = readFileSync(`${__dirname}/../fixtures/seed/circleci-enterprise-overview.md`, 'utf8');
  return seed
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.includes('---') && !line.includes('| Source'))
    .map((line) => line.split('|').slice(1, -1).map((c) => c.trim().replace(/\[([^\]]+)\]\([^)]*\)/, '$1')));
}

function renderedRows(rules: readonly FirewallRule[]): string[][] {
  return matrixTables(rules)
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('|-') && !line.includes('| Source'))
    .map((line) => line.split('|').slice(1, -1).map((c) => c.trim()));
}

describe('firewall matrix', () => {
  it('GIVEN the default matrix WHEN rendered as tables THEN the seed and github tables match the seed document row for row', () => {
    const matrix = buildMatrix(peers);
    const seedRules = matrix.rules.filter((r) => r.origin === 'seed');
    const expected = seedTables().map((row) => [row[0], row[1], row[2]]);
    expect(expected.length).toBeGreaterThan(0);
    expect(renderedRows(seedRules)).toEqual(expected);
  });

  it('GIVEN the default matrix THEN it holds the seed rules, the boot egress and the implied role-to-role egress', () => {
    const matrix = buildMatrix(peers);
    // Named here, not counted from SEED_RULES (which buildMatrix itself reads): a dropped or extra seed rule fails.
    expect(matrix.rules.filter((r) => r.origin === 'seed').map((r) => r.name).sort()).toEqual([
      'builders-all-builders',
      'builders-all-services',
      'builders-api-administrators',
      'builders-api-github',
      'builders-git-github',
      'builders-ssh-administrators',
      'builders-ssh-builds-end-users',
      'services-admin-console-administrators',
      'services-all-builders',
      'services-api-github',
      'services-git-github',
      'services-http-end-users',
      'services-ssh-administrators',
      'services-webhooks-github',
    ]);
    expect(matrix.rules.filter((r) => r.origin === 'boot').map((r) => r.name).sort()).toEqual(['builders-packages-internet', 'services-packages-internet']);
    const implied = matrix.rules.filter((r) => r.origin === 'implied');
    expect(implied.map((r) => [r.name, r.role, r.peer])).toEqual(
      expect.arrayContaining([
        ['builders-to-services-all-builders', 'builders', 'servicesBox'],
        ['services-to-builders-all-services', 'servicesBox', 'builders'],
        ['builders-to-builders-all-builders', 'builders', 'builders'],
      ]),
    );
    expect(implied.every((r) => r.direction === 'outbound')).toBe(true);
  });

  it('GIVEN a removed default rule THEN it and its implied egress are gone', () => {
    const matrix = buildMatrix(peers, { remove: ['builders-all-builders'] });
    expect(matrix.rules.map((r) => r.name)).not.toContain('builders-all-builders');
    expect(matrix.rules.map((r) => r.name)).not.toContain('builders-to-builders-all-builders');
  });

  it('GIVEN rules added in different orders THEN the matrix is the same', () => {
    const a: FirewallRule = { name: 'services-metrics-admins', role: 'servicesBox', direction: 'inbound', peer: 'administrators', ports: [{ protocol: 'tcp', from: 9100, to: 9100 }], use: 'Metrics', origin: 'user' };
    const b: FirewallRule = { ...a, name: 'builders-metrics-admins', role: 'builders' };
    expect(buildMatrix(peers, { add: [a, b] })).toEqual(buildMatrix(peers, { add: [b, a] }));
  });

  it('GIVEN rules that coincide on role, direction, peer and port THEN the entries merge them with both uses', () => {
    const entries = firewallEntries(buildMatrix(peers));
    const https = entries.find((e) => e.id === 'servicesBox-out-tcp443-0.0.0.0/0');
    expect([...(https?.rules ?? [])].sort()).toEqual(['services-api-github', 'services-packages-internet']);
    expect(https?.description).toBe('API Access; Package mirrors and cloud APIs (boot)');
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('GIVEN the default topology THEN no administrator port is open to the world', () => {
    const matrix = resolvedFor('aws').firewall;
    const inboundWorld = firewallEntries(matrix).filter((e) => e.direction === 'inbound' && e.peer.kind === 'cidr' && e.peer.cidr === '0.0.0.0/0');
    expect(inboundWorld).toEqual([]);
  });
});
