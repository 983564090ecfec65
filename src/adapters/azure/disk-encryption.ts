import type { ResolvedTopology } from '../../topology/resolved';

/**
 * The OS disk setting that encrypts a disk with the topology's disk encryption set (a customer's Key Vault key,
 * CKV_AZURE_93), or nothing for platform-managed keys. The set is the operator's: it must be in the installation's
 * region and its identity able to use the key (learn.microsoft.com/azure/virtual-machines/disk-encryption).
 * Encryption at host stays on either way; with a set it encrypts the host caches with the same key.
 */
export function diskEncryption(topology: ResolvedTopology<'azure'>): { diskEncryptionSetId?: string } {
  const set = topology.settings.diskEncryptionSetId;
  return set ? { diskEncryptionSetId: set } : {};
}
