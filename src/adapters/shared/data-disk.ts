import type { CloudInitFile } from './cloud-init';

/** Where the services box's data disk is mounted. */
export const DATA_DISK_MOUNT = '/srv/circleci-data';

/**
 * Where CircleCI's services keep their state: Docker's images and volumes (the services' databases), Replicated's
 * store (the admin console's settings and license) and CircleCI's own /data. Each is bind-mounted from a folder of
 * the data disk, so one snapshot of that disk holds all of it and the boot disk holds nothing worth keeping.
 */
export const STATE_DIRS = ['/var/lib/docker', '/var/lib/replicated', '/data'] as const;

/** The filesystem label of the data disk; fstab mounts it by its UUID. */
export const DATA_DISK_LABEL = 'circleci-data';

/** Where the script that prepares the data disk is on the box. */
export const DATA_DISK_SCRIPT_PATH = '/usr/local/sbin/circleci-data-disk';

const folderOf = (dir: string): string => `${DATA_DISK_MOUNT}/${dir.replace(/^\/+/, '').replace(/\//g, '-')}`;

/**
 * Waits for the data disk at one of its stable device paths (`devices`, the cloud's names for it; it may be attached a little after the first boot starts),
 * formats it only when it holds no filesystem or partition table at all (a disk restored from a backup is never
 * formatted), mounts it by UUID, and bind-mounts the state folders from it. A state folder that already has
 * content on the boot disk (an installation made before the data disk) is copied over once, before the bind
 * mount hides it. Runs again safely: every step checks first, so after a restore onto a running box it is run by
 * hand to mount the new disk (see the README's restore drill).
 */
function script(devices: readonly string[]): string {
  // The candidates go in as positional parameters: a bash array's braces would be Terraform template syntax in
  // user data, and every line here must stay free of them.
  const binds = STATE_DIRS.map((dir) => `bind ${dir} ${folderOf(dir)}`).join('\n');
  return `#!/bin/bash
set -euo pipefail
set -- ${devices.map((d) => `'${d}'`).join(' ')}
device=''
for _ in $(seq 1 120); do
  for candidate in "$@"; do
    if [ -b "$candidate" ]; then device=$candidate; break 2; fi
  done
  sleep 5
done
[ -n "$device" ] || { echo "circleci-data-disk: no data disk at ${devices.join(' or ')} after 10 minutes" >&2; exit 1; }
# blkid exits 2 when the device carries no signature of any kind: only then is it new and empty.
status=0
blkid -p "$device" >/dev/null 2>&1 || status=$?
if [ "$status" -eq 2 ]; then
  mkfs.ext4 -q -L ${DATA_DISK_LABEL} "$device"
elif [ "$status" -ne 0 ]; then
  echo "circleci-data-disk: blkid could not read $device (exit $status)" >&2; exit 1
fi
uuid=$(blkid -s UUID -o value "$device")
mkdir -p ${DATA_DISK_MOUNT}
# The line is written anew each run: a disk restored from another installation's backup has another UUID.
sed -i '\\| ${DATA_DISK_MOUNT} ext4 |d' /etc/fstab
echo "UUID=$uuid ${DATA_DISK_MOUNT} ext4 defaults,nofail,x-systemd.device-timeout=10min 0 2" >> /etc/fstab
mountpoint -q ${DATA_DISK_MOUNT} || mount ${DATA_DISK_MOUNT}
bind() {
  mkdir -p "$1" "$2"
  if ! mountpoint -q "$1"; then
    # First mount over a folder that has content (an older installation): keep it by copying it to the disk.
    if [ -z "$(ls -A "$2")" ] && [ -n "$(ls -A "$1")" ]; then cp -a "$1"/. "$2"/; fi
    grep -q " $1 none bind" /etc/fstab || echo "$2 $1 none bind,nofail,x-systemd.requires-mounts-for=${DATA_DISK_MOUNT} 0 0" >> /etc/fstab
    mount "$1"
  fi
}
${binds}
`;
}

/**
 * The data disk's boot text: the script, a Docker drop-in that keeps Docker (and with it every CircleCI service)
 * stopped while the state folders are not mounted from the disk, so the services never start on an empty boot
 * disk, and the runcmd line that runs the script before the install.
 */
export function dataDiskBoot(devices: readonly string[]): { files: CloudInitFile[]; commands: string[] } {
  return {
    files: [
      { path: DATA_DISK_SCRIPT_PATH, content: script(devices), permissions: '0700' },
      {
        path: '/etc/systemd/system/docker.service.d/circleci-data.conf',
        content: `[Unit]\nRequiresMountsFor=${STATE_DIRS.join(' ')}\n`,
      },
    ],
    commands: [DATA_DISK_SCRIPT_PATH],
  };
}
