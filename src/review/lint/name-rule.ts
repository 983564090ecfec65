/** What one cloud accepts in one attribute of some resource types. */
export interface NameRule {
  /** The resource types it applies to. */
  readonly types: readonly string[];
  /** The attribute, e.g. `name`, `name_prefix`, `account_id`. */
  readonly attribute: string;
  /** Fewest characters. */
  readonly min: number;
  /** Most characters. */
  readonly max: number;
  /** The characters and shape allowed, when the cloud restricts them. */
  readonly pattern?: RegExp;
  /** The allowed shape in words, for the message. */
  readonly allowed: string;
}

/**
 * The resource names Compute Engine and most Google APIs accept (RFC 1035): a lower-case letter, then up to 62
 * lower-case letters, digits or hyphens, not ending with a hyphen.
 * Source: https://cloud.google.com/compute/docs/naming-resources#resource-name-format
 */
export const RFC_1035 = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** A DNS name of labels of 1-63 characters, 253 characters in all, with or without the root's trailing dot. */
export function isDnsName(value: string): boolean {
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  return name.length >= 1 && name.length <= 253 && name.split('.').every((label) => /^(\*|[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)$/.test(label));
}
