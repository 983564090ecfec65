import type { ResourceTypeRule } from '../resource-type-rule';

/** Every resource type the Azure adapter renders, and what it is for. */
export const AZURE_RESOURCE_TYPES: readonly ResourceTypeRule[] = [
  { type: 'azurerm_linux_virtual_machine', role: 'services-box', holds: 'instance', runs: 'servicesBox' },
  // A restore makes the disk anew from the backup in its source_resource_id (create_option Copy).
  { type: 'azurerm_managed_disk', role: 'services-box', holds: 'disk', madeFrom: 'source_resource_id' },
  // Detaching loses nothing: the disk stays.
  { type: 'azurerm_virtual_machine_data_disk_attachment', role: 'services-box' },
  // Private builders' NAT address is tagged as the builders', so it is filed there and never blocks.
  { type: 'azurerm_public_ip', role: 'services-box', holds: 'address' },
  // The network interface carries the box's fixed private IP.
  { type: 'azurerm_network_interface', role: 'services-box', holds: 'address' },
  { type: 'azurerm_management_lock', role: 'services-box' },
  { type: 'azurerm_linux_virtual_machine_scale_set', role: 'builders', runs: 'builders' },
  { type: 'azurerm_monitor_autoscale_setting', role: 'builders' },
  { type: 'azurerm_network_security_group', role: 'firewall' },
  { type: 'azurerm_network_security_rule', role: 'firewall' },
  { type: 'azurerm_application_security_group', role: 'firewall' },
  { type: 'azurerm_network_interface_security_group_association', role: 'firewall' },
  { type: 'azurerm_network_interface_application_security_group_association', role: 'firewall' },
  { type: 'azurerm_subnet_network_security_group_association', role: 'firewall' },
  { type: 'azurerm_dns_a_record', role: 'dns', holds: 'dns' },
  // Deleting the zone deletes the record with it.
  { type: 'azurerm_dns_zone', role: 'dns', holds: 'dns' },
  { type: 'azurerm_recovery_services_vault', role: 'backup', holds: 'backup' },
  { type: 'azurerm_backup_policy_vm', role: 'backup', holds: 'backup' },
  { type: 'azurerm_backup_protected_vm', role: 'backup', holds: 'backup' },
  { type: 'tls_private_key', role: 'certificate' },
  { type: 'tls_self_signed_cert', role: 'certificate' },
  { type: 'azurerm_key_vault', role: 'secrets-identity' },
  { type: 'azurerm_key_vault_secret', role: 'secrets-identity' },
  { type: 'azurerm_user_assigned_identity', role: 'secrets-identity' },
  { type: 'azurerm_role_assignment', role: 'secrets-identity' },
  // The wait for the deployer's Key Vault role to propagate before secrets are written.
  { type: 'time_sleep', role: 'secrets-identity' },
  { type: 'azurerm_resource_group', role: 'network' },
  { type: 'azurerm_virtual_network', role: 'network' },
  { type: 'azurerm_subnet', role: 'network' },
  { type: 'azurerm_nat_gateway', role: 'network' },
  { type: 'azurerm_nat_gateway_public_ip_association', role: 'network' },
  { type: 'azurerm_subnet_nat_gateway_association', role: 'network' },
  // Holds the restore's backup id while servicesBox.restoreFrom is set; the data disk is replaced when it changes.
  { type: 'terraform_data', role: 'services-box' },
];
