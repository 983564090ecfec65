import { refersTo, referencedResources } from './references';
import { resourcesOfType, type StackResource, type TerraformJson } from './json';
import { block, blocks, isObject, strings } from './values';

type Tags = Readonly<Record<string, unknown>>;

function tagsOf(value: unknown): Tags {
  return isObject(value) ? value : {};
}

function matches(wanted: Tags, tags: Tags): boolean {
  const keys = Object.keys(wanted);
  return keys.length > 0 && keys.every((key) => tags[key] === wanted[key]);
}

/** The aws_ebs_volume resources an aws_volume_attachment attaches to the box: its data volume. */
export function attachedVolumes(stack: TerraformJson, box: StackResource): StackResource[] {
  return resourcesOfType(stack, 'aws_volume_attachment')
    .filter((attachment) => refersTo(attachment.attributes.instance_id, box.address))
    .flatMap((attachment) => referencedResources(stack, attachment.attributes.volume_id))
    .filter((volume) => volume.type === 'aws_ebs_volume');
}

/** The tags of the box's volumes: aws_instance sets them in several places, a separate data volume carries its own. */
function volumeTagsOf(stack: TerraformJson, box: StackResource): Tags[] {
  const a = box.attributes;
  return [
    tagsOf(block(a.root_block_device)?.tags),
    tagsOf(a.volume_tags),
    ...blocks(a.ebs_block_device).map((device) => tagsOf(device.tags)),
    ...attachedVolumes(stack, box).map((volume) => tagsOf(volume.attributes.tags)),
  ];
}

/** An enabled DLM policy that targets the instance by its tags, or its volumes by theirs. */
function dlmTargets(policy: StackResource, box: StackResource, volumeTags: readonly Tags[]): boolean {
  if (String(policy.attributes.state ?? 'ENABLED') === 'DISABLED') return false;
  const details = block(policy.attributes.policy_details);
  const wanted = tagsOf(details?.target_tags);
  const kinds = strings(details?.resource_types);
  return (kinds.includes('INSTANCE') && matches(wanted, tagsOf(box.attributes.tags))) || ((kinds.length === 0 || kinds.includes('VOLUME')) && volumeTags.some((tags) => matches(wanted, tags)));
}

/** An AWS Backup selection picks resources by ARN, or by any one of its selection_tag blocks (AWS Backup ORs them). */
function selectionPicks(stack: TerraformJson, selection: StackResource, box: StackResource, volumeTags: readonly Tags[]): boolean {
  const picked = [box, ...attachedVolumes(stack, box)];
  const byArn = strings(selection.attributes.resources).some((arn) => picked.some((resource) => refersTo(arn, resource.address)));
  const wanted = blocks(selection.attributes.selection_tag).filter((tag) => String(tag.type) === 'STRINGEQUALS');
  const byTag = [tagsOf(box.attributes.tags), ...volumeTags].some((tags) => wanted.some((tag) => tags[String(tag.key)] === tag.value));
  return byArn || byTag;
}

/**
 * What backs up an AWS box: the enabled DLM policies that target it or its volumes, then the AWS Backup plans, with at
 * least one rule (without a schedule a rule runs daily at 05:00 UTC), that a selection puts it or its volumes in.
 */
export function awsBoxBackups(stack: TerraformJson, box: StackResource): StackResource[] {
  const volumeTags = volumeTagsOf(stack, box);
  const policies = resourcesOfType(stack, 'aws_dlm_lifecycle_policy').filter((policy) => dlmTargets(policy, box, volumeTags));
  const plans = resourcesOfType(stack, 'aws_backup_selection')
    .filter((selection) => selectionPicks(stack, selection, box, volumeTags))
    .flatMap((selection) => referencedResources(stack, selection.attributes.plan_id))
    .filter((plan) => plan.type === 'aws_backup_plan' && blocks(plan.attributes.rule).length > 0);
  return [...policies, ...plans];
}
