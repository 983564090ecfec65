import { refersTo, referencedResources } from '../../terraform/references';
import { computeOfRole } from '../../terraform/roles';
import { verdict, type PolicyRule } from '../rule';
import { resourcesOfType, type StackResource, type TerraformJson } from '../../terraform/json';
import { isTrue } from '../../terraform/values';

const LOCKS = new Set(['CanNotDelete', 'ReadOnly']);

/** Azure has no protection flag on a VM: a delete lock on the VM, or on its resource group, is the protection. */
function azureLocked(stack: TerraformJson, vm: StackResource): boolean {
  const groups = referencedResources(stack, vm.attributes.resource_group_name).filter((r) => r.type === 'azurerm_resource_group');
  return resourcesOfType(stack, 'azurerm_management_lock').some(
    (lock) => LOCKS.has(String(lock.attributes.lock_level)) && [vm, ...groups].some((target) => refersTo(lock.attributes.scope, target.address)),
  );
}

function isProtected(stack: TerraformJson, box: StackResource): boolean {
  if (box.type === 'aws_instance') return isTrue(box.attributes.disable_api_termination);
  if (box.type === 'google_compute_instance') return isTrue(box.attributes.deletion_protection);
  return azureLocked(stack, box);
}

const HOW: Readonly<Record<string, string>> = {
  aws_instance: 'disable_api_termination is not true',
  google_compute_instance: 'deletion_protection is not true',
};

/** The services box deletable through the cloud's API or console in one call. */
export const servicesBoxUnprotected: PolicyRule = {
  id: 'CIK-PROT-001',
  level: 'error',
  title: 'Services box without termination / deletion protection',
  explanation:
    'The services box holds all of the installation’s state; a stray terminate in the console or a script deletes it. Termination protection (AWS), deletion protection (GCP) or a delete lock (Azure) makes that a deliberate two-step act.',
  fix: 'Keep `servicesBox.protection` on: AWS `disable_api_termination = true`, GCP `deletion_protection = true`, Azure an azurerm_management_lock `CanNotDelete` on the VM.',
  mirrors: ['cdk-nag AwsSolutions-EC29'],
  clouds: ['aws', 'gcp', 'azure'],
  // Validation lets only a throwaway installation turn protection off; there the rule does not apply.
  check: (stack, context) =>
    context.throwaway
      ? []
      : computeOfRole(stack, 'servicesBox', ['aws_instance', 'google_compute_instance', 'azurerm_linux_virtual_machine']).map((box) =>
          verdict(box.address, isProtected(stack, box), 'is protected against deletion', HOW[box.type] ?? 'has no CanNotDelete lock on it or its resource group'),
        ),
};
