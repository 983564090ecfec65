import { UNIT_PATH } from './boot-scripts';

/** Where the drain agent finds its group, hook and region. */
export const DRAIN_SETTINGS_PATH = '/etc/circleci/drain.env';

/** Path of the drain agent on builders. */
export const DRAIN_AGENT_PATH = '/usr/local/sbin/circleci-drain-agent';

/** The agent's systemd units; the timer is what cloud-init enables. */
export const DRAIN_UNITS = { service: 'circleci-drain-agent.service', timer: 'circleci-drain-agent.timer' } as const;

/** What the agent needs to complete the lifecycle action, written by user data next to it. */
export function drainSettings(values: { readonly region: string; readonly groupName: string; readonly hookName: string }): Record<string, string> {
  return { AWS_REGION: values.region, ASG_NAME: values.groupName, LIFECYCLE_HOOK_NAME: values.hookName };
}

/**
 * Graceful builder shutdown on AWS: when Auto Scaling moves the instance to Terminating:Wait, instance metadata's
 * target lifecycle state becomes Terminated. The agent then runs circle-shutdown (running builds finish, no new
 * ones start) and completes the lifecycle action, so Auto Scaling terminates at once instead of waiting out the
 * heartbeat. Markers record what is done: a drained builder is not drained twice, and only a completed lifecycle
 * action stops the agent, so a failed call (throttling) is retried here and at the next timer tick. The IMDSv2 token
 * reaches curl on stdin, never on a command line.
 */
export const DRAIN_AGENT = `#!/bin/sh
set -eu
. ${DRAIN_SETTINGS_PATH}
imds=http://169.254.169.254/latest
drained=/run/circleci-drain-drained
completed=/run/circleci-drain-completed
[ -e "$completed" ] && exit 0
token=$(curl -fsS -X PUT "$imds/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 300")
metadata() { printf 'X-aws-ec2-metadata-token: %s\n' "$token" | curl -fsS -H @- "$imds/meta-data/$1"; }
state=$(metadata autoscaling/target-lifecycle-state || true)
[ "$state" = "Terminated" ] || exit 0
instance=$(metadata instance-id)
if [ ! -e "$drained" ]; then
  echo "circleci-drain-agent: $instance is terminating; draining with circle-shutdown"
  circle-shutdown || echo "circleci-drain-agent: circle-shutdown failed; completing the lifecycle action anyway" >&2
  touch "$drained"
fi
attempt=1
until aws autoscaling complete-lifecycle-action --region "$AWS_REGION" --auto-scaling-group-name "$ASG_NAME" \\
  --lifecycle-hook-name "$LIFECYCLE_HOOK_NAME" --instance-id "$instance" --lifecycle-action-result CONTINUE; do
  if [ "$attempt" -ge 5 ]; then
    echo "circleci-drain-agent: cannot complete the lifecycle action; the next check tries again" >&2
    exit 1
  fi
  attempt=$((attempt + 1))
  sleep 5
done
touch "$completed"
`;

/** One check of the target lifecycle state; a run that drains lasts as long as circle-shutdown does. */
export const DRAIN_SERVICE = `[Unit]
Description=Drain this CircleCI builder with circle-shutdown when Auto Scaling terminates it
After=network-online.target

[Service]
Type=oneshot
Environment=${UNIT_PATH}
ExecStart=${DRAIN_AGENT_PATH}
`;

/** Checks every 15 seconds, well within the lifecycle hook's heartbeat. */
export const DRAIN_TIMER = `[Unit]
Description=Check whether Auto Scaling is terminating this CircleCI builder

[Timer]
OnBootSec=60
OnUnitInactiveSec=15
AccuracySec=1

[Install]
WantedBy=timers.target
`;
