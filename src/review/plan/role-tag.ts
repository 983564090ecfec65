import { ROLE_SLUGS, ROLE_TAG } from '../../firewall/model';
import type { Role } from './roles';

const TAGGED_ROLES: Readonly<Record<string, Role>> = {
  [ROLE_SLUGS.servicesBox]: 'services-box',
  [ROLE_SLUGS.builders]: 'builders',
};

// Where the providers keep tags and labels: AWS tags and tags_all, GCP labels (effective_labels and
// terraform_labels since provider 5), Azure tags.
const TAG_MAPS = ['tags', 'tags_all', 'labels', 'effective_labels', 'terraform_labels'];

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Every value the resource gives the role tag, wherever its type keeps tags. */
function roleTagValues(values: JsonObject): unknown[] {
  const maps = [
    ...TAG_MAPS.map((key) => values[key]),
    // An AWS launch template tags the instances it launches through tag_specifications.
    ...asList(values.tag_specifications).map((spec) => (isObject(spec) ? spec.tags : undefined)),
  ];
  return [
    ...maps.map((map) => (isObject(map) ? map[ROLE_TAG] : undefined)),
    // An AWS autoscaling group writes its tags as a list of { key, value } blocks.
    ...asList(values.tag).map((tag) => (isObject(tag) && tag.key === ROLE_TAG ? tag.value : undefined)),
  ];
}

/** The box role a resource's `circleci-role` tag or label names, when it names one. */
export function taggedRole(values: unknown): Role | undefined {
  if (!isObject(values)) return undefined;
  const value = roleTagValues(values).find((found) => typeof found === 'string' && TAGGED_ROLES[found] !== undefined);
  return value === undefined ? undefined : TAGGED_ROLES[value as string];
}
