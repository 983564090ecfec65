import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Cloud } from '../../src/cloud';
import { parseTopology, resolveTopology, TopologyError, type ResolvedTopology, type TopologyIssue, type TopologySpec } from '../../src/topology';

/** The repository's default topology file, as data. */
export function defaultTopologyData(): Record<string, unknown> {
  return parse(readFileSync(join(__dirname, '../../topology.yaml'), 'utf8')) as Record<string, unknown>;
}

type Patch = { readonly [key: string]: unknown };

/** Deep-merges a patch into data: mappings merge, anything else (lists too) replaces; `undefined` deletes a key. */
export function merge(base: Record<string, unknown>, patch: Patch): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    if (value === undefined) delete out[key];
    else if (value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)) {
      out[key] = merge(current as Record<string, unknown>, value as Patch);
    } else out[key] = value;
  }
  return out;
}

/** GIVEN the default topology with a patch applied, validated. */
export function topologySpec(patch: Patch = {}): TopologySpec {
  return parseTopology(merge(defaultTopologyData(), patch));
}

/**
 * Existing secret ids for every cloud, as the topology file writes them, with the Key Vault the Azure one is in;
 * `variable: undefined` deletes the default file's variable where the patch replaces one.
 */
export function existingSecret(
  name: string,
  { vault = 'example-vault', replacesVariable = true }: { readonly vault?: string; readonly replacesVariable?: boolean } = {},
): { variable?: undefined; existing: Record<string, string> } {
  return {
    ...(replacesVariable ? { variable: undefined } : {}),
    existing: {
      aws: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`,
      gcp: `projects/example-ci-project/secrets/${name}`,
      azure: `https://${vault}.vault.azure.net/secrets/${name}`,
    },
  };
}

/** Every problem validation finds in the default topology with a patch applied; fails when it finds none. */
export function issuesOf(patch: Patch): TopologyIssue[] {
  try {
    parseTopology(merge(defaultTopologyData(), patch));
  } catch (error) {
    if (error instanceof TopologyError) return [...error.issues];
    throw error;
  }
  throw new Error('expected the topology to be rejected');
}

/** The problem validation finds at one path; fails, listing what it found, when there is none there. */
export function issueAt(patch: Patch, path: string): TopologyIssue {
  const issues = issuesOf(patch);
  const found = issues.find((i) => i.path === path);
  if (!found) throw new Error(`no issue at ${path}; got: ${issues.map((i) => `${i.path}: ${i.message}`).join(' | ')}`);
  return found;
}

/** GIVEN the default topology with a patch applied, resolved for one cloud. */
export function resolvedFor<C extends Cloud>(cloud: C, patch: Patch = {}): ResolvedTopology<C> {
  return resolveTopology(topologySpec(patch), cloud);
}
