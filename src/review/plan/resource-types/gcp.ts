import type { TypeRule } from './type-rule';

/** GCP resource types the kit renders, and where they go in the report. */
export const GCP_TYPES: readonly TypeRule[] = [
  { type: 'google_compute_instance', role: 'services-box', holds: 'instance' },
  { type: 'google_compute_disk', role: 'services-box', holds: 'disk' },
  { type: 'google_compute_address', role: 'services-box', holds: 'address' },
  // An attachment can be recreated without losing the disk.
  { type: 'google_compute_attached_disk', role: 'services-box' },
  { type: 'google_compute_instance_template', role: 'builders' },
  { type: 'google_compute_region_instance_template', role: 'builders' },
  { type: 'google_compute_instance_group_manager', role: 'builders' },
  { type: 'google_compute_region_instance_group_manager', role: 'builders' },
  { type: 'google_compute_autoscaler', role: 'builders' },
  { type: 'google_compute_region_autoscaler', role: 'builders' },
  { type: 'google_compute_health_check', role: 'builders' },
  { type: 'google_compute_firewall', role: 'firewall' },
  { type: 'google_compute_firewall_policy*', role: 'firewall' },
  { type: 'google_dns_record_set', role: 'dns', holds: 'dns' },
  // Deleting the zone deletes the record with it.
  { type: 'google_dns_managed_zone', role: 'dns', holds: 'dns' },
  { type: 'google_dns_*', role: 'dns' },
  { type: 'google_compute_resource_policy', role: 'backup', holds: 'backup' },
  { type: 'google_compute_disk_resource_policy_attachment', role: 'backup', holds: 'backup' },
  { type: 'google_certificate_manager_*', role: 'certificate' },
  { type: 'google_compute_ssl_certificate', role: 'certificate' },
  { type: 'google_compute_managed_ssl_certificate', role: 'certificate' },
  { type: 'google_secret_manager_*', role: 'secrets-identity' },
  { type: 'google_kms_*', role: 'secrets-identity' },
  { type: 'google_service_account*', role: 'secrets-identity' },
  { type: '*_iam_*', role: 'secrets-identity' },
  { type: 'google_compute_network', role: 'network' },
  { type: 'google_compute_subnetwork', role: 'network' },
  { type: 'google_compute_route', role: 'network' },
  { type: 'google_compute_router', role: 'network' },
  { type: 'google_compute_router_nat', role: 'network' },
];
