import type { Attributes } from './json';

/** True for a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Attributes {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The blocks of a nested block attribute. CDKTF writes a single nested block as an object and a repeated one as a
 * list; Terraform accepts both, so the rules must too.
 */
export function blocks(value: unknown): Attributes[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** The first block of a nested block attribute, if any. */
export function block(value: unknown): Attributes | undefined {
  return blocks(value)[0];
}

/** A string list attribute; a single string counts as a list of one. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Booleans arrive as JSON booleans or, from some CDKTF mappers, as the strings "true" / "false". */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

/** True for an explicit false, in either spelling. */
export function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');
}

/** A number attribute, whether written as a number or as a numeric string. */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/** A non-empty string attribute, trimmed; undefined otherwise. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Every string inside a value, however deeply nested. */
export function stringsWithin(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsWithin);
  return isObject(value) ? Object.values(value).flatMap(stringsWithin) : [];
}

/** True when the resource's `lifecycle` block sets prevent_destroy. */
export function preventsDestroy(attributes: Attributes): boolean {
  return isTrue(block(attributes.lifecycle)?.prevent_destroy);
}
