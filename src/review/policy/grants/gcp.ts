import type { IdentityGrants } from './identity-grants';
import { refersTo } from '../../terraform/references';
import { resourcesOfType, type TerraformJson } from '../../terraform/json';
import { strings, text } from '../../terraform/values';

/** Project roles that amount to control of the project, or of every service account in it. */
const BROAD_ROLES = new Set([
  'roles/owner',
  'roles/editor',
  'roles/iam.securityAdmin',
  'roles/resourcemanager.projectIamAdmin',
  'roles/iam.serviceAccountTokenCreator',
  'roles/iam.serviceAccountUser',
  'roles/iam.serviceAccountKeyAdmin',
]);

/** Project, folder and organization bindings: a grant there reaches every resource below. */
const HIERARCHY_GRANTS = ['project', 'folder', 'organization'].flatMap((level) => [`google_${level}_iam_member`, `google_${level}_iam_binding`]);

/** Broad grants of each service account the stack creates. */
export function gcpIdentityGrants(stack: TerraformJson): IdentityGrants[] {
  const bindings = resourcesOfType(stack, ...HIERARCHY_GRANTS);
  return resourcesOfType(stack, 'google_service_account').map((account) => {
    const id = text(account.attributes.account_id);
    // A member written out literally names the account by its id: serviceAccount:<id>@<project>.iam.gserviceaccount.com.
    const names = (member: string) => refersTo(member, account.address) || (id !== undefined && member.startsWith(`serviceAccount:${id}@`));
    const grants = bindings
      .filter((binding) => BROAD_ROLES.has(String(binding.attributes.role)))
      .filter((binding) => [...strings(binding.attributes.member), ...strings(binding.attributes.members)].some(names))
      .map((binding) => `${String(binding.attributes.role)} (${binding.address})`);
    return { identity: account, grants };
  });
}
