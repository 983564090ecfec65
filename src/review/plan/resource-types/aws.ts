import type { TypeRule } from './type-rule';

/** AWS resource types the kit renders, and where they go in the report. */
export const AWS_TYPES: readonly TypeRule[] = [
  { type: 'aws_instance', role: 'services-box', holds: 'instance' },
  { type: 'aws_ebs_volume', role: 'services-box', holds: 'disk' },
  { type: 'aws_eip', role: 'services-box', holds: 'address' },
  // A network interface carries the box's fixed private IP.
  { type: 'aws_network_interface', role: 'services-box', holds: 'address' },
  { type: 'aws_network_interface_sg_attachment', role: 'firewall' },
  // Attachments can be recreated without losing the disk or the address.
  { type: 'aws_eip_association', role: 'services-box' },
  { type: 'aws_volume_attachment', role: 'services-box' },
  { type: 'aws_launch_template', role: 'builders' },
  { type: 'aws_autoscaling_*', role: 'builders' },
  { type: 'aws_security_group', role: 'firewall' },
  { type: 'aws_default_security_group', role: 'firewall' },
  { type: 'aws_security_group_rule', role: 'firewall' },
  { type: 'aws_vpc_security_group_*', role: 'firewall' },
  { type: 'aws_network_acl*', role: 'firewall' },
  { type: 'aws_route53_record', role: 'dns', holds: 'dns' },
  // Deleting the zone deletes the record with it.
  { type: 'aws_route53_zone', role: 'dns', holds: 'dns' },
  { type: 'aws_route53_*', role: 'dns' },
  { type: 'aws_dlm_lifecycle_policy', role: 'backup', holds: 'backup' },
  { type: 'aws_backup_*', role: 'backup', holds: 'backup' },
  { type: 'aws_acm_certificate*', role: 'certificate' },
  { type: 'aws_secretsmanager_*', role: 'secrets-identity' },
  { type: 'aws_ssm_parameter', role: 'secrets-identity' },
  { type: 'aws_kms_*', role: 'secrets-identity' },
  { type: 'aws_iam_*', role: 'secrets-identity' },
  { type: 'aws_vpc', role: 'network' },
  { type: 'aws_subnet', role: 'network' },
  { type: 'aws_internet_gateway*', role: 'network' },
  { type: 'aws_route', role: 'network' },
  { type: 'aws_route_table*', role: 'network' },
  { type: 'aws_main_route_table_association', role: 'network' },
  { type: 'aws_nat_gateway', role: 'network' },
];
