import { Token } from 'cdktf';
import { environmentFile } from '../shared/builder-settings';

/**
 * An environment file of KEY="value" lines where some values may be Terraform references (an ARN, a cidrhost()
 * address). environmentFile() would escape the `$` of a reference and break it, so references are written as they
 * are: they resolve to ARNs, ids and addresses, which hold no quote, backslash, dollar or backtick.
 */
export function settingsFile(values: Readonly<Record<string, string>>): string {
  return Object.entries(values)
    .map(([key, value]) => (Token.isUnresolved(value) ? `${key}="${value}"\n` : environmentFile({ [key]: value })))
    .join('');
}
