import { issuesOf, topologySpec } from '../helpers/topology';

const EXISTING = {
  firewall: { remove: ['builders-all-builders'] },
  aws: { network: { existing: { vpcId: 'vpc-0123456789abcdef0', subnetIds: ['subnet-0123456789abcdef0'] } }, servicesBox: { privateIp: '10.1.0.25' } },
  gcp: { network: { existing: { network: 'shared', subnetwork: 'projects/example-ci-project/regions/us-central1/subnetworks/ci' } }, servicesBox: { privateIp: '10.2.0.25' } },
  azure: {
    servicesBox: { privateIp: '10.3.0.25' },
    network: {
      existing: {
        servicesSubnetId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/hub/subnets/services',
        buildersSubnetId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/hub/subnets/builders',
      },
    },
  },
};

describe('Ranges the installation can reach', () => {
  test('GIVEN IPv6 ranges in every place a range is written WHEN validated THEN each is refused at its own path', () => {
    const issues = issuesOf({
      network: { administrators: ['2001:db8:a::/48'], endUsers: ['203.0.113.0/24', '2001:db8:b::/48'], github: { hooks: ['2001:db8:c::/48'] }, peers: { monitoring: ['2001:db8:d::/48'] } },
    });
    expect(issues.filter((issue) => /IPv6 range/.test(issue.message)).map((issue) => issue.path)).toEqual([
      'network.administrators[0]',
      'network.endUsers[1]',
      'network.github.hooks[0]',
      'network.peers.monitoring[0]',
    ]);
  });

  test('GIVEN a private peer range and networks the kit creates WHEN validated THEN it is refused, naming the clouds without a route', () => {
    const [issue] = issuesOf({ network: { peers: { artifactCache: ['10.30.0.0/16'] } } });
    expect(issue.path).toBe('network.peers.artifactCache[0]');
    expect(issue.message).toMatch(/private range \(10\.30\.0\.0\/16, in 10\.0\.0\.0\/8\).* on aws, gcp, azure has no route/);
  });

  test('GIVEN GitHub Enterprise Server at a private address and a created network on one cloud only WHEN validated THEN only that cloud is named', () => {
    const [issue] = issuesOf({ ...EXISTING, aws: { network: { vpcCidr: '10.40.0.0/16' } }, network: { github: { enterpriseServer: '172.20.0.5/32' } } });
    expect(issue.path).toBe('network.github.enterpriseServer');
    expect(issue.message).toMatch(/on aws has no route/);
  });

  test('GIVEN existing networks on every selected cloud WHEN a private peer is named THEN it is accepted: their routes are the operator’s', () => {
    const spec = topologySpec({ ...EXISTING, network: { github: { enterpriseServer: '10.20.0.5/32' }, peers: { vpn: ['192.168.0.0/16', '100.64.0.0/10'] } } });
    expect(spec.network.peers.vpn).toEqual(['192.168.0.0/16', '100.64.0.0/10']);
  });

  test('GIVEN a private range inside the network the kit creates, and public ranges that hold private space WHEN validated THEN they are accepted', () => {
    const spec = topologySpec({ clouds: ['aws'], gcp: undefined, azure: undefined, network: { peers: { inside: ['10.40.8.0/24'] }, administrators: ['0.0.0.0/0'] }, acknowledgements: [{ rule: 'CIK-NET-001', reason: 'a lab behind its own perimeter firewall' }] });
    expect(spec.network.peers.inside).toEqual(['10.40.8.0/24']);
  });
});
