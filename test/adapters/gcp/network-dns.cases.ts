import { TerraformStack } from 'cdktf';
import { GcpInstallation } from '../../../src/adapters/gcp';
import { onlyResource, resourcesOf, synthCloud, synthStack } from '../../helpers/synth';
import { resolvedFor } from '../../helpers/topology';
import { testApp } from '../../helpers/app';

type Json = Record<string, any>;

const RFC1035 = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

describe('GCP network, DNS and outputs', () => {
  it('creates a custom-mode network and a subnetwork with the topology CIDR', () => {
    const json = synthCloud('gcp');
    expect(onlyResource(json, 'google_compute_network')).toMatchObject({ name: 'ci-network', auto_create_subnetworks: false });
    expect(onlyResource(json, 'google_compute_subnetwork')).toMatchObject({ ip_cidr_range: '10.50.0.0/20', region: 'us-central1', private_ip_google_access: true });
  });

  const shared = (subnetwork: string) => ({ firewall: { remove: ['builders-all-builders'] }, gcp: { network: { existing: { network: 'shared-vpc', subnetwork } }, servicesBox: { privateIp: '10.8.0.25' } } });

  it('uses an existing network by name, with the box on the address the topology gives', () => {
    const json = synthCloud('gcp', shared('shared-subnet'));
    expect(resourcesOf(json, 'google_compute_network')).toEqual({});
    expect(resourcesOf(json, 'google_compute_subnetwork')).toEqual({});
    expect(Object.values(json.data?.google_compute_subnetwork ?? {})).toEqual([expect.objectContaining({ name: 'shared-subnet', region: 'us-central1' })]);
    expect(Object.values(json.data?.google_compute_subnetwork ?? {})[0]).not.toHaveProperty('self_link');
    const internal = (Object.values(resourcesOf(json, 'google_compute_address')) as Json[]).find((a) => a.address_type === 'INTERNAL');
    expect(internal?.address).toBe('10.8.0.25');
    for (const firewall of Object.values(resourcesOf(json, 'google_compute_firewall')) as Json[]) expect(firewall.network).toBe('shared-vpc');
  });

  it.each([
    ['a path', 'projects/host-project/regions/us-central1/subnetworks/ci'],
    ['a full link', 'https://www.googleapis.com/compute/v1/projects/host-project/regions/us-central1/subnetworks/ci'],
  ])('looks an existing subnetwork given as %s up by project, region and name, never by self_link (which takes full links only)', (_form, subnetwork) => {
    const json = synthCloud('gcp', shared(subnetwork));
    expect(Object.values(json.data?.google_compute_subnetwork ?? {})).toEqual([expect.objectContaining({ name: 'ci', region: 'us-central1', project: 'host-project' })]);
    expect(Object.values(json.data?.google_compute_subnetwork ?? {})[0]).not.toHaveProperty('self_link');
  });

  it('scopes no builder rule by the shared subnetwork range: builders are named by tag, and only the services box egress names a range', () => {
    const json = synthCloud('gcp', shared('shared-subnet'));
    const rules = Object.values(resourcesOf(json, 'google_compute_firewall')) as Json[];
    const fromBuilders = rules.filter((rule) => (rule.target_tags as string[]).includes('ci-builders') && rule.direction === 'EGRESS');
    const ranges = fromBuilders.flatMap((rule) => (rule.destination_ranges as string[]) ?? []);
    expect(ranges.filter((range) => /subnetwork/.test(range))).toEqual([]);
  });

  it('takes a network passed in by another CDKTF app', () => {
    // GIVEN a stack of another app that owns the network
    const other = new TerraformStack(testApp(), 'other');
    new GcpInstallation(other, 'installation', {
      topology: resolvedFor('gcp'),
      existingNetwork: { network: 'projects/p/global/networks/n', subnetwork: 'projects/p/regions/us-central1/subnetworks/s', subnetCidr: '10.70.0.0/24' },
    });
    // WHEN synthesized THEN nothing of the network is created or looked up, and the box takes the 10th host
    const json = synthStack(other);
    expect(resourcesOf(json, 'google_compute_network')).toEqual({});
    expect(json.data?.google_compute_subnetwork).toBeUndefined();
    const internal = (Object.values(resourcesOf(json, 'google_compute_address')) as Json[]).find((a) => a.address_type === 'INTERNAL');
    expect(internal?.address).toBe('10.70.0.10');
  });

  it('takes the services box address that comes with a network passed in', () => {
    const other = new TerraformStack(testApp(), 'other');
    new GcpInstallation(other, 'installation', {
      topology: resolvedFor('gcp'),
      existingNetwork: { network: 'n', subnetwork: 's', subnetCidr: '10.70.0.0/24', servicesPrivateIp: '10.70.0.77' },
    });
    const internal = (Object.values(resourcesOf(synthStack(other), 'google_compute_address')) as Json[]).find((a) => a.address_type === 'INTERNAL');
    expect(internal?.address).toBe('10.70.0.77');
  });

  it('points an A record in the existing managed zone at the static address', () => {
    const json = synthCloud('gcp');
    expect(onlyResource(json, 'google_dns_record_set')).toMatchObject({
      managed_zone: 'example-com',
      name: 'ci.example.com.',
      type: 'A',
      ttl: 300,
      rrdatas: [expect.stringContaining('installation_services_box_external_address')],
    });
    expect(resourcesOf(json, 'google_dns_managed_zone')).toEqual({});
  });

  it('creates a DNSSEC zone when dns.create is set and outputs its name servers and the DS record the parent needs', () => {
    const json = synthCloud('gcp', { clouds: ['gcp'], dns: { create: true } });
    const [zoneName] = Object.keys(json.resource?.google_dns_managed_zone ?? {});
    const keys = Object.entries(json.data?.google_dns_keys ?? {});
    expect(keys).toHaveLength(1);
    expect(keys[0][1].managed_zone).toBe(`\${google_dns_managed_zone.${zoneName}.id}`);
    expect(json.output?.dns_ds_record?.value).toBe(`\${data.google_dns_keys.${keys[0][0]}.key_signing_keys[0].ds_record}`);
    expect(onlyResource(json, 'google_dns_managed_zone')).toMatchObject({ dns_name: 'example.com.', dnssec_config: { state: 'on' } });
    expect(onlyResource(json, 'google_dns_record_set').managed_zone).toContain('google_dns_managed_zone.');
    expect(json.output?.dns_name_servers).toBeDefined();
  });

  it('outputs what every cloud outputs', () => {
    const json = synthCloud('gcp');
    expect(Object.keys(json.output ?? {}).sort()).toEqual(
      ['builder_group_name', 'github_oauth_callback_url', 'services_box_private_ip', 'services_box_public_ip', 'sizing_plan', 'url'].sort(),
    );
    expect(json.output?.url.value).toBe('https://ci.example.com');
    expect(json.output?.github_oauth_callback_url.value).toBe('https://ci.example.com/auth/github');
  });

  it('names every resource RFC 1035, prefixed with the installation name, even for a long name', () => {
    const json = synthCloud('gcp', { name: 'a-very-long-ci-name1', domain: 'ci.example.com' });
    // A record set's name is the DNS name it answers for, not a resource name.
    const names = Object.entries(json.resource ?? {})
      .filter(([type]) => type !== 'google_dns_record_set')
      .flatMap(([, byName]) => Object.values(byName))
      .map((r) => (r as Json).name)
      .filter((n): n is string => typeof n === 'string' && !n.includes('${'));
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      expect(name).toMatch(RFC1035);
      expect(name.startsWith('a-very-long-ci-name1')).toBe(true);
    }
    const accounts = (Object.values(resourcesOf(json, 'google_service_account')) as Json[]).map((a) => a.account_id);
    for (const id of accounts) expect(id).toMatch(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/);
    expect(new Set(accounts).size).toBe(accounts.length);
  });
});
