import type { Cloud } from '../cloud';
import { AWS_DEPLOYER_PERMISSIONS } from '../clouds/aws/deployer-permissions';
import { AZURE_DEPLOYER_PERMISSIONS } from '../clouds/azure/deployer-permissions';
import type { DeployerPermissions } from '../clouds/deployer-permissions';
import { GCP_DEPLOYER_PERMISSIONS } from '../clouds/gcp/deployer-permissions';
import type { TerraformJson } from './terraform/json';

/** Each cloud's table. */
export const DEPLOYER_PERMISSIONS: Readonly<Record<Cloud, DeployerPermissions>> = {
  aws: AWS_DEPLOYER_PERMISSIONS,
  gcp: GCP_DEPLOYER_PERMISSIONS,
  azure: AZURE_DEPLOYER_PERMISSIONS,
};

/** What one synthesized stack asks of the identity deploying it. */
export interface StackPermissions {
  /** Every permission (IAM action or role), sorted, without repeats. */
  readonly needs: readonly string[];
  /** Which types need each permission. */
  readonly why: Readonly<Record<string, readonly string[]>>;
  /** Types in the stack the table has no entry for: a gap in the kit, never silently dropped. */
  readonly unknownTypes: readonly string[];
}

/** The resource types and `data.<type>` data sources a stack holds. */
export function typesOf(json: TerraformJson): string[] {
  return [...Object.keys(json.resource ?? {}), ...Object.keys(json.data ?? {}).map((type) => `data.${type}`)].sort();
}

/** The permissions a synthesized stack needs, read from the types it holds and its state backend. */
export function stackPermissions(cloud: Cloud, json: TerraformJson): StackPermissions {
  const table = DEPLOYER_PERMISSIONS[cloud];
  const backend = Object.keys(json.terraform?.backend ?? {});
  const remote = backend.some((kind) => kind !== 'local');
  const why = new Map<string, string[]>(remote ? table.stateBackend.map((permission) => [permission, [`${backend.join(', ')} state backend`]]) : []);
  const unknownTypes: string[] = [];
  for (const type of typesOf(json)) {
    const needs = table.byType[type];
    if (!needs) unknownTypes.push(type);
    for (const permission of needs ?? []) why.set(permission, [...(why.get(permission) ?? []), type]);
  }
  const needs = [...why.keys()].sort();
  return { needs, why: Object.fromEntries(needs.map((p) => [p, why.get(p)!])), unknownTypes };
}

/** An IAM policy document granting the actions a synthesized AWS stack needs, to hand to an account's administrators. */
export function awsPolicyDocument(result: StackPermissions): { Version: string; Statement: { Sid: string; Effect: string; Action: readonly string[]; Resource: string }[] } {
  return { Version: '2012-10-17', Statement: [{ Sid: 'CircleciInstallationKitDeployer', Effect: 'Allow', Action: result.needs, Resource: '*' }] };
}
