import { awsIdentityGrants } from '../grants/aws';
import { azureIdentityGrants } from '../grants/azure';
import { gcpIdentityGrants } from '../grants/gcp';
import { ROLE_SPELLINGS } from '../../../firewall/model';
import { rolesServed } from '../../terraform/roles';
import { verdict, type PolicyRule } from '../rule';

/** The boxes' cloud identities holding broad permissions. */
export const broadInstanceIdentity: PolicyRule = {
  id: 'CIK-IAM-002',
  level: 'error',
  title: 'Box identity with broad permissions',
  explanation:
    'Whatever the services box or a builder can do, a compromised box (or a build that reaches its credentials) can do too. Builders need to read one secret and complete their own drain; the services box reads its secrets. Administrator, owner or editor grants, `*` actions or the power to impersonate others turn one build into control of the account.',
  fix: 'Grant each box identity only the actions and resources it uses (secrets it reads, its own lifecycle action); remove AdministratorAccess / Owner / Editor / Contributor and `*` actions.',
  mirrors: ['checkov CKV_AWS_274', 'checkov CKV_AWS_63', 'checkov CKV_GCP_42', 'trivy AWS-0057', 'trivy GCP-0007', 'trivy GCP-0011', 'CIS AWS 1.16', 'CIS GCP 1.5', 'CIS GCP 1.6'],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) =>
    [...awsIdentityGrants(stack), ...gcpIdentityGrants(stack), ...azureIdentityGrants(stack)].map(({ identity, grants }) => {
      const roles = rolesServed(stack, identity);
      const whose = roles.length > 0 ? `(${roles.map((role) => ROLE_SPELLINGS[role].words).join(', ')}) ` : '';
      return verdict(identity.address, grants.length === 0, `${whose}holds no broad grant`, `${whose}holds ${grants.join(', ')}`);
    }),
};
