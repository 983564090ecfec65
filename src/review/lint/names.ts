import type { Cloud } from '../../cloud';
import { resourcesOfType, type StackResource } from '../terraform/json';
import { isComputed } from '../terraform/references';
import { isDnsName, type NameRule } from './name-rule';
import { AWS_NAME_RULES } from './name-rules-aws';
import { AZURE_DEFAULTED_NAMES, AZURE_NAME_RULES } from './name-rules-azure';
import { GCP_NAME_RULES } from './name-rules-gcp';
import { problem, type LintProblem, type LintStack } from './problem';

const CHECK = 'names';

/** Each cloud's name rules. */
export const NAME_RULES: Readonly<Record<Cloud, readonly NameRule[]>> = { aws: AWS_NAME_RULES, gcp: GCP_NAME_RULES, azure: AZURE_NAME_RULES };

/** DNS names in records and zones: what Route 53, Cloud DNS and Azure DNS accept as (relative) domain names. */
const DNS_NAMES: readonly { readonly type: string; readonly attribute: string }[] = [
  { type: 'aws_route53_record', attribute: 'name' },
  { type: 'aws_route53_zone', attribute: 'name' },
  { type: 'google_dns_record_set', attribute: 'name' },
  { type: 'google_dns_managed_zone', attribute: 'dns_name' },
  { type: 'azurerm_dns_a_record', attribute: 'name' },
  { type: 'azurerm_dns_zone', attribute: 'name' },
];

/** A literal string attribute; an interpolated one is only known at apply time and is not checked. */
function literal(resource: StackResource, attribute: string): string | undefined {
  const value = resource.attributes[attribute];
  return typeof value === 'string' && !isComputed(value) ? value : undefined;
}

function breaks(rule: NameRule, value: string): string | undefined {
  if (value.length < rule.min || value.length > rule.max) return `is ${value.length} characters; ${rule.min}-${rule.max} allowed`;
  if (rule.pattern && value.length > 0 && !rule.pattern.test(value)) return `has characters or a shape not allowed: ${rule.allowed}`;
  return undefined;
}

function ruleProblems(stack: LintStack, rule: NameRule, from?: string): LintProblem[] {
  return resourcesOfType(stack, ...rule.types).flatMap((resource) => {
    if (from && resource.attributes[rule.attribute] !== undefined) return [];
    const value = literal(resource, from ?? rule.attribute);
    const why = value === undefined ? undefined : breaks(rule, value);
    if (!why) return [];
    const what = from ? `${from} "${value}" (the default ${rule.attribute})` : `${rule.attribute} "${value}"`;
    return [problem(CHECK, resource.address, `${what} ${why}`)];
  });
}

/**
 * Names fit each cloud's length and character rules for the resource type (GCP RFC 1035 names, Azure's per-type
 * rules, AWS names and prefixes) and DNS names are valid domain names; the APIs reject others at apply time.
 */
export function nameProblems(stack: LintStack): LintProblem[] {
  const rules = Object.values(NAME_RULES).flat();
  const defaulted = AZURE_DEFAULTED_NAMES.flatMap(({ type, attribute, from }) =>
    AZURE_NAME_RULES.filter((rule) => rule.attribute === attribute && rule.types.includes(type)).map((rule) => ({ rule: { ...rule, types: [type] }, from })),
  );
  const dns = DNS_NAMES.flatMap(({ type, attribute }) =>
    resourcesOfType(stack, type).flatMap((resource) => {
      const value = literal(resource, attribute);
      if (value === undefined || value === '@' || isDnsName(value)) return [];
      return [problem(CHECK, resource.address, `${attribute} "${value}" is not a DNS name: labels of 1-63 letters, digits, hyphens or underscores, 253 characters in all`)];
    }),
  );
  const direct = rules.flatMap((rule) => ruleProblems(stack, rule));
  // A name already reported for its own rule is not reported again as the default of another attribute.
  const reported = new Set(direct.map((p) => p.address));
  const viaDefault = defaulted.flatMap(({ rule, from }) => ruleProblems(stack, rule, from)).filter((p) => !reported.has(p.address));
  return [...direct, ...viaDefault, ...dns];
}
