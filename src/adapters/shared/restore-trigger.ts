import { DataResource, type ITerraformDependable } from 'cdktf';
import type { Construct } from 'constructs';

/** What a data disk's lifecycle gets from {@link restoreTrigger}. */
export interface RestoreLifecycle {
  /** Never: a disk made from a backup may be replaced only while a restore is asked for; otherwise as protected. */
  readonly preventDestroy: boolean;
  /** The disk's source attributes: a changed or removed source alone replaces nothing. */
  readonly ignoreChanges: string[];
  /** The restore marker, present while `restoreFrom` is set. */
  readonly replaceTriggeredBy?: ITerraformDependable[];
}

/**
 * Makes a restore replace the data disk exactly once, and forgetting to remove `restoreFrom` afterwards harmless.
 * The disk ignores changes to its source attribute (`snapshot_id`, `snapshot`, `create_option` and
 * `source_resource_id`), so neither setting nor removing a backup id would replace it by itself. While `restoreFrom`
 * is set, a `terraform_data` resource holds the id and the disk is `replace_triggered_by` it: the plan that first
 * sets the id (or changes it) creates or updates the marker, which replaces the disk with one made from the backup;
 * later plans with the same id change nothing; removing `restoreFrom` deletes the marker and leaves the disk as it
 * is. `prevent_destroy` would refuse the replacement, so it is off while a restore is asked for.
 */
export function restoreTrigger(scope: Construct, props: { restoreFrom?: string; protection: boolean; sourceAttributes: string[] }): RestoreLifecycle {
  const base = { ignoreChanges: props.sourceAttributes };
  if (props.restoreFrom === undefined) return { ...base, preventDestroy: props.protection };
  const marker = new DataResource(scope, 'restore_from', { input: { backup: props.restoreFrom } });
  return { ...base, preventDestroy: false, replaceTriggeredBy: [marker] };
}
