import { App, Testing, type TerraformStack } from 'cdktf';
import type { Cloud } from '../../src/cloud';
import { addInstallationStack } from '../../stacks';
import { resolvedFor } from './topology';

/** Synthesized Terraform JSON of one stack (snake_case keys, as Terraform reads it). */
export type TerraformJson = {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  variable?: Record<string, Record<string, unknown>>;
  output?: Record<string, Record<string, unknown>>;
  locals?: Record<string, unknown>;
  provider?: Record<string, unknown[]>;
  terraform?: Record<string, unknown>;
  moved?: unknown[];
};

/** Synthesizes a stack in memory and parses its JSON. */
export function synthStack(stack: TerraformStack): TerraformJson {
  return JSON.parse(Testing.synth(stack)) as TerraformJson;
}

/** WHEN the default topology, with a patch applied, is synthesized for one cloud. */
export function synthCloud(cloud: Cloud, patch: Record<string, unknown> = {}): TerraformJson {
  const app = Testing.app() as App;
  return synthStack(addInstallationStack(app, resolvedFor(cloud, patch)));
}

/** Every resource of a type, by Terraform name. */
export function resourcesOf(json: TerraformJson, type: string): Record<string, Record<string, unknown>> {
  return json.resource?.[type] ?? {};
}

/** The single resource of a type with its Terraform name. */
export function only(json: TerraformJson, type: string): [string, Record<string, unknown>] {
  const all = Object.entries(resourcesOf(json, type));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** The `${...}` reference of a resource attribute, as Terraform JSON writes it. */
export function ref(type: string, name: string, attribute: string): string {
  return `\${${type}.${name}.${attribute}}`;
}

/** The single resource of a type; fails the test when there is not exactly one. */
export function onlyResource(json: TerraformJson, type: string): Record<string, unknown> {
  return only(json, type)[1];
}
