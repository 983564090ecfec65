import type { TypeRule } from './type-rule';

/** Azure resource types the kit renders, and where they go in the report. */
export const AZURE_TYPES: readonly TypeRule[] = [
  { type: 'azurerm_linux_virtual_machine', role: 'services-box', holds: 'instance' },
  { type: 'azurerm_managed_disk', role: 'services-box', holds: 'disk' },
  // Private builders' NAT address is tagged as the builders', so it is filed there and never blocks.
  { type: 'azurerm_public_ip', role: 'services-box', holds: 'address' },
  // The network interface carries the box's fixed private IP.
  { type: 'azurerm_network_interface', role: 'services-box', holds: 'address' },
  // Listed before azurerm_network_interface*, which would otherwise take the NIC's security group associations.
  { type: '*_security_group_association', role: 'firewall' },
  { type: 'azurerm_network_interface*', role: 'services-box' },
  // An attachment can be recreated without losing the disk.
  { type: 'azurerm_virtual_machine_data_disk_attachment', role: 'services-box' },
  { type: 'azurerm_management_lock', role: 'services-box' },
  { type: 'azurerm_linux_virtual_machine_scale_set', role: 'builders' },
  { type: 'azurerm_orchestrated_virtual_machine_scale_set', role: 'builders' },
  { type: 'azurerm_monitor_autoscale_setting', role: 'builders' },
  { type: 'azurerm_network_security_group', role: 'firewall' },
  { type: 'azurerm_network_security_rule', role: 'firewall' },
  { type: 'azurerm_application_security_group', role: 'firewall' },
  { type: 'azurerm_dns_zone', role: 'dns', holds: 'dns' },
  { type: 'azurerm_dns_*_record', role: 'dns', holds: 'dns' },
  { type: 'azurerm_dns_*', role: 'dns' },
  { type: 'azurerm_recovery_services_vault', role: 'backup', holds: 'backup' },
  { type: 'azurerm_backup_*', role: 'backup', holds: 'backup' },
  { type: 'azurerm_key_vault_certificate', role: 'certificate' },
  { type: 'azurerm_key_vault*', role: 'secrets-identity' },
  { type: 'azurerm_user_assigned_identity', role: 'secrets-identity' },
  { type: 'azurerm_role_assignment', role: 'secrets-identity' },
  { type: 'azurerm_virtual_network', role: 'network' },
  { type: 'azurerm_subnet', role: 'network' },
  { type: 'azurerm_resource_group', role: 'network' },
  { type: 'azurerm_nat_gateway*', role: 'network' },
  { type: 'azurerm_subnet_nat_gateway_association', role: 'network' },
  { type: 'azurerm_route_table', role: 'network' },
];
