import { computeOfRole } from '../../terraform/roles';
import { verdict, type PolicyRule } from '../rule';
import { preventsDestroy } from '../../terraform/values';

/** The services box itself, and the disk that holds its state when it is a separate resource (GCP). */
const BOX_TYPES = ['aws_instance', 'google_compute_instance', 'azurerm_linux_virtual_machine', 'google_compute_disk'];

/** The services box or its disk replaceable by a plain `terraform apply`. */
export const servicesBoxWithoutPreventDestroy: PolicyRule = {
  id: 'CIK-PROT-002',
  level: 'error',
  title: 'Services box without lifecycle prevent_destroy',
  explanation:
    'Some attribute changes make Terraform replace a VM or disk: destroy, then create. For the services box that loses all state between two snapshots. `prevent_destroy` makes such a plan fail instead of running.',
  fix: 'Keep `servicesBox.protection` on so the adapter sets `lifecycle { prevent_destroy = true }` on the box and its disks.',
  // Scanners check no Terraform lifecycle settings; the protection is the kit's own rule.
  mirrors: [],
  clouds: ['aws', 'gcp', 'azure'],
  // A throwaway installation is meant to be destroyed (see CIK-PROT-001).
  check: (stack, context) =>
    context.throwaway
      ? []
      : computeOfRole(stack, 'servicesBox', BOX_TYPES).map((resource) =>
          verdict(resource.address, preventsDestroy(resource.attributes), 'has lifecycle.prevent_destroy', 'has no lifecycle.prevent_destroy: a replacing plan would destroy it'),
        ),
};
