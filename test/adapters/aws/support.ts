import { parse } from 'yaml';
import { resourcesOf, synthCloud, type TerraformJson } from '../../helpers/synth';

/** WHEN the default topology, with a patch, is synthesized for AWS. */
export function synthAws(patch: Record<string, unknown> = {}): TerraformJson {
  return synthCloud('aws', patch);
}

/**
 * Existing secret ids for every cloud, as the topology file writes them; `variable: undefined` deletes the default
 * file's variable where the patch replaces one.
 */
export function existingSecret(name: string, replacesVariable = true): { variable?: undefined; existing: Record<string, string> } {
  return {
    ...(replacesVariable ? { variable: undefined } : {}),
    existing: {
      aws: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`,
      gcp: `projects/example-ci-project/secrets/${name}`,
      azure: `https://example-vault.vault.azure.net/secrets/${name}`,
    },
  };
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

/** A cloud-config document's files and commands. */
export interface CloudConfig {
  packages?: string[];
  write_files: { path: string; content: string; permissions: string }[];
  runcmd: string[];
}

/**
 * The text `${base64encode(join("", [...]))}` encodes at plan time: HCL string literals unescaped, references
 * written back as `${reference}`.
 */
function joinedText(expression: string): string {
  const match = /^\$\{base64encode\(join\("", \[([\s\S]*)\]\)\)\}$/.exec(expression);
  if (!match) throw new Error(`user data is not base64encode(join("", [...])): ${expression.slice(0, 80)}`);
  const list = match[1];
  let text = '';
  let i = 0;
  while (i < list.length) {
    if (list[i] === ',' || list[i] === ' ') {
      i++;
    } else if (list[i] === '"') {
      let j = i + 1;
      while (list[j] !== '"') j += list[j] === '\\' ? 2 : 1;
      text += list
        .slice(i + 1, j)
        .replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c))
        .replace(/\$\$\{/g, '${')
        .replace(/%%\{/g, '%{');
      i = j + 1;
    } else {
      const end = list.indexOf(',', i);
      text += `\${${list.slice(i, end < 0 ? undefined : end).trim()}}`;
      i = end < 0 ? list.length : end;
    }
  }
  return text;
}

/** The builders' cloud-config: the launch template's user data is base64encode() of its parts at plan time. */
export function builderCloudConfig(json: TerraformJson): { text: string; config: CloudConfig } {
  const [, template] = only(json, 'aws_launch_template');
  const text = joinedText(String(template.user_data));
  return { text, config: parse(text) as CloudConfig };
}

/** The services box's cloud-config. */
export function servicesCloudConfig(json: TerraformJson): { text: string; config: CloudConfig } {
  const text = String(only(json, 'aws_instance')[1].user_data);
  return { text, config: parse(text) as CloudConfig };
}

/** A file the cloud-config writes. */
export function fileOf(config: CloudConfig, path: string): string {
  const file = config.write_files.find((f) => f.path === path);
  if (!file) throw new Error(`cloud-config writes no ${path}`);
  return file.content;
}
