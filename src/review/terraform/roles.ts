import { ROLE_SLUGS, ROLE_TAG, ROLES, type RoleName } from '../../firewall/model';
import { BOX_TYPES, boxOfType } from '../resource-types';
import { referencedResources, resourcesReferring } from './references';
import { resourcesOfType, type Attributes, type StackResource, type TerraformJson } from './json';
import { blocks, isObject, strings } from './values';

const ROLE_BY_SLUG = new Map<string, RoleName>(ROLES.map((role) => [ROLE_SLUGS[role], role]));

// AWS tags (and tags_all), GCP labels (and, in a plan, effective_labels and terraform_labels since provider 5),
// Azure tags; a launch template also tags what it launches.
const TAG_MAPS = ['tags', 'tags_all', 'labels', 'effective_labels', 'terraform_labels'];

function tagValues(attributes: Attributes): unknown[] {
  const maps = [...TAG_MAPS.map((key) => attributes[key]), ...blocks(attributes.tag_specifications).map((spec) => spec.tags)];
  return [
    ...maps.map((map) => (isObject(map) ? map[ROLE_TAG] : undefined)),
    // An autoscaling group writes its tags as { key, value } blocks.
    ...blocks(attributes.tag).map((tag) => (tag.key === ROLE_TAG ? tag.value : undefined)),
  ];
}

/** The role a resource's `circleci-role` tag or label names, when it names one. */
export function taggedRole(attributes: Attributes): RoleName | undefined {
  for (const value of tagValues(attributes)) {
    const role = typeof value === 'string' ? ROLE_BY_SLUG.get(value) : undefined;
    if (role) return role;
  }
  return undefined;
}

/** The role of a resource: its tag or label, else what its type usually serves. */
export function roleOf(resource: StackResource): RoleName | undefined {
  return taggedRole(resource.attributes) ?? boxOfType(resource.type);
}

/** Compute resources (of the given types, or any) serving a role. */
export function computeOfRole(stack: TerraformJson, role: RoleName, types: readonly string[] = BOX_TYPES): StackResource[] {
  return resourcesOfType(stack, ...types).filter((resource) => roleOf(resource) === role);
}

function uniqueRoles(roles: readonly (RoleName | undefined)[]): RoleName[] {
  return ROLES.filter((role) => roles.includes(role));
}

/**
 * The roles a supporting resource (an identity, a security group, a disk) serves: its own tag, else the roles of the
 * compute resources that refer to it, else the roles of tagged resources it refers to.
 */
export function rolesServed(stack: TerraformJson, resource: StackResource): RoleName[] {
  const own = roleOf(resource);
  if (own) return [own];
  const users = resourcesReferring(stack, resource.address).filter((user) => boxOfType(user.type) !== undefined);
  if (users.length > 0) return uniqueRoles(users.map(roleOf));
  return uniqueRoles(referencedResources(stack, resource.attributes).map((parent) => taggedRole(parent.attributes)));
}

/** GCP firewall rules reach VMs by network tag: the roles of the instances and templates that carry each tag. */
export function gcpNetworkTagRoles(stack: TerraformJson): Map<string, RoleName[]> {
  const byTag = new Map<string, RoleName[]>();
  const compute = resourcesOfType(stack, 'google_compute_instance', 'google_compute_instance_template');
  for (const resource of compute) {
    const role = roleOf(resource);
    if (!role) continue;
    for (const tag of strings(resource.attributes.tags)) byTag.set(tag, uniqueRoles([...(byTag.get(tag) ?? []), role]));
  }
  return byTag;
}
