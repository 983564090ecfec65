import type { IdentityGrants } from './identity-grants';
import { refersTo } from '../../terraform/references';
import { resourcesOfType, type StackResource, type TerraformJson } from '../../terraform/json';
import { blocks, isObject, strings } from '../../terraform/values';

/** AWS managed policies that amount to control of the account. */
const BROAD_MANAGED = /\/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$/;

/** Actions that grant everything, or everything in IAM. */
const BROAD_ACTIONS = new Set(['*', '*:*', 'iam:*']);

/** One statement of a policy document, as far as judging its breadth needs. */
interface Statement {
  /** Allow or Deny. */
  readonly effect: string;
  /** The actions it names. */
  readonly actions: readonly string[];
  /** True when it names the actions it excludes instead (NotAction). */
  readonly notActions: boolean;
}

/** What is said of a document the review cannot read: it cannot be shown to be narrow, so it is not passed. */
const UNREADABLE = 'a policy document the review cannot read (an expression such as jsonencode() that Terraform evaluates later); check its actions by hand and acknowledge';

/** The statements of JSON policy text, or undefined when the text is not JSON. */
function statementsOf(document: string): Statement[] | undefined {
  try {
    const parsed: unknown = JSON.parse(document);
    if (!isObject(parsed)) return [];
    return blocks(parsed.Statement).map((s) => ({ effect: String(s.Effect ?? 'Allow'), actions: strings(s.Action), notActions: s.NotAction !== undefined }));
  } catch {
    return undefined;
  }
}

/** The broad grants of a policy document; a document that cannot be read counts as one. */
function documentGrants(document: unknown): string[] {
  if (typeof document !== 'string') return [];
  const statements = statementsOf(document);
  if (statements === undefined) return [UNREADABLE];
  return statements
    .filter((s) => s.effect.toLowerCase() === 'allow')
    .flatMap((s) => [...s.actions.filter((action) => BROAD_ACTIONS.has(action)).map((action) => `"${action}" actions`), ...(s.notActions ? ['Allow with NotAction'] : [])]);
}

function managedGrants(arns: readonly string[], via: string): string[] {
  return arns.filter((arn) => BROAD_MANAGED.test(arn)).map((arn) => `${arn.split('/').pop()} (${via})`);
}

/** Broad grants of one IAM role, each naming the resource that grants it. */
function roleGrants(stack: TerraformJson, role: StackResource): string[] {
  const ofRole = (value: unknown) => refersTo(value, role.address) || (value !== undefined && value === role.attributes.name);
  const inline = resourcesOfType(stack, 'aws_iam_role_policy')
    .filter((p) => ofRole(p.attributes.role))
    .flatMap((p) => documentGrants(p.attributes.policy).map((grant) => `${grant} (${p.address})`));
  const attached = resourcesOfType(stack, 'aws_iam_role_policy_attachment')
    .filter((a) => ofRole(a.attributes.role))
    .flatMap((a) => managedGrants(strings(a.attributes.policy_arn), a.address));
  const own = [
    ...managedGrants(strings(role.attributes.managed_policy_arns), role.address),
    ...blocks(role.attributes.inline_policy).flatMap((p) => documentGrants(p.policy).map((grant) => `${grant} (${role.address} inline_policy)`)),
  ];
  return [...inline, ...attached, ...own];
}

/** Broad grants reaching the boxes through an instance profile, per profile. */
export function awsIdentityGrants(stack: TerraformJson): IdentityGrants[] {
  const roles = resourcesOfType(stack, 'aws_iam_role');
  return resourcesOfType(stack, 'aws_iam_instance_profile').map((profile) => {
    const role = roles.filter((r) => refersTo(profile.attributes.role, r.address) || profile.attributes.role === r.attributes.name);
    return { identity: profile, grants: role.flatMap((r) => roleGrants(stack, r)) };
  });
}
