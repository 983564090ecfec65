import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { CLOUDS, type Cloud } from '../cloud';
import { allowedKeysAt, isKeyOfAnotherForm } from './allowed-keys';
import { formatPath, TopologyError, type TopologyIssue } from './errors';
import { SHOWN_VALUE } from './fields';
import { oversizedValues } from './limits';
import { templateTexts } from './terraform-text';
import { resolveTopology } from './resolve';
import type { ResolvedTopology } from './resolved';
import { topologySchema, type TopologySpec } from './schema';

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  // YAML's .nan and .inf are numbers to JavaScript, but not the numbers a field asks for.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

/** Turns zod's issue into the kit's wording: the value found and what is allowed. */
function toIssue(input: unknown, issue: z.core.$ZodIssue): TopologyIssue[] {
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  const value = SHOWN_VALUE in params ? (params[SHOWN_VALUE] as unknown) : valueAt(input, issue.path);
  const path = formatPath(issue.path);
  // The schema's own messages say what is allowed better than a generic rewording.
  const ownMessage = !/^(Too (small|big)|Invalid|Expected|Unrecognized)/.test(issue.message);
  if (ownMessage && issue.code !== 'unrecognized_keys' && issue.code !== 'invalid_union') return [{ path, value, message: issue.message }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: `${isKeyOfAnotherForm(issue.path, key) ? 'belongs to another form of this setting, which cannot be combined with this one' : 'is not a known key'} (allowed here: ${allowedKeysAt(issue.path, key).join(', ')})`,
      }));
    case 'invalid_type':
      return [{ path, value, message: value === undefined ? `is required (${issue.expected})` : `must be ${issue.expected}, not ${typeName(value)}` }];
    case 'invalid_value':
      return [{ path, value, message: `must be one of: ${issue.values.map(String).join(', ')}` }];
    case 'too_small':
      return [{ path, value, message: Array.isArray(value) ? `needs at least ${String(issue.minimum)} item(s)` : typeof value === 'string' ? `must be at least ${String(issue.minimum)} characters` : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}` }];
    case 'too_big':
      return [{ path, value, message: Array.isArray(value) ? `allows at most ${String(issue.maximum)} item(s)` : typeof value === 'string' ? `must be at most ${String(issue.maximum)} characters` : `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}` }];
    case 'not_multiple_of':
      return [{ path, value, message: `must be a multiple of ${String(issue.divisor)}` }];
    case 'invalid_format':
      return [{ path, value, message: issue.message.startsWith('Invalid') ? `must be a valid ${issue.format}` : issue.message }];
    case 'invalid_union': {
      const branches = issue.errors.map((errors) => errors.flatMap((inner) => toIssue(input, { ...inner, path: [...issue.path, ...inner.path] })));
      const closest = branches.sort((a, b) => a.length - b.length)[0];
      return closest && closest.length > 0 ? closest : [{ path, value, message: 'does not match any allowed form' }];
    }
    default:
      return [{ path, value, message: issue.message }];
  }
}

/** Validates parsed topology data; throws TopologyError with one issue per problem. */
export function parseTopology(input: unknown, file?: string): TopologySpec {
  // A value too big for any field is reported alone: its thousands of items would bury every other problem.
  const oversized = oversizedValues(input);
  if (oversized.length > 0) throw new TopologyError(oversized, file);
  const templates = templateTexts(input);
  const result = topologySchema.safeParse(input);
  if (result.success && templates.length === 0) return result.data;
  const issues = [...templates, ...(result.success ? [] : result.error.issues.flatMap((issue) => toIssue(input, issue)))];
  const unique = issues.filter((issue, i) => issues.findIndex((o) => o.path === issue.path && o.message === issue.message) === i);
  throw new TopologyError(unique, file);
}

/** Reads YAML (or JSON, which is YAML) text into data, reporting syntax errors with line and column. */
export function parseTopologyText(text: string, file?: string): TopologySpec {
  if (text.includes('\u0000')) throw new TopologyError([{ path: '', message: 'is a binary file, not YAML or JSON' }], file);
  if (text.trim() === '') throw new TopologyError([{ path: '', message: 'is empty; it must be a mapping of topology keys (name, domain, clouds, ...)' }], file);
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new TopologyError(
      doc.errors.map((e) => ({ path: '', message: `is not valid YAML/JSON at line ${e.linePos?.[0].line ?? '?'}, column ${e.linePos?.[0].col ?? '?'}: ${e.message.split(' at line')[0]}` })),
      file,
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new TopologyError([{ path: '', value: data, message: 'must be a mapping of topology keys (name, domain, clouds, ...)' }], file);
  }
  return parseTopology(data, file);
}

/** Reads and validates a topology file; `shown` is how messages name it (the path as the operator gave it). */
export function loadTopologyFile(path: string, shown: string = path): TopologySpec {
  const file = shown;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(error)})`;
    throw new TopologyError([{ path: '', message: why }], file);
  }
  return parseTopologyText(text, file);
}

/**
 * Resolves every selected cloud, collecting the problems of all of them (a topology valid for AWS may not fit
 * Azure's catalog), so the operator sees every problem at once.
 */
export function resolveAll(spec: TopologySpec, file?: string): ResolvedTopology[] {
  const resolved: ResolvedTopology[] = [];
  const issues: TopologyIssue[] = [];
  for (const cloud of CLOUDS.filter((c): c is Cloud => spec.clouds.includes(c))) {
    try {
      resolved.push(resolveTopology(spec, cloud));
    } catch (error) {
      if (!(error instanceof TopologyError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, message: `${issue.message} (on ${cloud})` })));
    }
  }
  if (issues.length > 0) throw new TopologyError(issues, file);
  return resolved;
}
