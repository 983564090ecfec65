import { Token } from 'cdktf';
import { environmentFile } from '../shared/builder-settings';

/**
 * An environment file whose values may be Terraform references. The shared environmentFile() escapes `$`, which
 * would break a reference's `${...}` marker; references resolve to addresses, ids and e-mails, which need no
 * escaping, so they are written quoted as they are and literal values go through environmentFile().
 */
export function environmentFileWithReferences(values: Readonly<Record<string, string>>): string {
  return Object.entries(values)
    .map(([key, value]) => (Token.isUnresolved(value) ? `${key}="${value}"\n` : environmentFile({ [key]: value })))
    .join('');
}
