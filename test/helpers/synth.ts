import { Testing, type TerraformStack } from 'cdktf';
import type { Cloud } from '../../src/cloud';
import { addInstallationStack } from '../../stacks/installation-stack';
import { resolvedFor } from './topology';
import { testApp } from './app';

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

/** Synthesized stacks of this module registry by cloud and patch, as text: each caller gets its own parsed copy. */
const synthesized = new Map<string, string>();

/**
 * WHEN the default topology, with a patch applied, is synthesized for one cloud. The same cloud and patch are
 * synthesized once per test file (synthesis is most of a test's time); every call returns a fresh copy, so a test
 * that changes its stack changes no other test's.
 */
export function synthCloud(cloud: Cloud, patch: Record<string, unknown> = {}): TerraformJson {
  // A patch's `undefined` deletes a key, so it must tell patches apart where JSON.stringify would drop it.
  const key = `${cloud} ${JSON.stringify(patch, (_, value: unknown) => (value === undefined ? '<deleted>' : value))}`;
  let text = synthesized.get(key);
  if (text === undefined) {
    text = Testing.synth(addInstallationStack(testApp(), resolvedFor(cloud, patch)));
    synthesized.set(key, text);
  }
  return JSON.parse(text) as TerraformJson;
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
