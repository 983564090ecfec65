import { UBUNTU_MAX_USERNAME_LENGTH, UBUNTU_SYSTEM_ACCOUNTS } from '../ubuntu';
import type { CloudProfile } from '../profile';
import { ENCRYPTION_AT_HOST } from './encryption-at-host';
import { AZURE_IMAGES } from './images';
import { TERMINATE_NOTIFICATION_MINUTES } from './terminate-notification';
import { AZURE_REGIONS } from './regions';

/**
 * Names Azure refuses as a Linux VM's admin_username (terraform-provider-azurerm
 * internal/services/compute/validate/linux_admin_username.go, as in the Compute API).
 */
const AZURE_DISALLOWED_ADMINS = [
  'administrator', 'admin', 'user', 'user1', 'test', 'user2', 'test1', 'user3', 'admin1', '1', '123', 'a', 'actuser', 'adm',
  'admin2', 'aspnet', 'backup', 'console', 'david', 'guest', 'john', 'owner', 'root', 'server', 'sql', 'support',
  'support_388945a0', 'sys', 'test2', 'test3', 'user4', 'user5',
];

/** The longest Linux admin_username the Compute API takes (linux_admin_username.go). */
const AZURE_MAX_ADMIN_LENGTH = 64;

/** Azure as the kit knows it. */
export const AZURE_PROFILE: CloudProfile = {
  cloud: 'azure',
  title: 'Azure',
  offerCheck: (region, type) => `az vm list-skus --location ${region} --size ${type} --output table`,
  regions: AZURE_REGIONS,
  images: AZURE_IMAGES,
  // admin_ssh_key.public_key is decoded and parsed by the provider: RSA of 2048 bits or more, or ED25519.
  ssh: {
    keyTypes: ['ssh-ed25519', 'ssh-rsa'],
    minRsaBits: 2048,
    reservedUsernames: [...new Set([...AZURE_DISALLOWED_ADMINS, ...UBUNTU_SYSTEM_ACCOUNTS])],
    // The API takes 64 characters (linux_admin_username.go), but the Ubuntu image's useradd only 32.
    maxUsernameLength: Math.min(AZURE_MAX_ADMIN_LENGTH, UBUNTU_MAX_USERNAME_LENGTH),
    source: 'terraform-provider-azurerm 4.55.0 internal/services/compute/validate/{ssh_key,linux_admin_username}.go',
    asOf: '2026-12-06',
  },
  // servicesBox.diskGiB sizes the OS disk as well as the data disk (it kept its size when the state moved, so an
  // upgrade only adds resources), and a managed OS disk is at most 4,095 GiB.
  disks: { maxGiB: 4095, source: 'learn.microsoft.com/azure/virtual-machines/managed-disks-overview (OS disk size)', asOf: '2026-12-06' },
  reservedAddresses: { first: 4, last: 1, words: 'Azure reserves its first four addresses and the last' },
  drain: {
    // A shorter drain is the agent's to keep: the notification waits at least 5 minutes, the agent approves sooner.
    minSeconds: 1,
    maxSeconds: TERMINATE_NOTIFICATION_MINUTES.max * 60,
    defaultSeconds: TERMINATE_NOTIFICATION_MINUTES.max * 60,
    mechanism: 'a scale set’s terminate notification delays a deletion by at most 15 minutes',
    source: 'learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-terminate-notification',
    asOf: '2026-12-06',
  },
  backup: {
    startStepMinutes: 30,
    minDailyRetention: 7,
    service: 'Azure Backup',
    // create_option Copy takes a snapshot's or a managed disk's id as source_resource_id (azurerm 4.55
    // managed_disk); a disk restored by Azure Backup ("Restore disks") is a managed disk.
    restoreFrom: {
      pattern: /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[-\w.()]{1,90}\/providers\/Microsoft\.Compute\/(snapshots|disks)\/[\w.-]{1,80}$/i,
      allowed: 'a snapshot or managed disk id, /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Compute/snapshots/<name> or …/disks/<name>',
    },
    source: 'learn.microsoft.com/azure/backup/backup-azure-vms-introduction (schedules in 30-minute steps; daily points kept 7 days or more)',
    asOf: '2026-12-06',
  },
  // A uniform scale set has one `sku` (terraform-provider-azurerm
  // internal/services/compute/linux_virtual_machine_scale_set_resource.go).
  spotAlternatives: {
    when: 'never',
    why: 'a scale set runs one VM size, so spot builders there use the sizing plan’s size only',
    source: 'terraform-provider-azurerm 4.55.0 linux_virtual_machine_scale_set_resource.go (sku)',
    asOf: '2026-12-06',
  },
  platformAllowances: [],
  requiredApis: [],
  prerequisites: [ENCRYPTION_AT_HOST],
};
