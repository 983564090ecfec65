import type { TerraformJson } from '../../helpers/synth';
import { rendered, type Row } from '../cells';
import { all, allData, one, renderedFleet } from '../terraform';
import { builderTypesRow } from './families';

const gcs = (json: TerraformJson) => (json.terraform?.backend as { gcs: Record<string, unknown> }).gcs;
const provider = (json: TerraformJson) => json.provider?.google?.[0] as { project: string; region: string };

/** The gcp section. */
export const GCP_ROWS: readonly Row[] = [
  { path: 'gcp.project', gcp: rendered('everything', 'provider `project`', (json) => provider(json).project, 'example-ci-staging') },
  {
    path: 'gcp.region',
    gcp: rendered('everything', 'provider `region`; box in zone `<region>-b`', (json) => [provider(json).region, one(json, 'google_compute_instance').zone], ['europe-west4', 'europe-west4-b'], {
      refuses: { patch: { gcp: { region: 'europe-west99' } }, message: /is not one of the GCP regions the kit knows/, what: 'a region not in the kit’s table' },
    }),
  },
  { path: 'gcp.network.subnetCidr', gcp: rendered('everything', 'subnetwork `ip_cidr_range`', (json) => one(json, 'google_compute_subnetwork').ip_cidr_range, '10.80.0.0/20') },
  {
    path: 'gcp.network.privateBuilders',
    gcp: rendered('everything', 'Cloud NAT; builder templates without `access_config`', (json) => [all(json, 'google_compute_router_nat').length, all(json, 'google_compute_instance_template').map((t) => t.network_interface[0].access_config)], [1, [undefined]]),
  },
  {
    path: 'gcp.network.existing.network',
    gcp: rendered('alternatives', 'firewall rules’ `network`; no network created', (json) => [...new Set(all(json, 'google_compute_firewall').map((f) => f.network)), all(json, 'google_compute_network').length], ['projects/example-ci-project/global/networks/shared', 0], {
      refuses: { patch: { gcp: { network: { existing: { network: 'shared', subnetwork: 'ci' } }, servicesBox: { privateIp: '10.2.0.25' } } }, message: /cannot carry rule builders-all-builders \(builders to builders\): GCP egress rules take address ranges only/, what: 'builders-to-builders rules (egress takes ranges only)' },
    }),
  },
  {
    path: 'gcp.network.existing.subnetwork',
    gcp: rendered(
      'alternatives',
      'subnetwork looked up by project, region and name (a name, a path or a link)',
      // Every data source also waits for the project's APIs (depends_on), which is not what this row is about.
      (json) => allData(json, 'google_compute_subnetwork').map(({ project, region, name }: Record<string, unknown>) => ({ project, region, name })),
      [{ project: 'example-ci-project', region: 'us-central1', name: 'ci' }],
      {
        refuses: [
          { patch: { firewall: { remove: ['builders-all-builders'] }, gcp: { network: { existing: { network: 'shared', subnetwork: 'subnetworks/ci' } }, servicesBox: { privateIp: '10.2.0.25' } } }, message: /must be a name, projects\/<project>\/regions/, what: 'another form' },
          { patch: { firewall: { remove: ['builders-all-builders'] }, gcp: { network: { existing: { network: 'shared', subnetwork: 'projects/p-1/regions/europe-west4/subnetworks/ci' } }, servicesBox: { privateIp: '10.2.0.25' } } }, message: /is in region europe-west4, but gcp.region is us-central1/, what: 'another region' },
        ],
      },
    ),
  },
  { path: 'gcp.servicesBox.instanceType', gcp: rendered('alternatives', 'instance `machine_type`', (json) => one(json, 'google_compute_instance').machine_type, 'n2-standard-32') },
  { path: 'gcp.servicesBox.image', gcp: rendered('alternatives', 'boot disk `image`', (json) => all(json, 'google_compute_disk').map((disk) => disk.image).filter(Boolean), ['projects/example-ci-project/global/images/services-box-golden']) },
  {
    path: 'gcp.servicesBox.privateIp',
    gcp: rendered('everything', 'reserved internal `address`', (json) => all(json, 'google_compute_address').find((a) => a.address_type === 'INTERNAL')?.address, '10.80.0.20', {
      refuses: { patch: { firewall: { remove: ['builders-all-builders'] }, gcp: { network: { existing: { network: 'shared', subnetwork: 'ci' } } } }, message: /is required with gcp.network.existing/, what: 'left out with an existing network' },
    }),
  },
  {
    path: 'gcp.builders.instanceType',
    gcp: rendered('alternatives', 'template `machine_type`', (json) => renderedFleet('gcp', json).instanceType, 'n2-standard-32', {
      refuses: { patch: { builders: { arch: 'arm64', install: { method: 'none' } }, gcp: { builders: { instanceType: 'n2-standard-32' } } }, message: /is an x86_64 type and builders.arch is arm64/, what: 'a type of the other arch' },
    }),
  },
  {
    path: 'gcp.builders.image',
    gcp: rendered('alternatives', 'template disk `source_image`', (json) => all(json, 'google_compute_instance_template').map((t) => t.disk[0].source_image), ['projects/example-ci-project/global/images/builder-golden']),
  },
  builderTypesRow('gcp', 'allow'),
  builderTypesRow('gcp', 'deny'),
  {
    path: 'gcp.kmsKey',
    gcp: rendered(
      'everything',
      'disks and template `disk_encryption_key`; secrets kept in the region under the key',
      (json) => [
        ...new Set([
          ...all(json, 'google_compute_disk').map((disk) => disk.disk_encryption_key.kms_key_self_link),
          ...all(json, 'google_compute_instance_template').map((t) => t.disk[0].disk_encryption_key.kms_key_self_link),
          ...all(json, 'google_secret_manager_secret').map((s) => s.replication.user_managed.replicas[0].customer_managed_encryption.kms_key_name),
        ]),
      ],
      ['projects/example-ci-staging/locations/europe-west4/keyRings/ci/cryptoKeys/ci-all'],
      { refuses: { patch: { gcp: { kmsKey: 'projects/example-ci-staging/locations/global/keyRings/ci/cryptoKeys/ci-all' } }, message: /is a key in global; it must be in gcp.region us-central1/, what: 'a key outside gcp.region' } },
    ),
  },
  { path: 'gcp.dns.managedZone', gcp: rendered('alternatives', 'record set `managed_zone`', (json) => one(json, 'google_dns_record_set').managed_zone, 'shared-example-com') },
  { path: 'gcp.backend.gcs.bucket', gcp: rendered('everything', 'GCS backend `bucket`', (json) => gcs(json).bucket, 'example-terraform-state') },
  { path: 'gcp.backend.gcs.prefix', gcp: rendered('everything', 'GCS backend `prefix`', (json) => gcs(json).prefix, 'ci-all') },
];
