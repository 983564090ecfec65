/**
 * Shell that turns secret files into one root-only environment file (NAME="value" lines, quoted for systemd and sh
 * alike), written whole or not at all: a reader never sees a half-written file, and a failed run leaves the last
 * good file in place.
 */
export function secretEnvironmentFile(target: string, files: Readonly<Record<string, string>>): string {
  const lines = Object.entries(files).map(([name, file]) => `  printf '${name}='; quote "${file}"`);
  return `quote() { sed -e 's/["\\\\$\`]/\\\\&/g' -e '1s/^/"/' -e '$s/$/"/' "$1"; }
{
${lines.join('\n')}
} >${target}.partial
mv ${target}.partial ${target}
`;
}

/** Where every box keeps the files its secrets are fetched into: root-only, never /tmp. */
export const SECRETS_DIR = '/etc/circleci/secrets';
