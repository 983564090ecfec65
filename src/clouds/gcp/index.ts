import { UBUNTU_MAX_USERNAME_LENGTH, UBUNTU_SYSTEM_ACCOUNTS } from '../ubuntu';
import type { CloudProfile } from '../profile';
import { GCP_IMAGES } from './images';
import { GCP_REGIONS } from './regions';

/** Google Cloud as the kit knows it. */
export const GCP_PROFILE: CloudProfile = {
  cloud: 'gcp',
  title: 'GCP',
  regionField: 'gcp.region',
  regions: GCP_REGIONS,
  images: GCP_IMAGES,
  ssh: {
    keyTypes: ['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'],
    minRsaBits: 1024,
    reservedUsernames: UBUNTU_SYSTEM_ACCOUNTS,
    maxUsernameLength: UBUNTU_MAX_USERNAME_LENGTH,
    source: 'sshd_config(5) RequiredRSASize, OpenSSH 9.6 (Ubuntu 24.04)',
    asOf: '2026-12-06',
  },
  // Balanced Persistent Disk and Hyperdisk Balanced both reach 64 TiB.
  disks: { maxGiB: 65536, source: 'cloud.google.com/compute/docs/disks (capacity limits)', asOf: '2026-12-06' },
  reservedAddresses: { first: 2, last: 2, words: 'GCP reserves its first two addresses and the last two' },
};
