import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Cloud } from '../../../src/cloud';
import { reviewPlan, type PlanReviewReport } from '../../../src/review/plan';

const PROVIDERS: Readonly<Record<string, string>> = {
  aws: 'registry.terraform.io/hashicorp/aws',
  google: 'registry.terraform.io/hashicorp/google',
  azurerm: 'registry.terraform.io/hashicorp/azurerm',
  tls: 'registry.terraform.io/hashicorp/tls',
  null: 'registry.terraform.io/hashicorp/null',
};

/** Options of one resource change, in Terraform's JSON names. */
export interface ChangeOptions {
  /** `change.before`; defaults to `{}` unless the action creates. */
  readonly before?: unknown;
  /** `change.after`; defaults to `{}` unless the action deletes. */
  readonly after?: unknown;
  /** `change.replace_paths`. */
  readonly replace_paths?: readonly (readonly (string | number)[])[];
  /** `action_reason`. */
  readonly action_reason?: string;
  /** `provider_name`; defaults to the provider named by the type's prefix. */
  readonly provider_name?: string;
  /** `mode`; defaults to managed. */
  readonly mode?: string;
  /** `previous_address`. */
  readonly previous_address?: string;
  /** `deposed`. */
  readonly deposed?: string;
}

/** One `resource_changes` entry as Terraform writes it. */
export function resourceChange(
  address: string,
  actions: readonly string[],
  options: ChangeOptions = {},
): Record<string, unknown> {
  const type = address.replace(/^(module\.[^.]+\.)*(data\.)?/, '').split('.')[0];
  const { before, after, replace_paths, mode, provider_name, ...rest } = options;
  return {
    address,
    mode: mode ?? 'managed',
    type,
    name: address.split('.').pop()?.replace(/\[.*$/, ''),
    provider_name:
      provider_name ?? PROVIDERS[type.split('_')[0]] ?? `registry.terraform.io/example/${type.split('_')[0]}`,
    change: {
      actions,
      before: before ?? (actions[0] === 'create' && actions.length === 1 ? null : {}),
      after: after ?? (actions.length === 1 && actions[0] === 'delete' ? null : {}),
      after_unknown: {},
      before_sensitive: {},
      after_sensitive: {},
      ...(replace_paths ? { replace_paths } : {}),
    },
    ...rest,
  };
}

/** The text of a plan holding these resource changes. */
export function planText(changes: readonly unknown[], top: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: { root_module: {} },
    resource_changes: changes,
    configuration: { root_module: {} },
    applyable: true,
    complete: true,
    errored: false,
    ...top,
  });
}

/** Reviews plan text and fails the test when the plan could not be read. */
export function review(text: string, stack?: Cloud, file = 'plan.json'): PlanReviewReport {
  const result = reviewPlan(text, file, stack);
  if (result.exitCode === 2) throw new Error(`expected a review, got: ${result.error}`);
  return result;
}

/** The text of a plan fixture written for these tests. */
export function fixture(name: string): string {
  return readFileSync(join(__dirname, '../../fixtures/plans', name), 'utf8');
}

/** Plans written by real Terraform releases, kept beside the repository (`../shared/fixtures/terraform-plans`). */
export const REAL_PLANS_DIR = join(__dirname, '../../fixtures/terraform-plans-real');
