import { verdict, type PolicyRule } from '../rule';
import { resourcesOfType } from '../../terraform/json';
import { isTrue } from '../../terraform/values';

/** Azure VMs and scale sets without encryption at host. */
export const azureEncryptionAtHostOff: PolicyRule = {
  id: 'CIK-DISK-002',
  level: 'warning',
  title: 'Azure VM without encryption at host',
  explanation:
    'Managed disks are encrypted at rest with platform keys anyway, but the temporary disk and the host’s disk caches are not unless encryption at host is on; builders keep checked-out source and build caches there.',
  fix: 'Set `encryption_at_host_enabled = true` on the VM and scale set (the subscription needs the Microsoft.Compute/EncryptionAtHost feature registered once).',
  mirrors: ['checkov CKV_AZURE_97', 'checkov CKV_AZURE_151'],
  clouds: ['azure'],
  check: (stack) =>
    resourcesOfType(stack, 'azurerm_linux_virtual_machine', 'azurerm_linux_virtual_machine_scale_set').map((resource) =>
      verdict(resource.address, isTrue(resource.attributes.encryption_at_host_enabled), 'has encryption at host on', 'does not enable encryption at host: temp disk and caches are not encrypted'),
    ),
};
