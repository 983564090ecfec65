import type { Cloud } from '../../src/cloud';
import type { TerraformJson } from '../helpers/synth';

/** A resource's or data source's arguments, snake_case as Terraform reads them. */
export type Attributes = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every resource of a type, in Terraform-name order. */
export function all(json: TerraformJson, type: string): Attributes[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** Every data source of a type. */
export function allData(json: TerraformJson, type: string): Attributes[] {
  return Object.values(json.data?.[type] ?? {});
}

/** The one resource of a type; throws when there is not exactly one. */
export function one(json: TerraformJson, type: string): Attributes {
  const found = all(json, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0];
}

/**
 * A boot text (user data, custom data, startup metadata) as the box reads it: base64 decoded, and a
 * `${base64encode(join("", [...]))}` expression joined, its string literals decoded and its references kept as
 * `${reference}`.
 */
export function bootText(value: unknown): string {
  const text = String(value);
  const joined = /^\$\{base64encode\(join\("", \[([\s\S]*)\]\)\)\}$/.exec(text);
  if (joined) {
    return [...joined[1].matchAll(/"((?:[^"\\]|\\.)*)"|([^",\s][^,]*)/g)]
      .map(([, literal, reference]) => (literal !== undefined ? (JSON.parse(`"${literal}"`) as string) : `\${${reference.trim()}}`))
      .join('');
  }
  if (/^[A-Za-z0-9+/]+=*$/.test(text) && text.length % 4 === 0) return Buffer.from(text, 'base64').toString('utf8');
  return text;
}

/**
 * Azure's builder scale sets, the regular-priority one first: the on-demand base and what the schedule scales run at
 * regular priority with a terminate notification, builders above the base that run day and night at spot priority.
 */
export function azureScaleSets(json: TerraformJson): Attributes[] {
  const sets = all(json, 'azurerm_linux_virtual_machine_scale_set');
  if (sets.length === 0) throw new Error('expected a builder scale set, found none');
  return [...sets].sort((a, b) => Number(a.priority === 'Spot') - Number(b.priority === 'Spot'));
}

/** The builders' boot text on a cloud. */
export function builderBoot(cloud: Cloud, json: TerraformJson): string {
  if (cloud === 'aws') return bootText(one(json, 'aws_launch_template').user_data);
  if (cloud === 'gcp') return all(json, 'google_compute_instance_template').map((t) => bootText(t.metadata['user-data'])).join('\n');
  return bootText(azureScaleSets(json)[0].custom_data);
}

/** The services box's boot text on a cloud. */
export function servicesBoxBoot(cloud: Cloud, json: TerraformJson): string {
  if (cloud === 'aws') return bootText(one(json, 'aws_instance').user_data);
  if (cloud === 'gcp') return bootText(one(json, 'google_compute_instance').metadata['user-data']);
  return bootText(one(json, 'azurerm_linux_virtual_machine').custom_data);
}

/** Which install a box's boot text runs: CircleCI's documented one (recognised by its download), the topology's commands, or none. */
export function installMethod(text: string, documentedDownload: string): 'documented' | 'commands' | 'none' {
  if (!/\/usr\/local\/sbin\/circleci-install(?![-\w])/.test(text)) return 'none';
  return text.includes(documentedDownload) ? 'documented' : 'commands';
}

/** One `KEY="value"` setting of an environment file in a boot text. */
export function setting(text: string, key: string): string | undefined {
  return new RegExp(`^\\s*${key}="([^"]*)"`, 'm').exec(text)?.[1];
}

/** The builder fleet as a stack renders it: what sizing decided, read back from the resources. */
export interface RenderedFleet {
  /** The planned instance type. */
  readonly instanceType: string;
  /** Builders at most (working hours). */
  readonly builders: number;
  /** CIRCLE_NUM_CONTAINERS. */
  readonly containersPerBuilder: number;
}

/** The builder fleet's type, size and containers per builder on a cloud. */
export function renderedFleet(cloud: Cloud, json: TerraformJson): RenderedFleet {
  const containersPerBuilder = Number(setting(builderBoot(cloud, json), 'CIRCLE_NUM_CONTAINERS'));
  if (cloud === 'aws') {
    const template = one(json, 'aws_launch_template');
    return { instanceType: template.instance_type, builders: one(json, 'aws_autoscaling_group').max_size, containersPerBuilder };
  }
  if (cloud === 'gcp') {
    const template = all(json, 'google_compute_instance_template')[0];
    const group = one(json, 'google_compute_region_instance_group_manager');
    const autoscaler = all(json, 'google_compute_region_autoscaler')[0];
    return { instanceType: template.machine_type, builders: autoscaler?.autoscaling_policy.max_replicas ?? group.target_size, containersPerBuilder };
  }
  const sets = azureScaleSets(json);
  const sizes = [...new Set(sets.map((set) => set.sku))];
  if (sizes.length !== 1) throw new Error(`expected one size over the builder scale sets, found ${sizes.join(', ')}`);
  return { instanceType: sizes[0], builders: sets.reduce((sum, set) => sum + set.instances, 0), containersPerBuilder };
}

/** The instance types spot may use besides the planned one, as rendered on a cloud. */
export function spotAlternatives(cloud: Cloud, json: TerraformJson): string[] {
  if (cloud === 'aws') {
    const overrides: Attributes[] = one(json, 'aws_autoscaling_group').mixed_instances_policy?.launch_template.override ?? [];
    return overrides.slice(1).map((o) => o.instance_type);
  }
  if (cloud === 'gcp') {
    const selections: Attributes[] = one(json, 'google_compute_region_instance_group_manager').instance_flexibility_policy?.instance_selections ?? [];
    return selections.filter((s) => s.name === 'alternatives').flatMap((s) => s.machine_types);
  }
  return [];
}

/** Every instance type the builders may run as: the planned one and the spot alternatives. */
export function builderTypes(cloud: Cloud, json: TerraformJson): string[] {
  return [renderedFleet(cloud, json).instanceType, ...spotAlternatives(cloud, json)];
}
