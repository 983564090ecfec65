import { allResources, type StackResource } from '../terraform/json';
import { blocks, isObject } from '../terraform/values';
import { isComputed } from '../terraform/references';
import { problem, type LintProblem, type LintStack } from './problem';

const CHECK = 'tags';

/** What one cloud accepts as tags (labels on GCP). */
interface TagRules {
  /** Tags one resource may carry. */
  readonly most: number;
  /** Longest key. */
  readonly keyMax: number;
  /** Longest value. */
  readonly valueMax: number;
  /** Keys allowed, when restricted. */
  readonly key?: RegExp;
  /** Values allowed, when restricted. */
  readonly value?: RegExp;
  /** The restrictions in words. */
  readonly allowed: string;
}

/**
 * AWS: 50 user tags per resource, keys 1-128 characters not starting with `aws:`, values 0-256
 * (https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html); the provider's default_tags count.
 */
const AWS_TAGS: TagRules = { most: 50, keyMax: 128, valueMax: 256, key: /^(?!aws:)/i, allowed: 'keys may not start with aws:' };

/**
 * GCP labels: 64 per resource, keys 1-63 lower-case letters, digits, _ or - starting with a letter, values 0-63 of
 * the same (https://cloud.google.com/compute/docs/labeling-resources#requirements); default_labels count.
 */
const GCP_LABELS: TagRules = {
  most: 64,
  keyMax: 63,
  valueMax: 63,
  key: /^[a-z][a-z0-9_-]*$/,
  value: /^[a-z0-9_-]*$/,
  allowed: 'lower-case letters, digits, _ or -, keys starting with a letter',
};

/**
 * Azure: 50 tags per resource, names 1-512 characters without <>%&\?/, values 0-256
 * (https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources#limitations).
 */
const AZURE_TAGS: TagRules = { most: 50, keyMax: 512, valueMax: 256, key: /^[^<>%&\\?/]+$/, allowed: 'names without <>%&\\?/' };

function tagProblems(address: string, what: string, tags: Readonly<Record<string, unknown>>, rules: TagRules): LintProblem[] {
  const found: LintProblem[] = [];
  const keys = Object.keys(tags);
  if (keys.length > rules.most) found.push(problem(CHECK, address, `carries ${keys.length} ${what}; at most ${rules.most} allowed`));
  for (const key of keys) {
    const value = tags[key];
    if (isComputed(key)) continue;
    if (key.length < 1 || key.length > rules.keyMax || (rules.key && !rules.key.test(key))) {
      found.push(problem(CHECK, address, `${what} key "${key}" is not allowed: 1-${rules.keyMax} characters, ${rules.allowed}`));
    }
    if (typeof value === 'string' && !isComputed(value) && (value.length > rules.valueMax || (rules.value && !rules.value.test(value)))) {
      found.push(problem(CHECK, address, `${what} value "${value}" of "${key}" is not allowed: at most ${rules.valueMax} characters${rules.value ? `, ${rules.allowed}` : ''}`));
    }
  }
  return found;
}

function record(value: unknown): Readonly<Record<string, unknown>> {
  return isObject(value) ? value : {};
}

/** The provider's default tags (AWS default_tags, GCP default_labels), which every taggable resource also gets. */
function providerDefaults(stack: LintStack, provider: string, read: (config: Readonly<Record<string, unknown>>) => unknown): Record<string, unknown> {
  const configs = (stack.provider?.[provider] ?? []).filter(isObject);
  const unaliased = configs.find((config) => config.alias === undefined) ?? configs[0];
  return unaliased ? { ...record(read(unaliased)) } : {};
}

function awsTagSets(resource: StackResource, defaults: Readonly<Record<string, unknown>>): { what: string; tags: Record<string, unknown> }[] {
  const a = resource.attributes;
  const sets: { what: string; tags: Record<string, unknown> }[] = [];
  if (isObject(a.tags)) sets.push({ what: 'tags', tags: { ...defaults, ...a.tags } });
  // An Auto Scaling group takes no default_tags; its tag blocks are its own.
  const groupTags = blocks(a.tag).filter((t) => typeof t.key === 'string');
  if (groupTags.length > 0) sets.push({ what: 'tags', tags: Object.fromEntries(groupTags.map((t) => [t.key as string, t.value])) });
  for (const spec of blocks(a.tag_specifications)) {
    if (isObject(spec.tags)) sets.push({ what: `tags of launched ${String(spec.resource_type ?? 'resources')}`, tags: { ...spec.tags } });
  }
  return sets;
}

/**
 * Tags and labels within each cloud's limits: how many one resource carries (the provider's default tags included)
 * and what their keys and values may be; the APIs reject a resource that breaks them.
 */
export function tagLimitProblems(stack: LintStack): LintProblem[] {
  const awsDefaults = providerDefaults(stack, 'aws', (c) => blocks(c.default_tags)[0]?.tags);
  const gcpDefaults = providerDefaults(stack, 'google', (c) => c.default_labels);
  const defaultsOwn = [
    ...tagProblems('provider.aws', 'default tags', awsDefaults, AWS_TAGS),
    ...tagProblems('provider.google', 'default labels', gcpDefaults, GCP_LABELS),
  ];
  const resources = allResources(stack).flatMap((resource) => {
    const a = resource.attributes;
    if (resource.type.startsWith('aws_')) return awsTagSets(resource, awsDefaults).flatMap((set) => tagProblems(resource.address, set.what, set.tags, AWS_TAGS));
    if (resource.type.startsWith('google_') && isObject(a.labels)) return tagProblems(resource.address, 'labels', { ...gcpDefaults, ...a.labels }, GCP_LABELS);
    if (resource.type.startsWith('azurerm_') && isObject(a.tags)) return tagProblems(resource.address, 'tags', a.tags, AZURE_TAGS);
    return [];
  });
  return [...defaultsOwn, ...resources];
}
