import { ED25519_OTHER, RSA_2048 } from '../helpers/ssh-keys';
import { existingSecret } from '../helpers/topology';
import { RESTORE_FROM } from '../helpers/restore';

/** Builders small enough that burstable, shared-core and flex types win, all on spot, without a schedule. */
const SMALL_BUILDERS = {
  containers: 4,
  container: { cpus: 1, memoryGiB: 2 },
  reserve: { cpus: 1, memoryGiB: 2 },
  minBuilders: 6,
  allowBurstable: true,
  allowSharedCore: true,
  allowFlex: true,
  spot: { enabled: true, onDemandBase: 0 },
  schedule: undefined,
} as const;

/**
 * The topologies the option table is proven on: the repository's default topology, and a handful of variants of it
 * (patches; `undefined` deletes a key), each synthesized once per cloud. Together they give every option a
 * non-default value: `everything` sets all that can coexist, the others the alternatives that exclude them.
 * Peers and users are IPv4 documentation ranges (RFC 5737), and no network range is private. A variant may select
 * fewer clouds (`clouds`): it is then synthesized only for those; `clouds: 'each'` selects the one cloud it is
 * synthesized for, for options only one cloud at a time may set.
 */
export const VARIANTS = {
  /** topology.yaml as it is. */
  default: {},

  /** Every option that can coexist with the others, each away from its default; dns.create makes it one cloud at a time. */
  everything: {
    clouds: 'each',
    name: 'ci-all',
    domain: 'ci.build.example.org',
    tags: { team: 'platform', environment: 'staging', owner: 'build-infrastructure' },
    network: {
      administrators: ['203.0.113.0/24', '192.0.2.128/25'],
      endUsers: ['198.51.100.0/24', '192.0.2.64/26'],
      github: { enterpriseServer: '198.51.100.7/32' },
      peers: { monitoring: ['192.0.2.0/27'], artifactCache: ['192.0.2.32/27'] },
    },
    firewall: {
      add: [
        { name: 'services-metrics-monitoring', role: 'servicesBox', direction: 'inbound', peer: 'monitoring', ports: [9100, '9200-9299'], use: 'Prometheus scrapes the services box' },
        { name: 'builders-artifact-cache', role: 'builders', direction: 'outbound', peer: 'artifactCache', ports: [443, '53/udp'], use: 'Builds fetch dependencies from the artifact cache' },
      ],
      remove: ['builders-all-builders'],
    },
    servicesBox: {
      dailyActiveUsers: undefined,
      vcpus: 16,
      memoryGiB: 128,
      diskGiB: 500,
      backup: { frequency: 'weekly', weekday: 'SAT', at: '01:00', retention: 12 },
      install: { method: 'none' },
      restoreFrom: RESTORE_FROM,
    },
    builders: {
      containers: 64,
      container: { cpus: 4, memoryGiB: 8 },
      reserve: { cpus: 3, memoryGiB: 6 },
      arch: 'arm64',
      minBuilders: 3,
      maxBuilderVcpus: 32,
      drainTimeoutSeconds: 60,
      spot: { enabled: true, onDemandBase: 2 },
      schedule: { timezone: 'Europe/Berlin', days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], start: '06:30', end: '21:00', offHoursContainers: 16 },
      install: { method: 'commands', commands: ['bash /opt/mirror/init-builder.sh'] },
    },
    dns: { zone: 'example.org', create: true, ttl: 60 },
    certificate: { mode: 'self-signed', validityDays: 30 },
    github: { clientId: 'Iv1.fedcba9876543210', clientSecret: existingSecret('github-client-secret', { vault: 'ci-shared-vault' }) },
    secretPassphrase: existingSecret('circle-passphrase', { vault: 'ci-shared-vault' }),
    ssh: {
      username: 'ops',
      publicKeys: [ED25519_OTHER, RSA_2048],
    },
    aws: {
      region: 'eu-west-1',
      network: { vpcCidr: '10.70.0.0/16', availabilityZones: 3, privateBuilders: true },
      servicesBox: { privateIp: '10.70.0.20' },
      builders: { families: { allow: ['c6g', 'm6g', 'm7g'], deny: ['c6g'] } },
      keyName: 'ops-admin',
      kmsKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      backend: { s3: { bucket: 'example-terraform-state', key: 'ci-all/terraform.tfstate' } },
    },
    gcp: {
      project: 'example-ci-staging',
      region: 'europe-west4',
      network: { subnetCidr: '10.80.0.0/20', privateBuilders: true },
      servicesBox: { privateIp: '10.80.0.20' },
      builders: { families: { allow: ['c4a-highcpu', 'c4a-standard'], deny: ['c4a-highcpu'] } },
      dns: { managedZone: 'example-org' },
      kmsKey: 'projects/example-ci-staging/locations/europe-west4/keyRings/ci/cryptoKeys/ci-all',
      backend: { gcs: { bucket: 'example-terraform-state', prefix: 'ci-all' } },
    },
    azure: {
      location: 'westeurope',
      subscriptionId: '00000000-0000-4000-8000-000000000000',
      resourceGroup: 'ci-all-resources',
      zones: ['1', '2'],
      network: { vnetCidr: '10.90.0.0/16', privateBuilders: true },
      servicesBox: { privateIp: '10.90.0.20' },
      builders: { families: { allow: ['Dpsv6', 'Epsv5'], deny: ['Dpsv6'] } },
      diskEncryptionSetId: '/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/keys/providers/Microsoft.Compute/diskEncryptionSets/ci-all',
      keyVault: { deployerAddresses: ['198.51.100.77/32'] },
      backend: { azurerm: { resourceGroupName: 'terraform-state', storageAccountName: 'examplestate', containerName: 'tfstate', key: 'ci-all/azure.tfstate' } },
    },
  },

  /**
   * The alternatives `everything` excludes: a fixed count of pinned builder types, on-demand only, without schedule;
   * existing networks (each with the services box's address, and without builders-to-builders traffic, which GCP
   * could allow there only to the whole shared subnetwork); a provided certificate from an existing key and a variable chain; secrets by variable with
   * versions; a throwaway installation without protection; images and services box types pinned; other backends.
   */
  alternatives: {
    throwaway: true,
    network: { administrators: ['0.0.0.0/0'], github: { hooks: ['192.0.2.240/28'] } },
    acknowledgements: [{ rule: 'CIK-NET-001', reason: 'A throwaway installation administered from anywhere, behind SSH keys only.' }],
    firewall: { remove: ['builders-all-builders'] },
    servicesBox: {
      dailyActiveUsers: 2000,
      protection: false,
      backup: { frequency: 'daily', at: '04:00', retention: 10 },
      install: { method: 'commands', commands: ['bash /opt/mirror/replicated.sh no-proxy'] },
    },
    builders: { containers: undefined, count: 4, spot: { enabled: false }, schedule: undefined, install: { method: 'none' } },
    certificate: {
      mode: 'provided',
      privateKey: existingSecret('tls-private-key', { vault: 'ci-shared-vault', replacesVariable: false }),
      chain: { variable: 'tls_chain_pem', version: 2 },
    },
    github: { clientId: 'Iv1.0123456789abcdef', clientSecret: { variable: 'gh_oauth_secret', version: 3 } },
    secretPassphrase: { variable: 'passphrase_value', version: 4 },
    aws: {
      network: {
        existing: {
          vpcId: 'vpc-0abc12345def67890',
          subnetIds: ['subnet-0abc12345def67890', 'subnet-0abc12345def67891'],
          builderSubnetIds: ['subnet-0abc12345def67892', 'subnet-0abc12345def67893'],
        },
      },
      servicesBox: { instanceType: 'm6i.8xlarge', image: 'ami-0123456789abcdef0', privateIp: '10.1.0.25' },
      builders: { instanceType: 'c6i.8xlarge', image: 'ami-0fedcba9876543210' },
      dns: { zoneId: 'Z0123456789ABCDEFGHIJ' },
      backend: { s3: { bucket: 'example-terraform-state', region: 'us-west-2', dynamodbTable: 'terraform-locks' } },
    },
    gcp: {
      network: {
        existing: {
          network: 'projects/example-ci-project/global/networks/shared',
          subnetwork: 'projects/example-ci-project/regions/us-central1/subnetworks/ci',
        },
      },
      servicesBox: { instanceType: 'n2-standard-32', image: 'projects/example-ci-project/global/images/services-box-golden', privateIp: '10.2.0.25' },
      builders: { instanceType: 'n2-standard-32', image: 'projects/example-ci-project/global/images/builder-golden' },
      dns: { managedZone: 'shared-example-com' },
      backend: { gcs: { bucket: 'example-terraform-state' } },
    },
    azure: {
      network: {
        existing: {
          servicesSubnetId: '/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/network/providers/Microsoft.Network/virtualNetworks/shared/subnets/services',
          buildersSubnetId: '/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/network/providers/Microsoft.Network/virtualNetworks/shared/subnets/builders',
        },
      },
      servicesBox: { instanceType: 'Standard_E16s_v5', image: 'Canonical:ubuntu-24_04-lts:server:24.04.202501010', privateIp: '10.3.0.25' },
      builders: { instanceType: 'Standard_D32s_v5', image: '/subscriptions/00000000-0000-4000-8000-000000000000/resourceGroups/images/providers/Microsoft.Compute/images/builder-golden' },
      dns: { resourceGroup: 'shared-dns' },
      backend: { azurerm: { resourceGroupName: 'terraform-state', storageAccountName: 'examplestate', containerName: 'tfstate' } },
    },
  },

  /**
   * Small builders where burstable, shared-core and flex types win, all on spot (onDemandBase 0); the certificate's
   * other halves (key by variable, chain existing).
   */
  smallBuilders: {
    certificate: {
      mode: 'provided',
      privateKey: { variable: 'tls_key_pem', version: 2 },
      chain: existingSecret('tls-certificate-chain', { vault: 'ci-shared-vault', replacesVariable: false }),
    },
    builders: SMALL_BUILDERS,
  },

  /**
   * smallBuilders with many spot alternatives, on the clouds that render them: Azure refuses spot.alternatives (a
   * scale set runs one size), so this variant selects AWS and GCP only.
   */
  spotTypes: {
    clouds: ['aws', 'gcp'],
    builders: { ...SMALL_BUILDERS, spot: { ...SMALL_BUILDERS.spot, alternatives: 19 } },
  },
} as const;

/** A variant's name. */
export type VariantName = keyof typeof VARIANTS;
