import { refersTo, referencedResources } from '../../terraform/references';
import { awsBoxBackups } from '../../terraform/aws-box-backups';
import { computeOfRole } from '../../terraform/roles';
import { verdict, type PolicyRule } from '../rule';
import { resourcesOfType, type StackResource, type TerraformJson } from '../../terraform/json';
import { block, blocks, strings } from '../../terraform/values';

function isSnapshotPolicy(resource: StackResource): boolean {
  return resource.type === 'google_compute_resource_policy' && block(resource.attributes.snapshot_schedule_policy) !== undefined;
}

/** True when the value names (by reference or by name) a GCP snapshot schedule of the stack. */
function namesSnapshotPolicy(stack: TerraformJson, value: unknown): boolean {
  return resourcesOfType(stack, 'google_compute_resource_policy')
    .filter(isSnapshotPolicy)
    .some((policy) => refersTo(value, policy.address) || strings(value).includes(String(policy.attributes.name)));
}

/** A GCP disk is backed up when a snapshot schedule is attached to it, by attachment resource or by its own list. */
function gcpDiskCovered(stack: TerraformJson, disk: StackResource): boolean {
  if (namesSnapshotPolicy(stack, disk.attributes.resource_policies)) return true;
  return resourcesOfType(stack, 'google_compute_disk_resource_policy_attachment').some(
    (attachment) =>
      (refersTo(attachment.attributes.disk, disk.address) || attachment.attributes.disk === disk.attributes.name) && namesSnapshotPolicy(stack, attachment.attributes.name),
  );
}

/** The box's state is on its boot disk: inline, or a separate google_compute_disk it attaches. */
function gcpCovers(stack: TerraformJson, box: StackResource): boolean {
  const boot = block(box.attributes.boot_disk);
  if (boot && boot.source === undefined) return namesSnapshotPolicy(stack, block(boot.initialize_params)?.resource_policies);
  return [boot, ...blocks(box.attributes.attached_disk)]
    .flatMap((disk) => referencedResources(stack, disk?.source))
    .some((disk) => disk.type === 'google_compute_disk' && gcpDiskCovered(stack, disk));
}

function azureCovers(stack: TerraformJson, box: StackResource): boolean {
  return resourcesOfType(stack, 'azurerm_backup_protected_vm').some((protectedVm) => refersTo(protectedVm.attributes.source_vm_id, box.address));
}

function backedUp(stack: TerraformJson, box: StackResource): boolean {
  if (box.type === 'aws_instance') return awsBoxBackups(stack, box).length > 0;
  if (box.type === 'google_compute_instance') return gcpCovers(stack, box);
  return azureCovers(stack, box);
}

const WHAT: Readonly<Record<string, string>> = {
  aws_instance: 'no enabled aws_dlm_lifecycle_policy targets its tags or volumes, and no aws_backup_selection of an aws_backup_plan selects them',
  google_compute_instance: 'no snapshot schedule (google_compute_resource_policy) is attached to its disk',
};

/** The services box without scheduled snapshots. */
export const servicesBoxWithoutBackup: PolicyRule = {
  id: 'CIK-BAK-001',
  level: 'error',
  title: 'Services box without backups',
  explanation:
    'All of the installation’s state is on the services box’s disk; restoring is a new VM from a snapshot with the same private IP. Without scheduled snapshots there is nothing to restore from (CircleCI’s own template took one daily and kept 7).',
  fix: 'Keep `servicesBox.backup` set: AWS a DLM policy on the box’s volume tag (an AWS Backup plan selecting it for a throwaway installation), GCP a snapshot schedule attached to its disk, Azure an azurerm_backup_protected_vm for the VM.',
  mirrors: ['checkov CKV2_AWS_9 (related)', 'checkov CKV2_AZURE_12 (related)', 'cdk-nag EC2EBSInBackupPlan'],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) =>
    computeOfRole(stack, 'servicesBox', ['aws_instance', 'google_compute_instance', 'azurerm_linux_virtual_machine']).map((box) =>
      verdict(box.address, backedUp(stack, box), 'has scheduled backups', WHAT[box.type] ?? 'no azurerm_backup_protected_vm protects it'),
    ),
};
