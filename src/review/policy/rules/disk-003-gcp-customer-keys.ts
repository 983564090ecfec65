import { verdict, type Finding, type PolicyRule } from '../rule';
import { resourcesOfType, type StackResource } from '../../terraform/json';
import { block, blocks, isObject } from '../../terraform/values';

function hasCustomerKey(disk: unknown): boolean {
  if (!isObject(disk)) return false;
  const key = block(disk.disk_encryption_key);
  return disk.kms_key_self_link !== undefined || disk.disk_encryption_key_raw !== undefined || (key !== undefined && Object.keys(key).length > 0);
}

/** Each disk a GCP resource defines: an instance's boot disk (unless it attaches a separate disk), a template's disks. */
function disks(resource: StackResource): { where: string; disk: unknown }[] {
  const a = resource.attributes;
  if (resource.type === 'google_compute_disk') return [{ where: 'disk', disk: a }];
  if (resource.type === 'google_compute_instance') {
    const boot = block(a.boot_disk);
    return boot && boot.source === undefined ? [{ where: 'boot_disk', disk: boot }] : [];
  }
  return blocks(a.disk).map((disk, i) => ({ where: `disk[${i}]`, disk }));
}

/** GCP disks on Google-managed keys: encrypted, but not with a key the operator controls. */
export const gcpGoogleManagedKeys: PolicyRule = {
  id: 'CIK-DISK-003',
  level: 'info',
  title: 'GCP disk on Google-managed encryption keys',
  explanation:
    'Every GCP disk is encrypted at rest with Google-managed keys. A customer-managed key (Cloud KMS) adds control over rotation and revocation that some compliance regimes ask for; the kit does not require one.',
  fix: 'If a customer-managed key is required, name it in the topology (`gcp.kmsKey`, a Cloud KMS key in gcp.region): the kit then sets `disk_encryption_key { kms_key_self_link }` on the disk and templates and encrypts the secrets with it.',
  mirrors: ['checkov CKV_GCP_37', 'checkov CKV_GCP_38', 'trivy GCP-0033', 'trivy GCP-0034'],
  clouds: ['gcp'],
  check: (stack) =>
    resourcesOfType(stack, 'google_compute_disk', 'google_compute_instance', 'google_compute_instance_template').flatMap(
      (resource): Finding[] => {
        const defined = disks(resource);
        if (defined.length === 0) return [];
        const plain = defined.filter(({ disk }) => !hasCustomerKey(disk));
        return [verdict(resource.address, plain.length === 0, 'encrypts its disks with a customer-managed key', `encrypts ${plain.map((d) => d.where).join(', ')} with Google-managed keys`)];
      },
    ),
};
