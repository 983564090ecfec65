import { formatPath, type TopologyIssue } from './errors';

/** The longest text any field may hold: far above any name, id, key or reason, far below a pasted file. */
export const MAX_TEXT_LENGTH = 4096;

/** The most items a list, or keys a mapping, may hold: far above any cloud's firewall or tag limits. */
export const MAX_ENTRIES = 1000;

/**
 * Texts, lists and mappings too big for any field of a topology, one issue each. Many fields take free text or
 * lists without a limit of their own (image ids, bucket names, reasons, port lists), and a megabyte pasted into one
 * would otherwise reach the synthesized Terraform; the problem is reported once, at its path, instead.
 */
export function oversizedValues(value: unknown, path: readonly PropertyKey[] = []): TopologyIssue[] {
  if (typeof value === 'string') {
    return value.length > MAX_TEXT_LENGTH ? [{ path: formatPath(path), value, message: `is ${value.length} characters long; text is at most ${MAX_TEXT_LENGTH} characters` }] : [];
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_ENTRIES) return [{ path: formatPath(path), value, message: `has ${value.length} items; a list holds at most ${MAX_ENTRIES}` }];
    return value.flatMap((item, index) => oversizedValues(item, [...path, index]));
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length > MAX_ENTRIES) return [{ path: formatPath(path), value, message: `has ${entries.length} keys; a mapping holds at most ${MAX_ENTRIES}` }];
    return entries.flatMap(([key, item]) => oversizedValues(item, [...path, key]));
  }
  return [];
}
