import type { IdentityGrants } from './identity-grants';
import { refersTo } from '../../terraform/references';
import { resourcesOfType, type TerraformJson } from '../../terraform/json';
import { block } from '../../terraform/values';

/** Built-in roles that can change or grant anything in their scope, by name and by definition id. */
const BROAD_ROLES: Readonly<Record<string, string>> = {
  Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  'User Access Administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
  'Role Based Access Control Administrator': 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
};

function broadRole(name: unknown, id: unknown): string | undefined {
  const byName = Object.keys(BROAD_ROLES).find((role) => role === name);
  const byId = Object.entries(BROAD_ROLES).find(([, guid]) => typeof id === 'string' && id.toLowerCase().includes(guid))?.[0];
  return byName ?? byId;
}

/** Machines with a system-assigned identity are identities themselves. */
const SYSTEM_IDENTITY_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_linux_virtual_machine_scale_set'];

/** Broad role assignments of each managed identity the stack creates. */
export function azureIdentityGrants(stack: TerraformJson): IdentityGrants[] {
  const assignments = resourcesOfType(stack, 'azurerm_role_assignment');
  const systemAssigned = resourcesOfType(stack, ...SYSTEM_IDENTITY_TYPES).filter((vm) => String(block(vm.attributes.identity)?.type ?? '').includes('SystemAssigned'));
  return [...resourcesOfType(stack, 'azurerm_user_assigned_identity'), ...systemAssigned].map((identity) => ({
    identity,
    grants: assignments
      .filter((assignment) => refersTo(assignment.attributes.principal_id, identity.address))
      .flatMap((assignment) => {
        const role = broadRole(assignment.attributes.role_definition_name, assignment.attributes.role_definition_id);
        return role ? [`${role} (${assignment.address})`] : [];
      }),
  }));
}
