import { referencedAddresses } from '../terraform/references';
import type { StackResource, TerraformJson } from '../terraform/json';
import { blocks, isObject, stringsWithin } from '../terraform/values';

/** Text a resource hands its VMs at boot: user data, custom data, metadata values, startup and shutdown scripts. */
export interface BootText {
  /** Where the text sits, e.g. `user_data` or `metadata.startup-script`. */
  readonly attribute: string;
  /** The text, base64 decoded and with the local values it refers to appended. */
  readonly text: string;
}

/** Attributes that carry boot text, by resource type; GCP metadata is handled key by key. */
const BOOT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  aws_instance: ['user_data', 'user_data_base64'],
  aws_launch_template: ['user_data'],
  google_compute_instance: ['metadata_startup_script'],
  google_compute_instance_template: ['metadata_startup_script'],
  azurerm_linux_virtual_machine: ['custom_data', 'user_data'],
  azurerm_linux_virtual_machine_scale_set: ['custom_data', 'user_data'],
};

/** Types whose `metadata` map is handed to the VM (GCP). */
const METADATA_TYPES = new Set(['google_compute_instance', 'google_compute_instance_template']);

/** Resource types that carry boot text. */
export const BOOT_TEXT_TYPES: readonly string[] = Object.keys(BOOT_ATTRIBUTES);

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Decodes a literal base64 string when it decodes to readable text; anything else comes back as it was. */
export function decodeIfBase64(value: string): string {
  const compact = value.replace(/\s+/g, '');
  if (compact.length < 8 || compact.length % 4 !== 0 || !BASE64.test(compact)) return value;
  const decoded = Buffer.from(compact, 'base64').toString('utf8');
  // Readable text has no replacement characters and no control characters beyond whitespace.
  return /[\uFFFD\u0000-\u0008\u000E-\u001F]/.test(decoded) ? value : decoded;
}

/** Inside an interpolation, a string literal's escapes are HCL's: undo the common ones so scripts read as scripts. */
function unescapeHcl(value: string): string {
  return value.replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}

/** The text of a value the expression refers to: a local value or a cloud-init / template data source. */
function referencedText(stack: TerraformJson, address: string, seen: Set<string>): string[] {
  if (seen.has(address)) return [];
  seen.add(address);
  const [kind, type, name] = address.split('.');
  if (kind === 'local') return textOf(stack, stack.locals?.[type], seen);
  if (kind !== 'data') return [];
  const source = stack.data?.[type]?.[name];
  if (!isObject(source)) return [];
  const parts = [...blocks(source.part).map((part) => part.content), source.template, source.content];
  return parts.flatMap((part) => textOf(stack, part, seen));
}

/**
 * Boot text as a reader would want it: a literal is decoded when it is base64; an expression such as
 * `${base64encode(local.user_data)}` is read inside, with the text of every local value and cloud-init data source it
 * names appended, so that a check for a line finds it wherever the adapter put it.
 */
function textOf(stack: TerraformJson, value: unknown, seen: Set<string>): string[] {
  return stringsWithin(value).flatMap((piece) => {
    if (!piece.includes('${')) return [decodeIfBase64(piece)];
    const inside = referencedAddresses(piece).flatMap((address) => referencedText(stack, address, seen));
    return [unescapeHcl(piece), ...inside];
  });
}

/** Reads a value as boot text, following the local values and data sources it refers to. */
export function readBootText(stack: TerraformJson, value: unknown): string {
  return textOf(stack, value, new Set()).join('\n');
}

/** Every piece of boot text a resource carries; empty for types that carry none. */
export function bootTexts(stack: TerraformJson, resource: StackResource): BootText[] {
  const { attributes } = resource;
  const named = (BOOT_ATTRIBUTES[resource.type] ?? []).map((attribute) => ({ attribute, value: attributes[attribute] }));
  const metadata = METADATA_TYPES.has(resource.type) && isObject(attributes.metadata) ? Object.entries(attributes.metadata) : [];
  return [...named, ...metadata.map(([key, value]) => ({ attribute: `metadata.${key}`, value }))]
    .filter(({ value }) => value !== undefined && value !== null)
    .map(({ attribute, value }) => ({ attribute, text: readBootText(stack, value) }));
}
