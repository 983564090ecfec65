import { TERMINATE_NOTIFICATION_MINUTES } from '../../clouds/azure/terminate-notification';
import type { CloudInitFile } from '../shared/cloud-init';

/**
 * The terminate notification delay as ISO 8601, in whole minutes (rounded up): validation keeps the drain time at
 * most what Azure allows (the Azure profile's drain limits). A shorter drain still waits the 5-minute minimum, and
 * the drain agent, which keeps the drain time itself, approves the deletion as soon as the builder has drained.
 */
export function terminationTimeout(drainTimeoutSeconds: number): string {
  return `PT${Math.max(TERMINATE_NOTIFICATION_MINUTES.min, Math.ceil(drainTimeoutSeconds / 60))}M`;
}

/** Where the drain agent is installed. */
export const DRAIN_AGENT_PATH = '/usr/local/sbin/circleci-drain-agent';

/**
 * One poll of Azure Scheduled Events: when an event that removes this VM is scheduled (Terminate from a scale-in,
 * with the scale set's terminate notification; Preempt from a spot eviction, about 30 s ahead, best effort), run
 * circle-shutdown so running builds finish, then approve the events so Azure proceeds without waiting out the delay.
 */
function drainAgentScript(drainTimeoutSeconds: number): string {
  return `#!/usr/bin/env python3
import json, subprocess, urllib.request

# Scheduled Events starts on a VM's first call and may take about two minutes to give that first answer.
ANSWER_TIMEOUT_SECONDS = 180
METADATA = 'http://169.254.169.254/metadata'
EVENTS_URL = METADATA + '/scheduledevents?api-version=2020-07-01'
NAME_URL = METADATA + '/instance/compute/name?api-version=2021-02-01&format=text'
REMOVING = ('Terminate', 'Preempt')
DRAIN_TIMEOUT_SECONDS = ${drainTimeoutSeconds}


def call(url, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={'Metadata': 'true', 'Content-Type': 'application/json'})
    with urllib.request.urlopen(request, timeout=ANSWER_TIMEOUT_SECONDS) as response:
        return response.read().decode()


def main():
    name = call(NAME_URL).strip()
    events = json.loads(call(EVENTS_URL)).get('Events', [])
    mine = [e for e in events if e.get('EventType') in REMOVING and name in e.get('Resources', [])]
    if not mine:
        return
    try:
        subprocess.run(['circle-shutdown'], timeout=DRAIN_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        print('circle-shutdown did not finish: ' + str(error))
    call(EVENTS_URL, {'StartRequests': [{'EventId': e['EventId']} for e in mine]})


main()
`;
}

/** The drain agent's service: one poll; the timer starts it again, never while a drain is still running. */
function drainService(drainTimeoutSeconds: number): string {
  return `[Unit]
Description=Drain this builder with circle-shutdown when Azure schedules its removal
After=network-online.target

[Service]
Type=oneshot
Environment=PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
ExecStart=${DRAIN_AGENT_PATH}
TimeoutStartSec=${drainTimeoutSeconds + 600}
`;
}

/** Polls every 10 s: a Terminate event's delay is minutes, a Preempt's about 30 s. */
const DRAIN_TIMER = `[Unit]
Description=Poll Azure Scheduled Events for this builder's removal

[Timer]
OnBootSec=30s
OnUnitActiveSec=10s
AccuracySec=1s

[Install]
WantedBy=timers.target
`;

/** The drain agent's files and the command that starts it. */
export function drainAgent(drainTimeoutSeconds: number): { files: CloudInitFile[]; command: string } {
  return {
    files: [
      { path: DRAIN_AGENT_PATH, content: drainAgentScript(drainTimeoutSeconds), permissions: '0755' },
      { path: '/etc/systemd/system/circleci-drain-agent.service', content: drainService(drainTimeoutSeconds) },
      { path: '/etc/systemd/system/circleci-drain-agent.timer', content: DRAIN_TIMER },
    ],
    command: 'systemctl daemon-reload && systemctl enable --now circleci-drain-agent.timer',
  };
}
