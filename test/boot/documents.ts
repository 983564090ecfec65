import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLOUDS, type Cloud } from '../../src/cloud';
import { parseTopology, resolveTopology } from '../../src/topology';
import { addInstallationStack } from '../../stacks/installation-stack';
import type { CloudConfig } from '../helpers/cloud-config';
import { joinedText } from '../adapters/aws/support';
import { defaultTopologyData } from '../helpers/topology';
import { resourcesOf, synthStack, type TerraformJson } from '../helpers/synth';
import { testApp } from '../helpers/app';

/** Which box a boot text belongs to. */
export type Box = 'services box' | 'builders';

/** One cloud-config document as a VM would receive it, with Terraform's references replaced by placeholders. */
export interface BootDocument {
  /** e.g. `aws default builders (aws_launch_template.builders)`. */
  readonly name: string;
  readonly cloud: Cloud;
  readonly topology: 'default' | 'all-options';
  readonly box: Box;
  readonly text: string;
  readonly config: CloudConfig;
}

/** A script the boot runs: a file the cloud-config writes, its runcmd, or a GCP shutdown script. */
export interface BootScript {
  readonly name: string;
  readonly document: BootDocument;
  /** Where it lives on the box (runcmd: cloud-init's own script). */
  readonly path: string;
  /** `sh`, `bash` or `python3`, from the shebang. */
  readonly interpreter: 'sh' | 'bash' | 'python3';
  readonly text: string;
}

/** A Terraform reference stands for a value known at apply time; boot tests need a plain value in its place. */
const PLACEHOLDER = 'tf-reference';

function plain(text: string): string {
  return text.replace(/\$\{[^}]*\}/g, PLACEHOLDER);
}

function decodeBase64(value: string): string {
  return Buffer.from(value, 'base64').toString('utf8');
}

/** The boot text of every VM resource of one stack. */
function documentsOf(json: TerraformJson, cloud: Cloud, topology: BootDocument['topology']): BootDocument[] {
  const found: { where: string; box: Box; text: string }[] = [];
  const add = (type: string, attribute: (resource: Record<string, unknown>) => unknown, box: Box, decode: (value: string) => string) => {
    for (const [name, resource] of Object.entries(resourcesOf(json, type))) {
      const value = attribute(resource);
      if (typeof value === 'string') found.push({ where: `${type}.${name}`, box, text: decode(value) });
    }
  };
  // Launch template user data is base64: a literal when it holds no reference, else base64encode() at plan time.
  const userData = (value: string) => (value.startsWith('${base64encode(join(') ? joinedText(value) : value.startsWith('#cloud-config') ? value : decodeBase64(value));
  const metadata = (resource: Record<string, unknown>) => (resource.metadata as Record<string, string> | undefined)?.['user-data'];
  add('aws_instance', (r) => r.user_data, 'services box', userData);
  add('aws_launch_template', (r) => r.user_data, 'builders', userData);
  add('google_compute_instance', metadata, 'services box', (v) => v);
  add('google_compute_instance_template', metadata, 'builders', (v) => v);
  add('azurerm_linux_virtual_machine', (r) => r.custom_data, 'services box', decodeBase64);
  add('azurerm_linux_virtual_machine_scale_set', (r) => r.custom_data, 'builders', decodeBase64);
  return found.map(({ where, box, text }) => {
    const plainText = plain(text);
    return { name: `${cloud} ${topology} ${box} (${where})`, cloud, topology, box, text: plainText, config: parse(plainText) as CloudConfig };
  });
}

/** GCP builders' shutdown scripts: the drain agent the guest agent runs. */
export function shutdownScripts(json: TerraformJson): string[] {
  return Object.values(resourcesOf(json, 'google_compute_instance_template')).map((t) => String((t.metadata as Record<string, string>)['shutdown-script']));
}

const INTERPRETERS: Readonly<Record<string, BootScript['interpreter']>> = { '#!/bin/sh': 'sh', '#!/bin/bash': 'bash', '#!/usr/bin/env python3': 'python3' };

/** Every script of a document: its executable files by shebang, and its runcmd as the sh script cloud-init runs. */
export function scriptsOf(document: BootDocument): BootScript[] {
  const files = document.config.write_files
    .map((file) => ({ file, interpreter: INTERPRETERS[file.content.split('\n')[0]] }))
    .filter(({ interpreter }) => interpreter !== undefined)
    .map(({ file, interpreter }) => ({ name: `${document.name} ${file.path}`, document, path: file.path, interpreter, text: file.content }));
  const runcmd = { name: `${document.name} runcmd`, document, path: 'runcmd', interpreter: 'sh' as const, text: `#!/bin/sh\n${document.config.runcmd.join('\n')}\n` };
  return [...files, runcmd];
}

/** The two topologies the boot text is checked on: the repository's default and the fixture with every option. */
export function topologyData(topology: BootDocument['topology']): Record<string, unknown> {
  if (topology === 'default') return defaultTopologyData();
  return parse(readFileSync(join(__dirname, '../fixtures/topologies/all-options.yaml'), 'utf8')) as Record<string, unknown>;
}

/** Synthesizes one cloud's stack of a topology. */
export function synthesize(cloud: Cloud, data: Record<string, unknown>): TerraformJson {
  return synthStack(addInstallationStack(testApp(), resolveTopology(parseTopology(data), cloud)));
}

/** Each topology's stack per cloud, synthesized once for every boot test that shares this module registry. */
const synthesized = new Map<string, TerraformJson>();

function stackOf(cloud: Cloud, topology: BootDocument['topology']): TerraformJson {
  const key = `${cloud}/${topology}`;
  let json = synthesized.get(key);
  if (!json) {
    json = synthesize(cloud, topologyData(topology));
    synthesized.set(key, json);
  }
  return json;
}

/**
 * The boot documents of the given clouds and topologies (by default every cloud, both topologies), with each
 * stack's GCP shutdown scripts. Synthesis is most of a boot test's time: a test asks only for what it runs.
 */
export function bootText(
  clouds: readonly Cloud[] = CLOUDS,
  topologies: readonly BootDocument['topology'][] = ['default', 'all-options'],
): { documents: BootDocument[]; shutdownScripts: { name: string; text: string }[] } {
  const documents: BootDocument[] = [];
  const shutdown: { name: string; text: string }[] = [];
  for (const topology of topologies) {
    for (const cloud of clouds) {
      const json = stackOf(cloud, topology);
      documents.push(...documentsOf(json, cloud, topology));
      shutdownScripts(json).forEach((text, i) => shutdown.push({ name: `${cloud} ${topology} shutdown-script ${i}`, text: plain(text) }));
    }
  }
  return { documents, shutdownScripts: shutdown };
}
