import { parse } from 'yaml';
import type { CloudConfig } from '../../helpers/cloud-config';
import { synthCloud, type TerraformJson } from '../../helpers/synth';

export { fileOf } from '../../helpers/cloud-config';
export { only, ref } from '../../helpers/synth';
export { existingSecret } from '../../helpers/topology';

/** WHEN the default topology, with a patch, is synthesized for Azure. */
export function synthAzure(patch: Record<string, unknown> = {}): TerraformJson {
  return synthCloud('azure', patch);
}

let defaultStack: TerraformJson | undefined;

/** WHEN the default topology is synthesized for Azure: once for every case that only reads it. */
export function defaultAzure(): TerraformJson {
  defaultStack ??= synthAzure();
  return defaultStack;
}


/** The builders' regular-priority scale set (the drained one the schedule scales), with its Terraform name. */
export function regularSet(json: TerraformJson): [string, Record<string, unknown>] {
  const sets = Object.entries(json.resource?.azurerm_linux_virtual_machine_scale_set ?? {}).filter(([, set]) => set.priority !== 'Spot');
  if (sets.length !== 1) throw new Error(`expected exactly one regular-priority scale set, found ${sets.length}`);
  return sets[0];
}

/** Subnet ids in one existing virtual network. */
export const EXISTING_SUBNETS = {
  servicesSubnetId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/corp/subnets/ci-services',
  buildersSubnetId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/corp/subnets/ci-builders',
};

/** The azure section of a topology in those subnets, with the services box's address (required there). */
export const EXISTING_AZURE = { network: { existing: EXISTING_SUBNETS }, servicesBox: { privateIp: '172.16.0.25' } };



/** The cloud-config a VM's literal custom data holds. */
export function cloudConfigOf(resource: Record<string, unknown>): { text: string; config: CloudConfig } {
  const data = String(resource.custom_data);
  if (data.includes('${')) throw new Error('custom data is a Terraform expression, not a literal');
  const text = Buffer.from(data, 'base64').toString('utf8');
  return { text, config: parse(text) as CloudConfig };
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
