import { ROLE_SPELLINGS } from '../../../firewall/model';
import { roleOf } from '../../terraform/roles';
import { verdict, type PolicyRule } from '../rule';
import { resourcesOfType } from '../../terraform/json';
import { isObject, isTrue } from '../../terraform/values';

/** Metadata keys that keep SSH access in IAM and out of project-wide keys. */
const REQUIRED = ['enable-oslogin', 'block-project-ssh-keys'];

/** GCP VMs without OS Login, or open to every project-wide SSH key. */
export const gcpOsLoginOff: PolicyRule = {
  id: 'CIK-AUTH-002',
  level: 'warning',
  title: 'GCP VM without OS Login or open to project-wide SSH keys',
  explanation:
    'With OS Login, SSH access follows IAM and is revoked with it; project-wide SSH keys in metadata reach every VM of the project, including the services box that holds all the state.',
  fix: 'Set metadata `enable-oslogin = "TRUE"` and `block-project-ssh-keys = "TRUE"` on the instance and the builder templates.',
  mirrors: ['checkov CKV_GCP_32', 'checkov CKV_GCP_34', 'trivy GCP-0030', 'trivy GCP-0036', 'KICS Project-wide SSH Keys Are Enabled In VM Instances', 'CIS GCP 4.3', 'CIS GCP 4.4'],
  clouds: ['gcp'],
  check: (stack) =>
    resourcesOfType(stack, 'google_compute_instance', 'google_compute_instance_template').map((resource) => {
      const metadata = isObject(resource.attributes.metadata) ? resource.attributes.metadata : {};
      const missing = REQUIRED.filter((key) => !isTrue(metadata[key]));
      const role = roleOf(resource);
      return verdict(
        resource.address,
        missing.length === 0,
        'uses OS Login and blocks project-wide SSH keys',
        `${role ? `(${ROLE_SPELLINGS[role].words}) ` : ''}does not set ${missing.map((key) => `${key} = TRUE`).join(' and ')} in its metadata`,
      );
    }),
};
