import type { TerraformJson } from '../terraform/json';

/**
 * How a problem stops a deployment: `error` is what the provider or the cloud's API rejects whatever the account;
 * `quota` is an adjustable default quota of the account that the stack exceeds, so the apply fails unless the
 * quota has been raised first.
 */
export type LintLevel = 'error' | 'quota';

/** One thing the cloud would reject at plan or apply time. */
export interface LintProblem {
  /** The check that found it, e.g. `references`. */
  readonly check: string;
  /** Where: `aws_instance.box`, `data.aws_ami.ubuntu`, `output.url`, `local.user_data` or `provider.aws`. */
  readonly address: string;
  /** What is wrong, with the value and what is allowed. */
  readonly message: string;
  /** Whether it always fails or fails only on an account with default quotas. */
  readonly level: LintLevel;
}

/** A stack's synthesized Terraform JSON, with the blocks the lint reads beyond the policy rules' view. */
export interface LintStack extends TerraformJson {
  /** Provider configurations by provider name (each a list: aliases). */
  readonly provider?: Readonly<Record<string, readonly unknown[]>>;
  /** Module calls by name. */
  readonly module?: Readonly<Record<string, unknown>>;
}

/** A lint check: a small pure function over one stack. */
export type LintCheck = (stack: LintStack) => LintProblem[];

/** A problem found by a check. */
export function problem(check: string, address: string, message: string, level: LintLevel = 'error'): LintProblem {
  return { check, address, message, level };
}
