import { verdict, type PolicyRule } from '../rule';
import { resourcesOfType } from '../../terraform/json';
import { block, isFalse, isTrue } from '../../terraform/values';

/** GCP VMs without Shielded VM's secure boot, vTPM and integrity monitoring. */
export const gcpShieldedVmOff: PolicyRule = {
  id: 'CIK-VM-001',
  level: 'warning',
  title: 'GCP VM without Shielded VM',
  explanation:
    'Secure boot refuses unsigned boot components, the vTPM measures the boot and integrity monitoring reports when it changes: together they catch a rootkit on a box that runs untrusted builds or holds all the state. Secure boot is off unless set.',
  fix: 'Set `shielded_instance_config { enable_secure_boot = true, enable_vtpm = true, enable_integrity_monitoring = true }` on the instance and templates (Ubuntu images support it).',
  mirrors: ['checkov CKV_GCP_39', 'trivy GCP-0067', 'trivy GCP-0041', 'trivy GCP-0045', 'KICS Shielded VM Disabled', 'terrascan AC_GCP_0035', 'CIS GCP 4.8'],
  clouds: ['gcp'],
  check: (stack) =>
    resourcesOfType(stack, 'google_compute_instance', 'google_compute_instance_template').map((resource) => {
      const config = block(resource.attributes.shielded_instance_config);
      const off = [
        ...(isTrue(config?.enable_secure_boot) ? [] : ['secure boot']),
        // vTPM and integrity monitoring default to on; only an explicit false turns them off.
        ...(config && !isFalse(config.enable_vtpm) ? [] : ['vTPM']),
        ...(config && !isFalse(config.enable_integrity_monitoring) ? [] : ['integrity monitoring']),
      ];
      return verdict(resource.address, off.length === 0, 'runs as a Shielded VM', `runs without ${off.join(', ')}`);
    }),
};
