import { bootTexts } from '../boot-text';
import { refersTo, referencedResources } from '../../terraform/references';
import { computeOfRole } from '../../terraform/roles';
import { compliant, nonCompliant, verdict, type Finding, type PolicyRule } from '../rule';
import { resourcesOfType, type StackResource, type TerraformJson } from '../../terraform/json';
import { block, blocks, isTrue } from '../../terraform/values';

const TERMINATING = 'autoscaling:EC2_INSTANCE_TERMINATING';

function runsCircleShutdown(stack: TerraformJson, resource: StackResource, attribute?: string): boolean {
  return bootTexts(stack, resource).some((boot) => (attribute === undefined || boot.attribute === attribute) && boot.text.includes('circle-shutdown'));
}

/** AWS: a terminating lifecycle hook holds the instance while the agent its launch template installs drains it. */
function awsGroup(stack: TerraformJson, group: StackResource): Finding {
  const hooked =
    blocks(group.attributes.initial_lifecycle_hook).some((hook) => hook.lifecycle_transition === TERMINATING) ||
    resourcesOfType(stack, 'aws_autoscaling_lifecycle_hook').some(
      (hook) =>
        hook.attributes.lifecycle_transition === TERMINATING &&
        (refersTo(hook.attributes.autoscaling_group_name, group.address) || hook.attributes.autoscaling_group_name === group.attributes.name),
    );
  const templates = referencedResources(stack, group.attributes).filter((r) => r.type === 'aws_launch_template');
  const drains = templates.length === 0 || templates.some((template) => runsCircleShutdown(stack, template));
  if (!hooked) return nonCompliant(group.address, `has no lifecycle hook on ${TERMINATING}: scale-in kills running builds`);
  return verdict(group.address, drains, `holds terminating builders with a ${TERMINATING} hook while they run circle-shutdown`, 'has a terminating hook, but its launch template never runs circle-shutdown');
}

/** GCP: groups have no lifecycle hooks; the template's shutdown script runs circle-shutdown, best effort. */
function gcpTemplate(stack: TerraformJson, template: StackResource): Finding {
  return verdict(
    template.address,
    runsCircleShutdown(stack, template, 'metadata.shutdown-script'),
    'runs circle-shutdown from its shutdown-script',
    'has no shutdown-script that runs circle-shutdown',
  );
}

/** Azure: the terminate notification delays deletion while the drain agent runs; spot scale sets cannot have one. */
function azureScaleSet(stack: TerraformJson, scaleSet: StackResource): Finding {
  const a = scaleSet.attributes;
  const notified = isTrue(block(a.termination_notification)?.enabled) || isTrue(block(a.terminate_notification)?.enabled);
  const agent = bootTexts(stack, scaleSet).some((boot) => boot.text.includes('circle-shutdown') && boot.text.toLowerCase().includes('scheduledevents'));
  if (notified) return verdict(scaleSet.address, agent, 'has a terminate notification and a drain agent that runs circle-shutdown', 'has a terminate notification, but nothing in its custom data runs circle-shutdown');
  if (String(a.priority) === 'Spot' && agent) {
    return compliant(scaleSet.address, 'is spot, where Azure allows no terminate notification; drains on Scheduled Events eviction notices (about 30 s, best effort)');
  }
  return nonCompliant(scaleSet.address, 'has no terminate notification (termination_notification.enabled): scale-in kills running builds');
}

/** Builders removed without letting their running builds finish. */
export const buildersWithoutDrain: PolicyRule = {
  id: 'CIK-DRAIN-001',
  level: 'error',
  title: 'Builders without a drain mechanism',
  explanation:
    'Builders are scaled in every evening and replaced on every image change. Without a drain, scale-in kills running builds; CircleCI drains a builder with `circle-shutdown`, which finishes running builds and then exits, held open by a lifecycle hook (AWS), a shutdown script (GCP, best effort) or a terminate notification (Azure).',
  fix: 'AWS: an aws_autoscaling_lifecycle_hook on autoscaling:EC2_INSTANCE_TERMINATING and an agent that runs circle-shutdown; GCP: a shutdown-script running circle-shutdown in the template metadata; Azure: termination_notification { enabled = true } and a Scheduled Events agent.',
  // No scanner checks for graceful shutdown; this is CircleCI's documented builder lifecycle.
  mirrors: [],
  clouds: ['aws', 'gcp', 'azure'],
  check: (stack) => [
    ...computeOfRole(stack, 'builders', ['aws_autoscaling_group']).map((group) => awsGroup(stack, group)),
    ...computeOfRole(stack, 'builders', ['google_compute_instance_template']).map((t) => gcpTemplate(stack, t)),
    ...computeOfRole(stack, 'builders', ['azurerm_linux_virtual_machine_scale_set']).map((s) => azureScaleSet(stack, s)),
  ],
};
