import { verdict, type PolicyRule } from '../rule';
import { resourcesOfType } from '../../terraform/json';
import { isTrue } from '../../terraform/values';

/** Azure key vaults that can be purged before their retention ends. */
export const azureKeyVaultPurgeable: PolicyRule = {
  id: 'CIK-KV-001',
  level: 'warning',
  title: 'Azure Key Vault without purge protection',
  explanation:
    'The key vault holds the TLS key, the GitHub client secret and CIRCLE_SECRET_PASSPHRASE; without the passphrase the services box cannot read its own encrypted data. Purge protection keeps a deleted vault and its secrets recoverable for the retention period, whoever deletes them.',
  fix: 'Set `purge_protection_enabled = true` on the azurerm_key_vault (it cannot be turned off again).',
  mirrors: ['checkov CKV_AZURE_42', 'checkov CKV_AZURE_110', 'trivy AZU-0016'],
  clouds: ['azure'],
  check: (stack) =>
    resourcesOfType(stack, 'azurerm_key_vault').map((vault) =>
      verdict(vault.address, isTrue(vault.attributes.purge_protection_enabled), 'has purge protection', 'has no purge protection: a deleted vault can be purged at once'),
    ),
};
