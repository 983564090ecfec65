import type { FactSource } from '../profile';

/** How long the kit waits after granting the deployer a Key Vault data-plane role before it writes secrets. */
export interface RolePropagation extends FactSource {
  /** The wait, as time_sleep's create_duration takes it (a Go duration). */
  readonly wait: string;
}

/**
 * Azure documents that role assignment changes can take minutes to take effect (up to 10), and Key Vault answers
 * 403 ForbiddenByRbac ("please observe propagation time") meanwhile, which terraform-provider-azurerm does not retry
 * (hashicorp/terraform-provider-azurerm#23927; Azure/terraform-azurerm-avm-res-keyvault-vault#78 added the same wait).
 * Two minutes covers what is usually seen on a fresh vault; the wait happens once, when the assignment is created.
 */
export const KEY_VAULT_ROLE_PROPAGATION: RolePropagation = {
  wait: '120s',
  source: 'learn.microsoft.com/azure/role-based-access-control/troubleshooting (role assignment changes are not detected); hashicorp/terraform-provider-azurerm#23927',
  asOf: '2026-12-06',
};
