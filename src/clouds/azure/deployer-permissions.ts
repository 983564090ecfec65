import type { DeployerPermissions } from '../deployer-permissions';

const CONTRIBUTOR = ['Contributor'];
/**
 * Contributor's NotActions exclude Microsoft.Authorization/*\/Write and Delete: role assignments
 * (Microsoft.Authorization/roleAssignments/write) and management locks (Microsoft.Authorization/locks/write) need
 * User Access Administrator (or Owner). Role Based Access Control Administrator covers the assignments, not the locks.
 */
const AUTHORIZATION = ['User Access Administrator'];

/** Built-in roles per type (learn.microsoft.com/azure/role-based-access-control/built-in-roles). */
export const AZURE_DEPLOYER_PERMISSIONS: DeployerPermissions = {
  byType: {
    azurerm_resource_group: CONTRIBUTOR,
    azurerm_virtual_network: CONTRIBUTOR,
    azurerm_subnet: CONTRIBUTOR,
    azurerm_nat_gateway: CONTRIBUTOR,
    azurerm_nat_gateway_public_ip_association: CONTRIBUTOR,
    azurerm_subnet_nat_gateway_association: CONTRIBUTOR,
    azurerm_public_ip: CONTRIBUTOR,
    azurerm_network_interface: CONTRIBUTOR,
    azurerm_network_security_group: CONTRIBUTOR,
    azurerm_network_security_rule: CONTRIBUTOR,
    azurerm_application_security_group: CONTRIBUTOR,
    azurerm_network_interface_security_group_association: CONTRIBUTOR,
    azurerm_network_interface_application_security_group_association: CONTRIBUTOR,
    azurerm_subnet_network_security_group_association: CONTRIBUTOR,
    azurerm_linux_virtual_machine: CONTRIBUTOR,
    // Copying a snapshot or disk of another resource group needs read access there too (Contributor there, or Reader).
    azurerm_managed_disk: CONTRIBUTOR,
    azurerm_virtual_machine_data_disk_attachment: CONTRIBUTOR,
    azurerm_linux_virtual_machine_scale_set: CONTRIBUTOR,
    azurerm_monitor_autoscale_setting: CONTRIBUTOR,
    azurerm_user_assigned_identity: CONTRIBUTOR,
    azurerm_recovery_services_vault: CONTRIBUTOR,
    azurerm_backup_policy_vm: CONTRIBUTOR,
    azurerm_backup_protected_vm: CONTRIBUTOR,
    azurerm_dns_zone: CONTRIBUTOR,
    azurerm_dns_a_record: CONTRIBUTOR,
    azurerm_key_vault: CONTRIBUTOR,
    // Written over the vault's data plane, with the Key Vault Secrets Officer role the stack grants the deployer.
    azurerm_key_vault_secret: ['Key Vault Secrets Officer (granted by the stack on its own vault)'],
    azurerm_role_assignment: AUTHORIZATION,
    azurerm_management_lock: AUTHORIZATION,
    time_sleep: [],
    // Terraform's built-in terraform_data (the restore marker) calls no cloud API.
    terraform_data: [],
    tls_private_key: [],
    tls_self_signed_cert: [],
    'data.azurerm_client_config': [],
    'data.azurerm_resources': ['Reader'],
    'data.azurerm_subnet': ['Reader'],
  },
  // The azurerm backend reads the storage account's keys (Microsoft.Storage/storageAccounts/listKeys/action).
  stateBackend: ['Storage Account Contributor (on the state storage account only)'],
  source: 'learn.microsoft.com/azure/role-based-access-control/built-in-roles (Contributor NotActions, User Access Administrator); learn.microsoft.com/azure/developer/terraform/store-state-in-azure-storage',
  howToGrant:
    'role assignments for the deploying principal at the subscription scope (the kit creates its resource group): az role assignment create --assignee <principal> --role <role> --scope /subscriptions/<subscription>; Owner covers Contributor and User Access Administrator together. An existing DNS zone, network or Key Vault secret in another resource group needs Contributor there (User Access Administrator on an existing secret’s vault, to grant the boxes read access)',
};
