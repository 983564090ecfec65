import { parse } from 'yaml';
import { resourcesOf, synthCloud, type TerraformJson } from '../../helpers/synth';

/** WHEN the default topology, with a patch, is synthesized for Azure. */
export function synthAzure(patch: Record<string, unknown> = {}): TerraformJson {
  return synthCloud('azure', patch);
}

/** Existing secret ids for every cloud; `variable: undefined` deletes the default file's variable where it has one. */
export function existingSecret(name: string, vault = 'corp-vault', replacesVariable = true): { variable?: undefined; existing: Record<string, string> } {
  return {
    ...(replacesVariable ? { variable: undefined } : {}),
    existing: {
      aws: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`,
      gcp: `projects/example-ci-project/secrets/${name}`,
      azure: `https://${vault}.vault.azure.net/secrets/${name}`,
    },
  };
}

/** Subnet ids in one existing virtual network. */
export const EXISTING_SUBNETS = {
  servicesSubnetId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/corp/subnets/ci-services',
  buildersSubnetId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/corp/subnets/ci-builders',
};

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
  write_files: { path: string; content: string; permissions: string }[];
  runcmd: string[];
}

/** The cloud-config a VM's literal custom data holds. */
export function cloudConfigOf(resource: Record<string, unknown>): { text: string; config: CloudConfig } {
  const data = String(resource.custom_data);
  if (data.includes('${')) throw new Error('custom data is a Terraform expression, not a literal');
  const text = Buffer.from(data, 'base64').toString('utf8');
  return { text, config: parse(text) as CloudConfig };
}

/** A file the cloud-config writes. */
export function fileOf(config: CloudConfig, path: string): string {
  const file = config.write_files.find((f) => f.path === path);
  if (!file) throw new Error(`cloud-config writes no ${path}`);
  return file.content;
}

/** KEY="value" lines of an environment file. */
export function envOf(content: string): Record<string, string> {
  return Object.fromEntries(
    content
      .trim()
      .split('\n')
      .map((line) => {
        const [key, ...rest] = line.split('=');
        return [key, rest.join('=').replace(/^"|"$/g, '')];
      }),
  );
}
