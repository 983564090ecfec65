import type { Cloud } from '../../../src/cloud';
import { POLICY_RULES, type PolicyRule } from '../../../src/review/policy';
import { FAKE_ACCESS_KEY_ID, FAKE_PEM, FIXTURE_CONTEXT, failingStack, passingStack, resources, type Fixture } from './fixtures';

function rule(id: string): PolicyRule {
  const found = POLICY_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id} in the pack`);
  return found;
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** One failing fixture: the passing stack of a cloud with one change, and the finding the change must produce. */
interface FailingCase {
  readonly rule: string;
  readonly cloud: Cloud;
  readonly when: string;
  readonly change: (stack: Fixture) => void;
  readonly resource: string;
  readonly message: RegExp;
}

const awsInstance = (s: Fixture) => resources(s, 'aws_instance').services_box;
const awsTemplate = (s: Fixture) => resources(s, 'aws_launch_template').builders;
const gcpInstance = (s: Fixture) => resources(s, 'google_compute_instance').services_box;
const gcpTemplate = (s: Fixture) => resources(s, 'google_compute_instance_template').builders;
const azureVm = (s: Fixture) => resources(s, 'azurerm_linux_virtual_machine').services_box;
const azureScaleSet = (s: Fixture) => resources(s, 'azurerm_linux_virtual_machine_scale_set').builders;
const withoutMetadataBlock = (text: string) => text.split('\n').filter((line) => !line.includes('169.254.0.0/16')).join('\n');

const CASES: readonly FailingCase[] = [
  // CIK-NET-001
  { rule: 'CIK-NET-001', cloud: 'aws', when: 'SSH from 0.0.0.0/0', change: (s) => (resources(s, 'aws_vpc_security_group_ingress_rule').services_ssh.cidr_ipv4 = '0.0.0.0/0'), resource: 'aws_vpc_security_group_ingress_rule.services_ssh', message: /port 22 to 0\.0\.0\.0\/0/ },
  {
    rule: 'CIK-NET-001', cloud: 'aws', when: 'an inline all-traffic ingress from ::/0',
    change: (s) => (resources(s, 'aws_security_group').builders.ingress = [{ protocol: '-1', from_port: 0, to_port: 0, ipv6_cidr_blocks: ['::/0'], description: 'x' }]),
    resource: 'aws_security_group.builders (ingress[0])', message: /port 22 and 8800 to ::\/0/,
  },
  { rule: 'CIK-NET-001', cloud: 'gcp', when: 'SSH from 0.0.0.0/0', change: (s) => (resources(s, 'google_compute_firewall').services_ssh.source_ranges = ['0.0.0.0/0']), resource: 'google_compute_firewall.services_ssh', message: /port 22/ },
  { rule: 'CIK-NET-001', cloud: 'gcp', when: 'an SSH rule with no source at all (GCP default: everywhere)', change: (s) => delete resources(s, 'google_compute_firewall').services_ssh.source_ranges, resource: 'google_compute_firewall.services_ssh', message: /port 22 to 0\.0\.0\.0\/0/ },
  {
    rule: 'CIK-NET-001', cloud: 'azure', when: 'SSH from *',
    change: (s) => {
      const ssh = resources(s, 'azurerm_network_security_rule').services_ssh;
      delete ssh.source_address_prefixes;
      ssh.source_address_prefix = '*';
    },
    resource: 'azurerm_network_security_rule.services_ssh', message: /port 22 to \*/,
  },
  // CIK-NET-002
  {
    rule: 'CIK-NET-002', cloud: 'aws', when: 'SSH into builds from the world, which the matrix keeps to end users',
    change: (s) => (resources(s, 'aws_vpc_security_group_ingress_rule').builders_builds_world = { security_group_id: '${aws_security_group.builders.id}', cidr_ipv4: '0.0.0.0/0', ip_protocol: 'tcp', from_port: 64535, to_port: 65535, description: 'SSH into builds' }),
    resource: 'aws_vpc_security_group_ingress_rule.builders_builds_world', message: /tcp 64535-65535 from 0\.0\.0\.0\/0 to the builders/,
  },
  {
    rule: 'CIK-NET-002', cloud: 'aws', when: 'HTTPS from ::/0 where the matrix allows only 0.0.0.0/0',
    change: (s) => {
      const https = resources(s, 'aws_vpc_security_group_ingress_rule').services_https_world;
      delete https.cidr_ipv4;
      https.cidr_ipv6 = '::/0';
    },
    resource: 'aws_vpc_security_group_ingress_rule.services_https_world', message: /tcp 443 from ::\/0 to the services box/,
  },
  { rule: 'CIK-NET-002', cloud: 'gcp', when: 'world HTTPS aimed at the builders', change: (s) => (resources(s, 'google_compute_firewall').services_https_world.target_tags = ['ci-builders']), resource: 'google_compute_firewall.services_https_world', message: /tcp 443 from 0\.0\.0\.0\/0 to the builders/ },
  { rule: 'CIK-NET-002', cloud: 'azure', when: 'port 8443 from Internet', change: (s) => (resources(s, 'azurerm_network_security_rule').services_https_world.destination_port_range = '8443'), resource: 'azurerm_network_security_rule.services_https_world', message: /tcp 8443 from Internet to the services box/ },
  // CIK-NET-003
  {
    rule: 'CIK-NET-003', cloud: 'aws', when: 'an all-traffic egress rule to 0.0.0.0/0',
    change: (s) => {
      const egress = resources(s, 'aws_vpc_security_group_egress_rule').builders_https;
      egress.ip_protocol = '-1';
      delete egress.from_port;
      delete egress.to_port;
    },
    resource: 'aws_vpc_security_group_egress_rule.builders_https', message: /all protocols on all ports to 0\.0\.0\.0\/0/,
  },
  { rule: 'CIK-NET-003', cloud: 'gcp', when: 'no deny-all egress rule', change: (s) => delete resources(s, 'google_compute_firewall').deny_all_egress, resource: 'google_compute_network.main', message: /implied allow-all egress/ },
  { rule: 'CIK-NET-003', cloud: 'azure', when: 'no deny-all outbound rule in the builders NSG', change: (s) => delete resources(s, 'azurerm_network_security_rule').builders_deny_out, resource: 'azurerm_network_security_group.builders', message: /AllowInternetOutBound/ },
  // CIK-NET-004
  { rule: 'CIK-NET-004', cloud: 'aws', when: 'a rule without description', change: (s) => delete resources(s, 'aws_vpc_security_group_ingress_rule').services_ssh.description, resource: 'aws_vpc_security_group_ingress_rule.services_ssh', message: /no description/ },
  { rule: 'CIK-NET-004', cloud: 'aws', when: 'a security group with a blank description', change: (s) => (resources(s, 'aws_security_group').builders.description = ' '), resource: 'aws_security_group.builders', message: /no description/ },
  { rule: 'CIK-NET-004', cloud: 'gcp', when: 'a firewall without description', change: (s) => delete resources(s, 'google_compute_firewall').services_ssh.description, resource: 'google_compute_firewall.services_ssh', message: /no description/ },
  { rule: 'CIK-NET-004', cloud: 'azure', when: 'an NSG rule without description', change: (s) => delete resources(s, 'azurerm_network_security_rule').services_ssh.description, resource: 'azurerm_network_security_rule.services_ssh', message: /no description/ },
  // CIK-NET-005
  {
    rule: 'CIK-NET-005', cloud: 'aws', when: 'an Elastic IP associated with the services box (checkov CKV_AWS_88 does not see it)',
    change: (s) => {
      s.resource.aws_eip = { services_box: { domain: 'vpc' } };
      s.resource.aws_eip_association = { services_box: { allocation_id: '${aws_eip.services_box.allocation_id}', instance_id: '${aws_instance.services_box.id}' } };
    },
    resource: 'aws_instance.services_box', message: /public address through aws_eip_association\.services_box/,
  },
  {
    rule: 'CIK-NET-005', cloud: 'azure', when: 'a scale set IP configuration with a public_ip_address block',
    change: (s) => (azureScaleSet(s).network_interface = [{ name: 'builders', primary: true, ip_configuration: [{ name: 'internal', primary: true, public_ip_address: [{ name: 'builder' }] }] }]),
    resource: 'azurerm_linux_virtual_machine_scale_set.builders', message: /network_interface\[0\] internal/,
  },
  // CIK-META-001..003
  { rule: 'CIK-META-001', cloud: 'aws', when: 'optional tokens on the services box', change: (s) => (awsInstance(s).metadata_options.http_tokens = 'optional'), resource: 'aws_instance.services_box', message: /"optional"/ },
  { rule: 'CIK-META-001', cloud: 'aws', when: 'no metadata options on the launch template', change: (s) => delete awsTemplate(s).metadata_options, resource: 'aws_launch_template.builders', message: /IMDSv1 stays on/ },
  { rule: 'CIK-META-002', cloud: 'aws', when: 'hop limit 2 on the builders', change: (s) => (awsTemplate(s).metadata_options.http_put_response_hop_limit = 2), resource: 'aws_launch_template.builders', message: /to 2/ },
  { rule: 'CIK-META-003', cloud: 'aws', when: 'user data (in a local) without the iptables block', change: (s) => (s.locals.builders_user_data = withoutMetadataBlock(s.locals.builders_user_data)), resource: 'aws_launch_template.builders', message: /without an iptables block/ },
  { rule: 'CIK-META-003', cloud: 'gcp', when: 'user-data without the iptables block', change: (s) => (gcpTemplate(s).metadata['user-data'] = withoutMetadataBlock(gcpTemplate(s).metadata['user-data'])), resource: 'google_compute_instance_template.builders', message: /without an iptables block/ },
  { rule: 'CIK-META-003', cloud: 'azure', when: 'no custom data at all', change: (s) => delete azureScaleSet(s).custom_data, resource: 'azurerm_linux_virtual_machine_scale_set.builders', message: /no boot script/ },
  // CIK-DISK-001..003
  { rule: 'CIK-DISK-001', cloud: 'aws', when: 'an unencrypted root volume', change: (s) => (awsInstance(s).root_block_device.encrypted = false), resource: 'aws_instance.services_box', message: /root_block_device unencrypted/ },
  { rule: 'CIK-DISK-001', cloud: 'aws', when: 'no root block at all (Terraform then creates an unencrypted one)', change: (s) => delete awsInstance(s).root_block_device, resource: 'aws_instance.services_box', message: /root_block_device/ },
  { rule: 'CIK-DISK-001', cloud: 'aws', when: 'launch template ebs encrypted "false"', change: (s) => (awsTemplate(s).block_device_mappings[0].ebs.encrypted = 'false'), resource: 'aws_launch_template.builders', message: /block_device_mappings\[0\]\.ebs unencrypted/ },
  { rule: 'CIK-DISK-002', cloud: 'azure', when: 'a scale set without encryption at host', change: (s) => delete azureScaleSet(s).encryption_at_host_enabled, resource: 'azurerm_linux_virtual_machine_scale_set.builders', message: /encryption at host/ },
  { rule: 'CIK-DISK-003', cloud: 'gcp', when: 'a disk on Google-managed keys', change: (s) => delete resources(s, 'google_compute_disk').services_box.disk_encryption_key, resource: 'google_compute_disk.services_box', message: /Google-managed keys/ },
  // CIK-AUTH-001..002
  { rule: 'CIK-AUTH-001', cloud: 'azure', when: 'password authentication turned on', change: (s) => (azureVm(s).disable_password_authentication = false), resource: 'azurerm_linux_virtual_machine.services_box', message: /false/ },
  { rule: 'CIK-AUTH-001', cloud: 'azure', when: 'an admin password on the scale set', change: (s) => (azureScaleSet(s).admin_password = '${var.admin_password}'), resource: 'azurerm_linux_virtual_machine_scale_set.builders', message: /admin_password/ },
  { rule: 'CIK-AUTH-002', cloud: 'gcp', when: 'OS Login off on the services box', change: (s) => (gcpInstance(s).metadata['enable-oslogin'] = 'FALSE'), resource: 'google_compute_instance.services_box', message: /enable-oslogin/ },
  { rule: 'CIK-AUTH-002', cloud: 'gcp', when: 'project SSH keys not blocked on builders', change: (s) => delete gcpTemplate(s).metadata['block-project-ssh-keys'], resource: 'google_compute_instance_template.builders', message: /block-project-ssh-keys/ },
  // CIK-IAM-001..002
  { rule: 'CIK-IAM-001', cloud: 'gcp', when: 'a service account block without email', change: (s) => delete gcpInstance(s).service_account.email, resource: 'google_compute_instance.services_box', message: /default service account/ },
  { rule: 'CIK-IAM-001', cloud: 'gcp', when: 'the default compute account', change: (s) => (gcpTemplate(s).service_account.email = '123456789-compute@developer.gserviceaccount.com'), resource: 'google_compute_instance_template.builders', message: /123456789-compute@/ },
  { rule: 'CIK-IAM-001', cloud: 'gcp', when: 'the cloud-platform scope', change: (s) => gcpTemplate(s).service_account.scopes.push('cloud-platform'), resource: 'google_compute_instance_template.builders', message: /cloud-platform/ },
  {
    rule: 'CIK-IAM-002', cloud: 'aws', when: 'a builders policy with "*" actions',
    change: (s) => (resources(s, 'aws_iam_role_policy').builders.policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })),
    resource: 'aws_iam_instance_profile.builders', message: /\(builders\) holds "\*" actions \(aws_iam_role_policy\.builders\)/,
  },
  {
    rule: 'CIK-IAM-002', cloud: 'aws', when: 'AdministratorAccess attached to the services box role',
    change: (s) => (s.resource.aws_iam_role_policy_attachment = { admin: { role: '${aws_iam_role.services_box.name}', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' } }),
    resource: 'aws_iam_instance_profile.services_box', message: /AdministratorAccess/,
  },
  {
    rule: 'CIK-IAM-002', cloud: 'aws', when: 'a builders policy written as jsonencode(), which the review cannot read',
    change: (s) => (resources(s, 'aws_iam_role_policy').builders.policy = '${jsonencode({"Version" = "2012-10-17", "Statement" = [{"Effect" = "Allow", "Action" = "*", "Resource" = "*"}]})}'),
    resource: 'aws_iam_instance_profile.builders', message: /a policy document the review cannot read .*\(aws_iam_role_policy\.builders\)/,
  },
  { rule: 'CIK-IAM-002', cloud: 'gcp', when: 'project editor for the builders account', change: (s) => (resources(s, 'google_project_iam_member').builders_logs.role = 'roles/editor'), resource: 'google_service_account.builders', message: /\(builders\) holds roles\/editor/ },
  { rule: 'CIK-IAM-002', cloud: 'azure', when: 'Contributor for the builders identity', change: (s) => (resources(s, 'azurerm_role_assignment').builders_secret.role_definition_name = 'Contributor'), resource: 'azurerm_user_assigned_identity.builders', message: /Contributor/ },
  // CIK-IMG-001
  { rule: 'CIK-IMG-001', cloud: 'aws', when: 'Graviton builders on the x86_64 AMI', change: (s) => (awsTemplate(s).instance_type = 'c6g.12xlarge'), resource: 'aws_launch_template.builders', message: /x86_64 image on c6g\.12xlarge, an arm64 type/ },
  { rule: 'CIK-IMG-001', cloud: 'gcp', when: 'Axion builders on the amd64 image family', change: (s) => (gcpTemplate(s).machine_type = 'c4a-highcpu-32'), resource: 'google_compute_instance_template.builders', message: /x86_64 image on c4a-highcpu-32, an arm64 type/ },
  { rule: 'CIK-IMG-001', cloud: 'azure', when: 'the services box on the arm64 SKU', change: (s) => (azureVm(s).source_image_reference.sku = 'server-arm64'), resource: 'azurerm_linux_virtual_machine.services_box', message: /arm64 image on Standard_E16s_v5, an x86_64 type/ },
  // CIK-PROT-001..002
  { rule: 'CIK-PROT-001', cloud: 'aws', when: 'termination protection off', change: (s) => (awsInstance(s).disable_api_termination = false), resource: 'aws_instance.services_box', message: /disable_api_termination/ },
  { rule: 'CIK-PROT-001', cloud: 'gcp', when: 'deletion protection absent', change: (s) => delete gcpInstance(s).deletion_protection, resource: 'google_compute_instance.services_box', message: /deletion_protection/ },
  { rule: 'CIK-PROT-001', cloud: 'azure', when: 'no delete lock', change: (s) => delete s.resource.azurerm_management_lock, resource: 'azurerm_linux_virtual_machine.services_box', message: /CanNotDelete/ },
  { rule: 'CIK-PROT-002', cloud: 'aws', when: 'no prevent_destroy', change: (s) => delete awsInstance(s).lifecycle, resource: 'aws_instance.services_box', message: /prevent_destroy/ },
  { rule: 'CIK-PROT-002', cloud: 'gcp', when: 'the state disk without prevent_destroy', change: (s) => (resources(s, 'google_compute_disk').services_box.lifecycle.prevent_destroy = false), resource: 'google_compute_disk.services_box', message: /prevent_destroy/ },
  { rule: 'CIK-PROT-002', cloud: 'azure', when: 'no prevent_destroy', change: (s) => delete azureVm(s).lifecycle, resource: 'azurerm_linux_virtual_machine.services_box', message: /prevent_destroy/ },
  // CIK-BAK-001
  { rule: 'CIK-BAK-001', cloud: 'aws', when: 'a DLM policy targeting another tag', change: (s) => (resources(s, 'aws_dlm_lifecycle_policy').backup.policy_details.target_tags = { 'circleci-backup': 'other' }), resource: 'aws_instance.services_box', message: /aws_dlm_lifecycle_policy/ },
  { rule: 'CIK-BAK-001', cloud: 'aws', when: 'a disabled DLM policy', change: (s) => (resources(s, 'aws_dlm_lifecycle_policy').backup.state = 'DISABLED'), resource: 'aws_instance.services_box', message: /aws_dlm_lifecycle_policy/ },
  { rule: 'CIK-BAK-001', cloud: 'gcp', when: 'a snapshot schedule attached to nothing', change: (s) => delete s.resource.google_compute_disk_resource_policy_attachment, resource: 'google_compute_instance.services_box', message: /snapshot schedule/ },
  { rule: 'CIK-BAK-001', cloud: 'azure', when: 'no backup protection', change: (s) => delete s.resource.azurerm_backup_protected_vm, resource: 'azurerm_linux_virtual_machine.services_box', message: /azurerm_backup_protected_vm/ },
  // CIK-DRAIN-001
  { rule: 'CIK-DRAIN-001', cloud: 'aws', when: 'no lifecycle hook', change: (s) => delete s.resource.aws_autoscaling_lifecycle_hook, resource: 'aws_autoscaling_group.builders', message: /no lifecycle hook/ },
  { rule: 'CIK-DRAIN-001', cloud: 'aws', when: 'a hook on launching instead', change: (s) => (resources(s, 'aws_autoscaling_lifecycle_hook').drain.lifecycle_transition = 'autoscaling:EC2_INSTANCE_LAUNCHING'), resource: 'aws_autoscaling_group.builders', message: /no lifecycle hook/ },
  { rule: 'CIK-DRAIN-001', cloud: 'aws', when: 'a hook but no agent running circle-shutdown', change: (s) => (s.locals.builders_user_data = s.locals.builders_user_data.replace(/circle-shutdown/g, 'true')), resource: 'aws_autoscaling_group.builders', message: /never runs circle-shutdown/ },
  { rule: 'CIK-DRAIN-001', cloud: 'gcp', when: 'no shutdown-script', change: (s) => delete gcpTemplate(s).metadata['shutdown-script'], resource: 'google_compute_instance_template.builders', message: /no shutdown-script/ },
  { rule: 'CIK-DRAIN-001', cloud: 'azure', when: 'no terminate notification', change: (s) => delete azureScaleSet(s).termination_notification, resource: 'azurerm_linux_virtual_machine_scale_set.builders', message: /no terminate notification/ },
  // CIK-SEC-001..002
  { rule: 'CIK-SEC-001', cloud: 'aws', when: 'a password in base64 user data', change: (s) => (awsInstance(s).user_data = base64('#!/bin/sh\nexport DB_PASSWORD=hunter2hunter2\n')), resource: 'aws_instance.services_box', message: /literal password, secret or passphrase in user_data/ },
  { rule: 'CIK-SEC-001', cloud: 'aws', when: 'a sensitive variable inlined through a local', change: (s) => (s.locals.builders_user_data += 'TLS_KEY="${var.tls_private_key}"\n'), resource: 'aws_launch_template.builders', message: /sensitive variable tls_private_key/ },
  { rule: 'CIK-SEC-001', cloud: 'aws', when: 'an access key id in user data', change: (s) => (awsInstance(s).user_data = `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=${FAKE_ACCESS_KEY_ID}\n`), resource: 'aws_instance.services_box', message: /AWS access key id/ },
  { rule: 'CIK-SEC-001', cloud: 'gcp', when: 'a private key in a startup script', change: (s) => (gcpInstance(s).metadata['startup-script'] = `#!/bin/sh\ncat >/etc/key.pem <<EOF\n${FAKE_PEM}\nEOF\n`), resource: 'google_compute_instance.services_box', message: /PEM private key in metadata\.startup-script/ },
  { rule: 'CIK-SEC-001', cloud: 'azure', when: 'a YAML secret in custom data', change: (s) => (azureVm(s).custom_data = base64('#cloud-config\nwrite_files:\n  - content: x\nclient_secret: s3cr3t-value\n')), resource: 'azurerm_linux_virtual_machine.services_box', message: /custom_data/ },
  { rule: 'CIK-SEC-003', cloud: 'aws', when: 'a variable written through secret_string', change: (s) => (resources(s, 'aws_secretsmanager_secret_version').tls_private_key = { secret_id: 'x', secret_string: '${var.tls_private_key}' }), resource: 'aws_secretsmanager_secret_version.tls_private_key', message: /keeps the sensitive variable tls_private_key in state through secret_string; use secret_string_wo/ },
  { rule: 'CIK-SEC-003', cloud: 'gcp', when: 'a variable written through secret_data', change: (s) => (resources(s, 'google_secret_manager_secret_version').passphrase = { secret: 'x', secret_data: 'pass-${var.circle_secret_passphrase}' }), resource: 'google_secret_manager_secret_version.passphrase', message: /circle_secret_passphrase in state through secret_data/ },
  { rule: 'CIK-SEC-003', cloud: 'azure', when: 'a variable written through value', change: (s) => (resources(s, 'azurerm_key_vault_secret').passphrase = { name: 'p', key_vault_id: 'x', value: '${var.circle_secret_passphrase}' }), resource: 'azurerm_key_vault_secret.passphrase', message: /through value; use value_wo/ },
  { rule: 'CIK-SEC-002', cloud: 'aws', when: 'a literal key in a secret version', change: (s) => (resources(s, 'aws_secretsmanager_secret_version').tls_private_key.secret_string = FAKE_PEM), resource: 'aws_secretsmanager_secret_version.tls_private_key', message: /literal PEM private key/ },
  { rule: 'CIK-SEC-002', cloud: 'aws', when: 'a literal key as a variable default', change: (s) => (s.variable.tls_private_key.default = FAKE_PEM), resource: 'var.tls_private_key', message: /default/ },
  { rule: 'CIK-SEC-002', cloud: 'gcp', when: 'a literal key in a secret version', change: (s) => (s.resource.google_secret_manager_secret_version = { tls: { secret: 'x', secret_data: FAKE_PEM } }), resource: 'google_secret_manager_secret_version.tls', message: /literal PEM private key/ },
  { rule: 'CIK-SEC-002', cloud: 'azure', when: 'a literal key in a key vault secret', change: (s) => (s.resource.azurerm_key_vault_secret = { tls: { name: 'tls', key_vault_id: '${azurerm_key_vault.main.id}', value: FAKE_PEM } }), resource: 'azurerm_key_vault_secret.tls', message: /literal PEM private key/ },
  // CIK-VM-001, CIK-KV-001
  { rule: 'CIK-VM-001', cloud: 'gcp', when: 'no shielded config on the services box', change: (s) => delete gcpInstance(s).shielded_instance_config, resource: 'google_compute_instance.services_box', message: /secure boot, vTPM, integrity monitoring/ },
  { rule: 'CIK-VM-001', cloud: 'gcp', when: 'vTPM off on builders', change: (s) => (gcpTemplate(s).shielded_instance_config.enable_vtpm = false), resource: 'google_compute_instance_template.builders', message: /without vTPM$/ },
  { rule: 'CIK-KV-001', cloud: 'azure', when: 'purge protection off', change: (s) => (resources(s, 'azurerm_key_vault').main.purge_protection_enabled = false), resource: 'azurerm_key_vault.main', message: /purge protection/ },
];

const RULE_CLOUDS = POLICY_RULES.flatMap((r) => r.clouds.map((cloud) => [r.id, cloud] as const));

describe('policy rules on their passing fixtures', () => {
  it.each(RULE_CLOUDS)('GIVEN the passing %s fixture WHEN the rule runs on %s THEN it finds resources and every one complies', (id, cloud) => {
    const findings = rule(id).check(passingStack(cloud), FIXTURE_CONTEXT);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.status !== 'compliant')).toEqual([]);
  });
});

describe('policy rules on their failing fixtures', () => {
  it.each(CASES)('GIVEN $cloud with $when WHEN $rule runs THEN $resource is non-compliant', (c) => {
    const findings = rule(c.rule).check(failingStack(c.cloud, c.change), FIXTURE_CONTEXT);
    const finding = findings.find((f) => f.resource === c.resource);
    expect(finding?.status).toBe('non-compliant');
    expect(finding?.message).toMatch(c.message);
  });

  it('GIVEN the pack WHEN its failing fixtures are listed THEN every rule has one on each of its clouds', () => {
    const covered = new Set(CASES.map((c) => `${c.rule}/${c.cloud}`));
    expect(RULE_CLOUDS.map(([id, cloud]) => `${id}/${cloud}`).filter((key) => !covered.has(key))).toEqual([]);
  });

  it('GIVEN the failing fixtures THEN each names a rule of the pack and one of its clouds', () => {
    expect(CASES.filter((c) => !rule(c.rule).clouds.includes(c.cloud)).map((c) => `${c.rule}/${c.cloud}`)).toEqual([]);
  });
});
