import { verdict, type PolicyRule } from '../rule';
import { sensitiveVariablesIn } from '../secrets';
import { resourcesOfType } from '../../terraform/json';

/** Secret store resources, the argument Terraform keeps in state and the write-only one that replaces it. */
const STORED_VALUES: readonly { readonly type: string; readonly kept: string; readonly writeOnly: string }[] = [
  { type: 'aws_secretsmanager_secret_version', kept: 'secret_string', writeOnly: 'secret_string_wo' },
  { type: 'google_secret_manager_secret_version', kept: 'secret_data', writeOnly: 'secret_data_wo' },
  { type: 'azurerm_key_vault_secret', kept: 'value', writeOnly: 'value_wo' },
];

/** A sensitive variable's value written into a secret store through an argument Terraform keeps in state. */
export const secretValueInState: PolicyRule = {
  id: 'CIK-SEC-003',
  level: 'warning',
  title: 'Secret value kept in Terraform state',
  explanation:
    'Terraform keeps every ordinary argument in state in clear text, sensitive or not, so whoever can read the state bucket or container reads the GitHub client secret, the passphrase or the TLS key. Write-only arguments (Terraform 1.11) reach the secret store without ever being stored.',
  fix: 'Write the value through the write-only argument (secret_string_wo, secret_data_wo, value_wo) with its version argument, as the adapters do for every topology secret taken from a variable; raise the version to store a new value.',
  mirrors: [],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) =>
    STORED_VALUES.flatMap(({ type, kept, writeOnly }) =>
      resourcesOfType(stack, type).map((resource) => {
        const value = resource.attributes[kept];
        const found = typeof value === 'string' ? sensitiveVariablesIn(stack, value) : [];
        const named = found.map((name) => `the sensitive variable ${name}`).join(', ');
        return verdict(resource.address, found.length === 0, `keeps no sensitive variable in ${kept}`, `keeps ${named} in state through ${kept}; use ${writeOnly}`);
      }),
    ),
};
