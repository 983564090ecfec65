import { stringify } from 'yaml';

/** A file cloud-init writes at first boot. */
export interface CloudInitFile {
  /** Absolute path. */
  readonly path: string;
  /** File content. */
  readonly content: string;
  /** Octal mode. @default '0644' */
  readonly permissions?: string;
}

/** What a box does at first boot. */
export interface CloudInitProps {
  /** Files to write. */
  readonly files: readonly CloudInitFile[];
  /** Commands to run once, in order, after the files are written; the first that fails ends them and fails the boot. */
  readonly commands: readonly string[];
  /** Debian packages to install first. @default none */
  readonly packages?: readonly string[];
}

/** A `#cloud-config` document, the user data / custom data / startup metadata all three clouds' Ubuntu images read. */
export function cloudInit(props: CloudInitProps): string {
  const doc = {
    ...(props.packages && props.packages.length > 0 ? { package_update: true, packages: [...props.packages] } : {}),
    write_files: props.files.map((f) => ({ path: f.path, permissions: f.permissions ?? '0644', owner: 'root:root', content: f.content })),
    // cloud-init runs runcmd as one sh script and reports the boot as failed when it exits non-zero: `set -eu`
    // makes a step that must succeed (a secret, the install) stop the boot loudly instead of running on without it.
    runcmd: ['set -eu', ...props.commands],
  };
  return `#cloud-config\n${stringify(doc, { lineWidth: 0 })}`;
}
