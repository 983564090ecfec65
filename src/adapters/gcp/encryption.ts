import type { SecretManagerSecretReplication } from '@cdktf/provider-google/lib/secret-manager-secret';
import type { ResolvedTopology } from '../../topology/resolved';

/**
 * Where a new secret is kept: replicated automatically under Google-managed keys, or, with the topology's Cloud KMS
 * key, in the installation's region under that key. Automatic replication would need a key in `global`; a secret
 * kept in one region takes a key of that region (Secret Manager API, CustomerManagedEncryption.kms_key_name), the
 * same key the disks use (validation holds gcp.kmsKey to gcp.region).
 */
export function secretReplication(topology: ResolvedTopology<'gcp'>): SecretManagerSecretReplication {
  const kmsKeyName = topology.settings.kmsKey;
  if (!kmsKeyName) return { auto: {} };
  return { userManaged: { replicas: [{ location: topology.region, customerManagedEncryption: { kmsKeyName } }] } };
}

/**
 * A disk's encryption with the topology's Cloud KMS key (CKV_GCP_37, CIK-DISK-003), or nothing for Google-managed
 * keys. Compute Engine's service agent must hold roles/cloudkms.cryptoKeyEncrypterDecrypter on the key.
 */
export function diskEncryptionKey(topology: ResolvedTopology<'gcp'>): { diskEncryptionKey?: { kmsKeySelfLink: string } } {
  const kmsKeySelfLink = topology.settings.kmsKey;
  return kmsKeySelfLink ? { diskEncryptionKey: { kmsKeySelfLink } } : {};
}
