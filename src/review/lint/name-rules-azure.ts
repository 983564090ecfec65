import type { NameRule } from './name-rule';

/** Alphanumerics, underscores, periods and hyphens; starts alphanumeric, ends alphanumeric or underscore. */
const NETWORK_NAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;
const NETWORK_WORDS = 'letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore';

/** A VM or scale set name: no spaces or `~!@#$%^&*()=+_[]{}\|;:.'",<>/?` inside, not ending with a period or hyphen. */
const VM_NAME = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const VM_WORDS = 'letters, digits, hyphens or periods, starting with a letter or digit and not ending with a period or hyphen';

/**
 * Azure's name rules per resource type. Source: "Naming rules and restrictions for Azure resources",
 * https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules (Microsoft.Resources,
 * Microsoft.Network, Microsoft.Compute, Microsoft.KeyVault, Microsoft.RecoveryServices, Microsoft.ManagedIdentity,
 * Microsoft.Authorization, Microsoft.Insights); where the azurerm provider is stricter than the API it validates at
 * plan time, its rule: backup policies (`^[a-zA-Z][-_!a-zA-Z0-9]{2,149}$`, backup_policy_vm_resource.go), the
 * Linux scale set computer_name_prefix (1-58), network security rule descriptions (140).
 */
export const AZURE_NAME_RULES: readonly NameRule[] = [
  {
    types: ['azurerm_resource_group'],
    attribute: 'name',
    min: 1,
    max: 90,
    pattern: /^[-\w.()]*[-\w()]$/,
    allowed: 'letters, digits, underscores, hyphens, periods or parentheses, not ending with a period',
  },
  { types: ['azurerm_network_security_rule'], attribute: 'description', min: 0, max: 140, allowed: 'any characters' },
  { types: ['azurerm_virtual_network'], attribute: 'name', min: 2, max: 64, pattern: NETWORK_NAME, allowed: NETWORK_WORDS },
  {
    types: [
      'azurerm_application_security_group',
      'azurerm_network_interface',
      'azurerm_network_security_group',
      'azurerm_network_security_rule',
      'azurerm_public_ip',
      'azurerm_subnet',
    ],
    attribute: 'name',
    min: 1,
    max: 80,
    pattern: NETWORK_NAME,
    allowed: NETWORK_WORDS,
  },
  { types: ['azurerm_linux_virtual_machine', 'azurerm_linux_virtual_machine_scale_set'], attribute: 'name', min: 1, max: 64, pattern: VM_NAME, allowed: VM_WORDS },
  { types: ['azurerm_linux_virtual_machine'], attribute: 'computer_name', min: 1, max: 64, pattern: VM_NAME, allowed: VM_WORDS },
  { types: ['azurerm_linux_virtual_machine_scale_set'], attribute: 'computer_name_prefix', min: 1, max: 58, pattern: VM_NAME, allowed: VM_WORDS },
  {
    types: ['azurerm_key_vault'],
    attribute: 'name',
    min: 3,
    max: 24,
    pattern: /^(?!.*--)[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/,
    allowed: 'letters, digits and single hyphens, starting with a letter and ending with a letter or digit',
  },
  { types: ['azurerm_key_vault_secret'], attribute: 'name', min: 1, max: 127, pattern: /^[a-zA-Z0-9-]+$/, allowed: 'letters, digits or hyphens' },
  {
    types: ['azurerm_recovery_services_vault'],
    attribute: 'name',
    min: 2,
    max: 50,
    pattern: /^[a-zA-Z][a-zA-Z0-9-]*$/,
    allowed: 'letters, digits or hyphens, starting with a letter',
  },
  {
    types: ['azurerm_backup_policy_vm'],
    attribute: 'name',
    min: 3,
    max: 150,
    pattern: /^[a-zA-Z][-_!a-zA-Z0-9]*$/,
    allowed: 'letters, digits, hyphens, underscores or !, starting with a letter',
  },
  {
    types: ['azurerm_user_assigned_identity'],
    attribute: 'name',
    min: 3,
    max: 128,
    pattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/,
    allowed: 'letters, digits, hyphens or underscores, starting with a letter or digit',
  },
  {
    types: ['azurerm_management_lock'],
    attribute: 'name',
    min: 1,
    max: 90,
    pattern: /^[^<>*%{}&:\\?+/#|\x00-\x1f]*[^<>*%{}&:\\?+/#|\x00-\x1f. ]$/,
    allowed: 'no <>*%{}&:\\?+/#| or control characters, not ending with a period or space',
  },
  {
    types: ['azurerm_monitor_autoscale_setting'],
    attribute: 'name',
    min: 1,
    max: 260,
    pattern: /^[^:<>+/&%\\?|\x00-\x1f]*[^:<>+/&%\\?|\x00-\x1f. ]$/,
    allowed: 'no :<>+/&%\\?| or control characters, not ending with a period or space',
  },
];

/** A scale set without computer_name_prefix uses its name as the prefix, so the name must fit the prefix's rule. */
export const AZURE_DEFAULTED_NAMES: readonly { readonly type: string; readonly attribute: string; readonly from: string }[] = [
  { type: 'azurerm_linux_virtual_machine_scale_set', attribute: 'computer_name_prefix', from: 'name' },
  { type: 'azurerm_linux_virtual_machine', attribute: 'computer_name', from: 'name' },
];
