import { verdict, type PolicyRule } from '../rule';
import { resourcesOfType } from '../../terraform/json';
import { block, strings, text } from '../../terraform/values';

/** Compute Engine's default service account, which has project Editor unless someone removed it. */
const DEFAULT_ACCOUNT = /-compute@developer\.gserviceaccount\.com$/;

/** A scope that lets the VM's token call every Google API its account may use. */
function isBroadScope(scope: string): boolean {
  return scope === 'cloud-platform' || scope.endsWith('/auth/cloud-platform');
}

/** GCP VMs on the default service account or with the cloud-platform scope. */
export const gcpDefaultServiceAccount: PolicyRule = {
  id: 'CIK-IAM-001',
  level: 'error',
  title: 'GCP VM on the default service account or the cloud-platform scope',
  explanation:
    'The default Compute Engine service account holds project Editor; with the cloud-platform scope any process on the VM, including a build, can use all of it. Builders must get no broad cloud credentials.',
  fix: 'Give each role its own service account (`service_account.email`) with only the roles it needs, and list narrow scopes instead of cloud-platform.',
  mirrors: ['checkov CKV_GCP_30', 'checkov CKV_GCP_31', 'trivy GCP-0044', 'KICS VM With Full Cloud Access', 'CIS GCP 4.1', 'CIS GCP 4.2'],
  clouds: ['gcp'],
  check: (stack) =>
    resourcesOfType(stack, 'google_compute_instance', 'google_compute_instance_template').map((resource) => {
      const account = block(resource.attributes.service_account);
      const email = text(account?.email);
      const problems = [
        ...(account && email === undefined ? ['runs as the default service account (no email)'] : []),
        ...(email && DEFAULT_ACCOUNT.test(email) ? [`runs as the default service account ${email}`] : []),
        ...(strings(account?.scopes).some(isBroadScope) ? ['has the cloud-platform scope'] : []),
      ];
      const pass = account ? 'runs as its own service account with narrow scopes' : 'has no service account';
      return verdict(resource.address, problems.length === 0, pass, problems.join(' and '));
    }),
};
