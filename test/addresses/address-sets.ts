import type { Cloud } from '../../src/cloud';
import { typeRule } from '../../src/review/resource-types';
import type { TerraformJson } from '../helpers/synth';

/** Every Terraform address of a stack: `type.name` of each resource and `data.type.name` of each data source. */
export function addressesOf(json: TerraformJson): string[] {
  const of = (blocks: TerraformJson['resource'], prefix: string) =>
    Object.entries(blocks ?? {}).flatMap(([type, named]) => Object.keys(named).map((name) => `${prefix}${type}.${name}`));
  return [...of(json.resource, ''), ...of(json.data, 'data.')].sort();
}

/** The roles whose resources hold what the installation cannot get back: the box, its disks and addresses, DNS, backups. */
const KEPT_ROLES = new Set(['services-box', 'dns', 'backup']);

/**
 * The resources of the services box, its disk(s) and addresses, the DNS record and the backup resources, by address,
 * as the plan review classifies resource types (so the two agree on what a destroy-and-create would lose).
 */
export function servicesBoxResources(cloud: Cloud, json: TerraformJson): Record<string, unknown> {
  const entries = Object.entries(json.resource ?? {})
    .filter(([type]) => KEPT_ROLES.has(typeRule(cloud, type)?.role ?? ''))
    .flatMap(([type, named]) => Object.entries(named).map(([name, attributes]) => [`${type}.${name}`, attributes] as const));
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}
