import { verdict, type PolicyRule } from '../rule';
import { resourcesOfType } from '../../terraform/json';
import { isFalse } from '../../terraform/values';

/** Azure Linux VMs that accept passwords over SSH. */
export const azurePasswordAuthentication: PolicyRule = {
  id: 'CIK-AUTH-001',
  level: 'error',
  title: 'Azure VM accepts password authentication',
  explanation:
    'SSH with passwords invites brute force from every network the administrator rule admits; the topology gives administrators SSH keys. azurerm defaults the switch to true, so only an explicit false or an admin password turns passwords on.',
  fix: 'Leave `disable_password_authentication` true (its default), set no `admin_password`, and give `admin_ssh_key` from `ssh.publicKeys`.',
  mirrors: ['checkov CKV_AZURE_149', 'checkov CKV_AZURE_1', 'checkov CKV_AZURE_49', 'trivy AZU-0039', 'KICS Azure Instance Using Basic Authentication'],
  clouds: ['azure'],
  check: (stack) =>
    resourcesOfType(stack, 'azurerm_linux_virtual_machine', 'azurerm_linux_virtual_machine_scale_set').map((resource) => {
      const off = isFalse(resource.attributes.disable_password_authentication);
      const password = resource.attributes.admin_password !== undefined;
      return verdict(
        resource.address,
        !off && !password,
        'accepts SSH keys only',
        off ? 'sets disable_password_authentication to false' : 'sets an admin_password',
      );
    }),
};
