import type { Cloud } from '../../../cloud';
import { ANY_CLOUD_TYPES } from './any-cloud';
import { AWS_TYPES } from './aws';
import { AZURE_TYPES } from './azure';
import { GCP_TYPES } from './gcp';
import type { TypeRule } from './type-rule';

export type { Holding, TypeRule } from './type-rule';

/** A table ready for lookups: exact names in a map, patterns as regular expressions. */
interface CompiledTable {
  /** Rules without a wildcard, by type. */
  readonly exact: ReadonlyMap<string, TypeRule>;
  /** Rules with a wildcard, in the table's order. */
  readonly patterns: readonly (readonly [RegExp, TypeRule])[];
}

function compile(rules: readonly TypeRule[]): CompiledTable {
  const exact = new Map(rules.filter((rule) => !rule.type.includes('*')).map((rule) => [rule.type, rule]));
  const patterns = rules
    .filter((rule) => rule.type.includes('*'))
    .map((rule) => [new RegExp(`^${rule.type.split('*').map(escapeRegExp).join('.*')}$`), rule] as const);
  return { exact, patterns };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CLOUD_TABLES: Readonly<Record<Cloud, CompiledTable>> = {
  aws: compile(AWS_TYPES),
  gcp: compile(GCP_TYPES),
  azure: compile(AZURE_TYPES),
};
const ANY_CLOUD_TABLE = compile(ANY_CLOUD_TYPES);

function lookup(table: CompiledTable, type: string): TypeRule | undefined {
  return table.exact.get(type) ?? table.patterns.find(([pattern]) => pattern.test(type))?.[1];
}

/**
 * The rule for a resource type of a cloud's provider (null for a cloud-neutral provider). An exact name wins over a
 * pattern, and patterns are tried in the table's order.
 */
export function typeRule(cloud: Cloud | null, type: string): TypeRule | undefined {
  return (cloud ? lookup(CLOUD_TABLES[cloud], type) : undefined) ?? lookup(ANY_CLOUD_TABLE, type);
}
