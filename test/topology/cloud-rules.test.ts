import { topologySpec, issueAt, issuesOf } from '../helpers/topology';

const AZURE_SUBNET = '/subscriptions/0000/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/hub/subnets/ci';

describe("a selected cloud's own limits, checked with the rest of the topology", () => {
  it('GIVEN six such problems on three clouds WHEN validated THEN all six are reported together', () => {
    const issues = issuesOf({
      servicesBox: { backup: { at: '03:15', retention: 3 } },
      builders: { schedule: { timezone: 'Antarctica/Troll' } },
      azure: { servicesBox: { privateIp: '10.99.0.5' } },
      aws: { servicesBox: { privateIp: '10.40.200.5' } },
    });
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'aws.servicesBox.privateIp',
      'azure.servicesBox.privateIp',
      'builders.schedule.timezone',
      'servicesBox.backup.at',
      'servicesBox.backup.at',
      'servicesBox.backup.retention',
    ]);
    expect(issues.filter((issue) => issue.path === 'servicesBox.backup.at').map((issue) => issue.message)).toEqual([
      expect.stringMatching(/on the hour on GCP/),
      expect.stringMatching(/multiple of 30 minutes past the hour on Azure/),
    ]);
  });

  it('GIVEN the same values on AWS alone THEN they are accepted: the limits are GCP’s and Azure’s', () => {
    const spec = topologySpec({
      clouds: ['aws'],
      gcp: undefined,
      azure: undefined,
      servicesBox: { backup: { at: '03:15', retention: 3 } },
      builders: { schedule: { timezone: 'Antarctica/Troll' } },
    });
    expect(spec.servicesBox.backup).toMatchObject({ at: '03:15', retention: 3 });
  });

  it('GIVEN a weekly Azure backup kept 3 times THEN it is accepted: the 7-day minimum is for daily points', () => {
    expect(topologySpec({ servicesBox: { backup: { frequency: 'weekly', at: '01:00', retention: 3 } } }).servicesBox.backup.retention).toBe(3);
  });
});

describe("a pinned services box address lies in the subnet the kit makes for it, off the cloud's reserved addresses", () => {
  it.each([
    ['aws', '10.40.0.4', '10.40.0.0/20'],
    ['aws', '10.40.15.254', '10.40.0.0/20'],
    ['gcp', '10.50.0.2', '10.50.0.0/20'],
    ['gcp', '10.50.15.253', '10.50.0.0/20'],
    ['azure', '10.60.0.4', '10.60.0.0/18'],
    ['azure', '10.60.63.254', '10.60.0.0/18'],
  ])('GIVEN %s and %s (first or last usable of %s) THEN it is accepted', (cloud, address) => {
    expect(topologySpec({ [cloud]: { servicesBox: { privateIp: address } } })[cloud as 'aws']?.servicesBox.privateIp).toBe(address);
  });

  it.each([
    ['aws', '10.40.0.3', /10\.40\.0\.0\/20 \(AWS reserves its first four addresses and the last\)/],
    ['aws', '10.40.15.255', /AWS reserves/],
    ['aws', '10.40.16.10', /subnet 10\.40\.0\.0\/20/],
    ['gcp', '10.50.0.1', /10\.50\.0\.0\/20 \(GCP reserves its first two addresses and the last two\)/],
    ['gcp', '10.50.15.254', /GCP reserves/],
    ['azure', '10.60.0.3', /10\.60\.0\.0\/18 \(Azure reserves its first four addresses and the last\)/],
    ['azure', '10.60.64.10', /subnet 10\.60\.0\.0\/18/],
  ])('GIVEN %s and %s THEN it is refused at <cloud>.servicesBox.privateIp', (cloud, address, message) => {
    const issue = issueAt({ [cloud]: { servicesBox: { privateIp: address } } }, `${cloud}.servicesBox.privateIp`);
    expect(issue.value).toBe(address);
    expect(issue.message).toMatch(message);
  });

  it('GIVEN a network the topology does not make (existing) THEN the address is not held against the kit’s layout', () => {
    const spec = topologySpec({ aws: { network: { existing: { vpcId: 'vpc-0123456789abcdef0', subnetIds: ['subnet-0123456789abcdef0'] } }, servicesBox: { privateIp: '172.16.5.10' } } });
    expect(spec.aws?.servicesBox.privateIp).toBe('172.16.5.10');
  });

  it('GIVEN a malformed network and an address THEN only the network is reported, at its own field', () => {
    const issues = issuesOf({ azure: { network: { vnetCidr: '2001:db8::/48' }, servicesBox: { privateIp: '10.60.0.10' } } });
    expect(issues.map((issue) => issue.path)).toEqual(['azure.network.vnetCidr']);
  });
});

describe('Azure images and subnet ids', () => {
  it.each(['Canonical:ubuntu-24_04-lts:server:latest', '/subscriptions/0000/resourceGroups/img/providers/Microsoft.Compute/images/ci'])('GIVEN the image %s THEN it is accepted', (image) => {
    expect(topologySpec({ azure: { builders: { image } } }).azure?.builders.image).toBe(image);
  });

  it.each(['ubuntu-latest', 'Canonical:ubuntu:server', 'a::b:c'])('GIVEN the image %s THEN it is refused, naming the role', (image) => {
    expect(issueAt({ azure: { servicesBox: { image } } }, 'azure.servicesBox.image').message).toMatch(/publisher:offer:sku:version/);
    expect(issueAt({ azure: { builders: { image } } }, 'azure.builders.image').message).toMatch(/publisher:offer:sku:version/);
  });

  it('GIVEN existing subnets THEN each must be a whole subnet id', () => {
    expect(topologySpec({ azure: { network: { existing: { servicesSubnetId: AZURE_SUBNET, buildersSubnetId: AZURE_SUBNET } }, servicesBox: { privateIp: '10.0.0.25' } } }).azure?.network.existing?.servicesSubnetId).toBe(AZURE_SUBNET);
    const issue = issueAt({ azure: { network: { existing: { servicesSubnetId: '/subscriptions/0000/resourceGroups/net', buildersSubnetId: AZURE_SUBNET } } } }, 'azure.network.existing.servicesSubnetId');
    expect(issue.message).toMatch(/must be a subnet id \/subscriptions\/<id>\/resourceGroups/);
  });
});
