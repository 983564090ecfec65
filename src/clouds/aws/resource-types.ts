import type { ResourceTypeRule } from '../resource-type-rule';

/** Every resource type the AWS adapter renders, and what it is for. */
export const AWS_RESOURCE_TYPES: readonly ResourceTypeRule[] = [
  { type: 'aws_instance', role: 'services-box', holds: 'instance', runs: 'servicesBox' },
  // A restore makes the disk anew from the backup in its snapshot_id.
  { type: 'aws_ebs_volume', role: 'services-box', holds: 'disk', madeFrom: 'snapshot_id' },
  // Detaching loses nothing: the volume stays.
  { type: 'aws_volume_attachment', role: 'services-box' },
  { type: 'aws_eip', role: 'services-box', holds: 'address' },
  // The association can be recreated without losing the address.
  { type: 'aws_eip_association', role: 'services-box' },
  { type: 'aws_launch_template', role: 'builders', runs: 'builders' },
  { type: 'aws_autoscaling_group', role: 'builders', runs: 'builders' },
  { type: 'aws_autoscaling_lifecycle_hook', role: 'builders' },
  { type: 'aws_autoscaling_schedule', role: 'builders' },
  { type: 'aws_security_group', role: 'firewall' },
  { type: 'aws_default_security_group', role: 'firewall' },
  { type: 'aws_vpc_security_group_ingress_rule', role: 'firewall' },
  { type: 'aws_vpc_security_group_egress_rule', role: 'firewall' },
  { type: 'aws_route53_record', role: 'dns', holds: 'dns' },
  // Deleting the zone deletes the record with it.
  { type: 'aws_route53_zone', role: 'dns', holds: 'dns' },
  // Once the parent zone holds the DS record, losing the signing key or its KSK makes the name unresolvable for
  // validating resolvers.
  { type: 'aws_kms_key', role: 'dns', holds: 'dns' },
  { type: 'aws_route53_key_signing_key', role: 'dns', holds: 'dns' },
  { type: 'aws_route53_hosted_zone_dnssec', role: 'dns' },
  { type: 'aws_route53_query_log', role: 'dns' },
  { type: 'aws_cloudwatch_log_resource_policy', role: 'dns' },
  { type: 'aws_dlm_lifecycle_policy', role: 'backup', holds: 'backup' },
  // A throwaway installation's backups: deleting the vault (force_destroy) deletes its recovery points; the plan and
  // the selection are a schedule that can be recreated without loss.
  { type: 'aws_backup_vault', role: 'backup', holds: 'backup' },
  { type: 'aws_backup_plan', role: 'backup' },
  { type: 'aws_backup_selection', role: 'backup' },
  { type: 'tls_private_key', role: 'certificate' },
  { type: 'tls_self_signed_cert', role: 'certificate' },
  { type: 'aws_secretsmanager_secret', role: 'secrets-identity' },
  { type: 'aws_secretsmanager_secret_version', role: 'secrets-identity' },
  { type: 'aws_iam_role', role: 'secrets-identity' },
  { type: 'aws_iam_role_policy', role: 'secrets-identity' },
  { type: 'aws_iam_role_policy_attachment', role: 'secrets-identity' },
  { type: 'aws_iam_instance_profile', role: 'secrets-identity' },
  { type: 'aws_vpc', role: 'network' },
  { type: 'aws_flow_log', role: 'network' },
  // Flow logs and DNS query logs; the review tells them apart by name only, so both count as network.
  { type: 'aws_cloudwatch_log_group', role: 'network' },
  { type: 'aws_subnet', role: 'network' },
  { type: 'aws_internet_gateway', role: 'network' },
  { type: 'aws_nat_gateway', role: 'network' },
  { type: 'aws_route_table', role: 'network' },
  { type: 'aws_route_table_association', role: 'network' },
  // Holds the restore's backup id while servicesBox.restoreFrom is set; the data disk is replaced when it changes.
  { type: 'terraform_data', role: 'services-box' },
];
