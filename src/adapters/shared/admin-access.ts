import type { ResolvedTopology } from '../../topology/resolved';
import type { CloudInitFile } from './cloud-init';

/** The topology's administrator account and SSH keys as cloud-init files and commands; nothing when it lists no key. */
export function adminAccess(topology: ResolvedTopology): { files: CloudInitFile[]; commands: string[] } {
  const { username, publicKeys } = topology.ssh;
  if (publicKeys.length === 0) return { files: [], commands: [] };
  const keys = '/etc/circleci/admin-authorized-keys';
  return {
    files: [
      { path: keys, content: `${publicKeys.join('\n')}\n`, permissions: '0644' },
      // Key-only login has no password to type, so sudo must not ask for one (as for cloud-init's default user).
      { path: `/etc/sudoers.d/90-${username}`, content: `${username} ALL=(ALL) NOPASSWD:ALL\n`, permissions: '0440' },
    ],
    commands: [
      `id -u ${username} >/dev/null 2>&1 || useradd --create-home --shell /bin/bash ${username}`,
      `install -d -m 0700 -o ${username} -g ${username} /home/${username}/.ssh`,
      `install -m 0600 -o ${username} -g ${username} ${keys} /home/${username}/.ssh/authorized_keys`,
    ],
  };
}
