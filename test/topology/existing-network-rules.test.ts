import { parseSubnetworkRef } from '../../src/clouds/gcp/subnetwork-ref';
import { issueAt, issuesOf, topologySpec } from '../helpers/topology';

const AWS_EXISTING = { network: { existing: { vpcId: 'vpc-0123456789abcdef0', subnetIds: ['subnet-0123456789abcdef0'] } } };
const GCP_EXISTING = (subnetwork: string) => ({ network: { existing: { network: 'shared', subnetwork } }, servicesBox: { privateIp: '10.2.0.25' } });
const GCP_SHARED = { firewall: { remove: ['builders-all-builders'] } };

describe('Existing networks', () => {
  it('GIVEN an existing network without the services box address THEN the address is required on that cloud, naming the field', () => {
    expect(issueAt({ aws: AWS_EXISTING }, 'aws.servicesBox.privateIp').message).toMatch(/is required with aws\.network\.existing: give a free address/);
    expect(topologySpec({ aws: { ...AWS_EXISTING, servicesBox: { privateIp: '10.1.0.25' } } }).aws?.servicesBox.privateIp).toBe('10.1.0.25');
  });

  it.each([
    ['a name', 'ci', { name: 'ci' }],
    ['a path', 'projects/host-1/regions/us-central1/subnetworks/ci-2', { project: 'host-1', region: 'us-central1', name: 'ci-2' }],
    ['a full link', 'https://www.googleapis.com/compute/v1/projects/host-1/regions/us-central1/subnetworks/ci', { project: 'host-1', region: 'us-central1', name: 'ci' }],
  ])('GIVEN a GCP subnetwork as %s THEN project, region and name are read from it', (_form, text, parts) => {
    expect(parseSubnetworkRef(text)).toEqual(parts);
    expect(topologySpec({ ...GCP_SHARED, gcp: GCP_EXISTING(text) }).gcp?.network.existing?.subnetwork).toBe(text);
  });

  it('GIVEN a GCP subnetwork in none of the documented forms, or in another region THEN it is refused, naming the forms or the region', () => {
    expect(issueAt({ ...GCP_SHARED, gcp: GCP_EXISTING('regions/us-central1/subnetworks/ci') }, 'gcp.network.existing.subnetwork').message).toMatch(/must be a name, projects\/<project>\/regions\/<region>\/subnetworks\/<name>, or https:/);
    expect(issueAt({ ...GCP_SHARED, gcp: GCP_EXISTING('projects/p-1/regions/europe-west4/subnetworks/ci') }, 'gcp.network.existing.subnetwork').message).toBe(
      'is in region europe-west4, but gcp.region is us-central1: the boxes run in gcp.region',
    );
  });

  it('GIVEN an existing GCP subnetwork and builders-to-builders traffic THEN it is refused (GCP egress takes ranges only), naming the rule and the way out', () => {
    const issues = issuesOf({ gcp: GCP_EXISTING('ci') }).filter((issue) => issue.path === 'gcp.network.existing.network');
    expect(issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/^cannot carry rule builders-all-builders \(builders to builders\): GCP egress rules take address ranges only.*add builders-all-builders to firewall\.remove/)]);
    const added = { firewall: { remove: ['builders-all-builders'], add: [{ name: 'builders-cache-builders', role: 'builders', direction: 'outbound', peer: 'builders', ports: [6379], use: 'Shared cache' }] } };
    expect(issuesOf({ ...added, gcp: GCP_EXISTING('ci') }).filter((issue) => issue.path === 'gcp.network.existing.network').map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^cannot carry rule builders-cache-builders/),
    ]);
  });
});

describe('Created DNS zones', () => {
  it('GIVEN dns.create with several clouds THEN it is refused: one name, one delegation', () => {
    expect(issueAt({ dns: { create: true } }, 'dns.create').message).toBe(
      'may be true with one cloud only (clouds are aws, gcp, azure): a parent zone delegates a name to one set of name servers; select one cloud, or use an existing zone (dns.create: false) on each',
    );
    expect(topologySpec({ clouds: ['gcp'], dns: { create: true } }).dns.create).toBe(true);
  });
});
