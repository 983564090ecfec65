import type { ResourceTypeRule } from '../resource-type-rule';

/** Every resource type the GCP adapter renders, and what it is for; google_project_service enables APIs: other. */
export const GCP_RESOURCE_TYPES: readonly ResourceTypeRule[] = [
  { type: 'google_compute_instance', role: 'services-box', holds: 'instance', runs: 'servicesBox' },
  // A restore makes the disk anew from the backup in its snapshot.
  { type: 'google_compute_disk', role: 'services-box', holds: 'disk', madeFrom: 'snapshot' },
  { type: 'google_compute_address', role: 'services-box', holds: 'address' },
  { type: 'google_compute_instance_template', role: 'builders', runs: 'builders' },
  { type: 'google_compute_region_instance_group_manager', role: 'builders', runs: 'builders' },
  { type: 'google_compute_region_autoscaler', role: 'builders' },
  { type: 'google_compute_health_check', role: 'builders' },
  { type: 'google_compute_firewall', role: 'firewall' },
  { type: 'google_dns_record_set', role: 'dns', holds: 'dns' },
  // Deleting the zone deletes the record with it.
  { type: 'google_dns_managed_zone', role: 'dns', holds: 'dns' },
  { type: 'google_compute_resource_policy', role: 'backup', holds: 'backup' },
  { type: 'google_compute_disk_resource_policy_attachment', role: 'backup', holds: 'backup' },
  { type: 'tls_private_key', role: 'certificate' },
  { type: 'tls_self_signed_cert', role: 'certificate' },
  { type: 'google_secret_manager_secret', role: 'secrets-identity' },
  { type: 'google_secret_manager_secret_version', role: 'secrets-identity' },
  { type: 'google_secret_manager_secret_iam_member', role: 'secrets-identity' },
  { type: 'google_service_account', role: 'secrets-identity' },
  { type: 'google_service_account_iam_member', role: 'secrets-identity' },
  { type: 'google_project_iam_member', role: 'secrets-identity' },
  { type: 'google_compute_network', role: 'network' },
  { type: 'google_compute_subnetwork', role: 'network' },
  { type: 'google_compute_router', role: 'network' },
  { type: 'google_compute_router_nat', role: 'network' },
  // Holds the restore's backup id while servicesBox.restoreFrom is set; the data disk is replaced when it changes.
  { type: 'terraform_data', role: 'services-box' },
];
