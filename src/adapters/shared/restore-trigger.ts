import { dependable } from 'cdktf';
import type { Construct } from 'constructs';
import { TerraformData } from './terraform-data';

/** What a data disk's lifecycle gets from {@link restoreTrigger}. */
export interface RestoreLifecycle {
  /** As protected, except while a restore is asked for: the replacement it makes must not be refused. */
  readonly preventDestroy: boolean;
  /** The disk's source attributes: a changed or removed source alone replaces nothing. */
  readonly ignoreChanges: string[];
  /** The restore marker, as a bare address: Terraform's JSON syntax takes no `${...}` in replace_triggered_by. */
  readonly replaceTriggeredBy: string[];
}

/**
 * Makes a restore replace the data disk once, and removing `restoreFrom` afterwards (or forgetting to) harmless.
 * The disk ignores changes to its source argument (`snapshot_id`, `snapshot`, `create_option` and
 * `source_resource_id`), so no backup id replaces it by itself. A `terraform_data` marker, in every stack, holds the
 * last id asked for, and the disk is `replace_triggered_by` it. Terraform replaces on an update or a replacement of
 * the marker, never on its creation (internal/terraform/eval_context_builtin.go, EvaluateReplaceTriggeredBy):
 * - a first deploy, or an upgrade that adds the marker, creates it: the disk is made from the backup, if any;
 * - setting `restoreFrom`, or another id, updates its input: the disk is replaced by one made from that backup;
 * - removing `restoreFrom` leaves the marker as it is (`ignore_changes` on its input while no restore is asked for).
 * Restoring the same id a second time therefore needs `terraform apply -replace=<the disk>`. `prevent_destroy`
 * would refuse the replacement, so it is off while a restore is asked for.
 */
export function restoreTrigger(scope: Construct, props: { restoreFrom?: string; protection: boolean; sourceAttributes: string[] }): RestoreLifecycle {
  const { restoreFrom } = props;
  const restoring = restoreFrom !== undefined;
  const marker = new TerraformData(scope, 'restore_from', restoring ? { input: { backup: restoreFrom } } : { lifecycle: { ignoreChanges: ['input'] } });
  return { preventDestroy: props.protection && !restoring, ignoreChanges: props.sourceAttributes, replaceTriggeredBy: [dependable(marker)] };
}
