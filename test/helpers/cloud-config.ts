/** A cloud-config document's packages, files and commands. */
export interface CloudConfig {
  packages?: string[];
  write_files: { path: string; content: string; permissions: string }[];
  runcmd: string[];
}

/** A file the cloud-config writes. */
export function fileOf(config: CloudConfig, path: string): string {
  const file = config.write_files.find((f) => f.path === path);
  if (!file) throw new Error(`cloud-config writes no ${path}`);
  return file.content;
}
