import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TerraformStack } from 'cdktf';
import { invokeAspects } from 'cdktf/lib/synthesize/synthesizer';
import type { Cloud } from '../../src/cloud';
import { loadTopologyFile, parseTopology, resolveAll, type TopologySpec } from '../../src/topology';
import { addInstallationStack } from '../../stacks/installation-stack';
import type { TerraformJson } from '../helpers/synth';
import { testApp } from '../helpers/app';

/** The repository root. */
const ROOT = join(__dirname, '../..');

/** The default topology file and the edge topologies of test/fixtures/topologies, by short name. */
export function topologyFiles(): Record<string, string> {
  const dir = join(ROOT, 'test/fixtures/topologies');
  const edges = readdirSync(dir).filter((file) => file.endsWith('.yaml'));
  return { default: join(ROOT, 'topology.yaml'), ...Object.fromEntries(edges.map((file) => [file.replace(/\.yaml$/, ''), join(dir, file)])) };
}

/**
 * A stack's Terraform JSON as `Testing.synth` gives it (aspects applied, the `//` metadata left out), without its
 * key sorting, which copies every object once per key and costs more than the synthesis itself on large stacks.
 */
export function synthJson(stack: TerraformStack): TerraformJson {
  invokeAspects(stack);
  return JSON.parse(JSON.stringify(stack.toTerraform(), (key, value: unknown) => (key === '//' ? undefined : value))) as TerraformJson;
}

/** WHEN a validated topology is synthesized in-process: every cloud it selects, as parsed Terraform JSON. */
export function synthSpec(spec: TopologySpec): Partial<Record<Cloud, TerraformJson>> {
  const app = testApp();
  return Object.fromEntries(resolveAll(spec).map((topology) => [topology.cloud, synthJson(addInstallationStack(app, topology))]));
}

/** WHEN a topology file is synthesized in-process. */
export function synthFile(file: string): Partial<Record<Cloud, TerraformJson>> {
  return synthSpec(loadTopologyFile(file));
}

/** WHEN topology data (a parsed file, perhaps changed) is validated and synthesized in-process. */
export function synthData(data: unknown): Partial<Record<Cloud, TerraformJson>> {
  return synthSpec(parseTopology(data));
}
