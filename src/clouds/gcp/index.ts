import { UBUNTU_SSH_RULES } from '../ubuntu';
import type { CloudProfile } from '../profile';
import { GCP_IMAGES } from './images';
import { GCP_HEALTH_CHECK, GCP_REQUIRED_APIS } from './platform';
import { GCP_REGIONS } from './regions';

/** Google Cloud as the kit knows it. */
export const GCP_PROFILE: CloudProfile = {
  cloud: 'gcp',
  title: 'GCP',
  offerCheck: (region, type) => `gcloud compute machine-types list --filter="zone~^${region}- AND name=${type}"`,
  regions: GCP_REGIONS,
  images: GCP_IMAGES,
  // The keys go to authorized_keys through cloud-init, beside OS Login, so Ubuntu's sshd decides.
  ssh: UBUNTU_SSH_RULES,
  // Balanced Persistent Disk and Hyperdisk Balanced both reach 64 TiB.
  disks: { maxGiB: 65536, source: 'cloud.google.com/compute/docs/disks (capacity limits)', asOf: '2026-12-06' },
  reservedAddresses: { first: 2, last: 2, words: 'GCP reserves its first two addresses and the last two' },
  // terraform-provider-google 6.50 has no graceful_shutdown (google-beta only), so a group's deletion waits only
  // for the shutdown script.
  drain: {
    minSeconds: 1,
    maxSeconds: 90,
    defaultSeconds: 90,
    mechanism: 'a deleted VM runs its shutdown script for about 90 s, best effort (30 s on spot)',
    source: 'cloud.google.com/compute/docs/shutdownscript (limitations)',
    asOf: '2026-12-06',
  },
  backup: {
    startStepMinutes: 60,
    minDailyRetention: 1,
    service: 'snapshot schedules',
    // google_compute_disk.snapshot takes a snapshot's URL or partial URL; project ids are 6-30 characters and
    // resource names RFC 1035 labels (cloud.google.com/compute/docs/naming-resources).
    restoreFrom: {
      pattern: /^projects\/[a-z][-a-z0-9]{4,28}[a-z0-9]\/global\/snapshots\/[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/,
      allowed: 'a snapshot as projects/<project>/global/snapshots/<name>',
    },
    source: 'cloud.google.com/compute/docs/reference/rest/v1/resourcePolicies (startTime: HH:00 UTC)',
    asOf: '2026-12-06',
  },
  spotAlternatives: {
    when: 'all-spot',
    why: 'a managed instance group takes other machine types (instance flexibility) only with the BALANCED or ANY shape, and an on-demand base needs a second version, which only the EVEN shape allows',
    source: 'cloud.google.com/compute/docs/instance-groups/about-instance-flexibility (limitations)',
    asOf: '2026-12-06',
  },
  platformAllowances: [GCP_HEALTH_CHECK],
  // Nothing beyond the APIs above: the stack creates or enables all it uses.
  prerequisites: [],
  requiredApis: GCP_REQUIRED_APIS,
};
