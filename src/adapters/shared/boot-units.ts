import type { CloudInitFile } from './cloud-init';

/** The unit that fetches a box's secrets; runcmd starts it, and its timer runs it again. */
export const SECRETS_UNIT = 'circleci-secrets';

/** How often a running box fetches its secrets again, so a rotated secret or renewed certificate reaches it. */
const REFETCH_EVERY = '1h';

/**
 * The secrets fetch as systemd units: the service runs on every boot (a failed first fetch is retried at the next
 * boot, not forgotten) and its timer runs it again every hour. Not RemainAfterExit: a service that stayed active
 * would ignore the timer. `extra` adds [Service] lines, such as an ExecStartPre that installs a tool first.
 */
export function secretsUnits(description: string, script: string, extra: readonly string[] = []): CloudInitFile[] {
  return [
    {
      path: `/etc/systemd/system/${SECRETS_UNIT}.service`,
      content: `[Unit]
Description=${description}
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
Environment=PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/snap/bin
${[...extra, `ExecStart=${script}`].join('\n')}
# The fetchers retry for about ten minutes (a first deploy's grants take that long to reach the secret store).
TimeoutStartSec=1200

[Install]
WantedBy=multi-user.target
`,
    },
    {
      path: `/etc/systemd/system/${SECRETS_UNIT}.timer`,
      content: `[Unit]
Description=Fetch this box's CircleCI secrets again, so rotated secrets reach it

[Timer]
OnUnitInactiveSec=${REFETCH_EVERY}
RandomizedDelaySec=5m

[Install]
WantedBy=timers.target
`,
    },
  ];
}

/** The runcmd lines that fetch the secrets now (failing the boot when they cannot be read) and keep refetching. */
export const START_SECRETS: readonly string[] = [`systemctl enable --now ${SECRETS_UNIT}.service`, `systemctl enable --now ${SECRETS_UNIT}.timer`];
