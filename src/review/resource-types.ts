import type { Cloud } from '../cloud';
import { AWS_RESOURCE_TYPES } from '../clouds/aws/resource-types';
import { AZURE_RESOURCE_TYPES } from '../clouds/azure/resource-types';
import { GCP_RESOURCE_TYPES } from '../clouds/gcp/resource-types';
import type { ResourceTypeRule } from '../clouds/resource-type-rule';
import type { RoleName } from '../firewall/model';

const TABLES: Readonly<Record<Cloud, ReadonlyMap<string, ResourceTypeRule>>> = {
  aws: new Map(AWS_RESOURCE_TYPES.map((rule) => [rule.type, rule])),
  gcp: new Map(GCP_RESOURCE_TYPES.map((rule) => [rule.type, rule])),
  azure: new Map(AZURE_RESOURCE_TYPES.map((rule) => [rule.type, rule])),
};

/**
 * What a resource type of a cloud's provider is for. A cloud-neutral provider's type (null cloud: tls) is the same
 * on every cloud, so any cloud's table answers.
 */
export function typeRule(cloud: Cloud | null, type: string): ResourceTypeRule | undefined {
  if (cloud) return TABLES[cloud].get(type);
  return Object.values(TABLES).map((table) => table.get(type)).find((rule) => rule !== undefined);
}

const BOXES = new Map(Object.values(TABLES).flatMap((table) => [...table.values()].flatMap((rule) => (rule.runs ? [[rule.type, rule.runs] as const] : []))));

/** The box a resource of the type runs when it carries no role tag; undefined for every type that is not a box. */
export function boxOfType(type: string): RoleName | undefined {
  return BOXES.get(type);
}

/** The types that run the boxes: VMs, templates and groups. */
export const BOX_TYPES: readonly string[] = [...BOXES.keys()];
