import { compareText } from '../../util/compare-text';

/** Attributes of one resource, data source or variable as Terraform JSON writes them (snake_case keys). */
export type Attributes = Readonly<Record<string, unknown>>;

/** Blocks of one kind, by Terraform name. */
type ByName = Readonly<Record<string, Attributes>>;

/** A stack's synthesized Terraform JSON (`cdk.tf.json`), as far as the review reads it. */
export interface TerraformJson {
  /** Resources by type, then by Terraform name. */
  readonly resource?: Readonly<Record<string, ByName>>;
  /** Data sources by type, then by Terraform name. */
  readonly data?: Readonly<Record<string, ByName>>;
  /** Input variables by name. */
  readonly variable?: ByName;
  /** Outputs by name. */
  readonly output?: ByName;
  /** Local values by name. */
  readonly locals?: Readonly<Record<string, unknown>>;
  /** The terraform block: the state backend by kind (`local`, `s3`, `gcs`, `azurerm`). */
  readonly terraform?: { readonly backend?: Readonly<Record<string, unknown>> };
}

/** One resource of a stack. */
export interface StackResource {
  /** Resource type, e.g. `aws_instance`. */
  readonly type: string;
  /** Terraform name within the type. */
  readonly name: string;
  /** Terraform address, `<type>.<name>`: what findings point at. */
  readonly address: string;
  /** The resource's attributes. */
  readonly attributes: Attributes;
}

function isAttributes(value: unknown): value is Attributes {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resourcesIn(byType: ByName | undefined, type: string): StackResource[] {
  return Object.entries(byType ?? {})
    .filter(([, attributes]) => isAttributes(attributes))
    .map(([name, attributes]) => ({ type, name, address: `${type}.${name}`, attributes }));
}

/** Every resource of the given types, in type order then name order: findings come out in a stable order. */
export function resourcesOfType(stack: TerraformJson, ...types: readonly string[]): StackResource[] {
  return types.flatMap((type) => resourcesIn(stack.resource?.[type], type).sort((a, b) => compareText(a.name, b.name)));
}

/** Every resource of the stack, sorted by address. */
export function allResources(stack: TerraformJson): StackResource[] {
  return resourcesOfType(stack, ...Object.keys(stack.resource ?? {}).sort());
}

/** The resource at an address (`aws_instance.box`), when the stack has it. */
export function resourceAt(stack: TerraformJson, address: string): StackResource | undefined {
  const [type, name, extra] = address.split('.');
  if (name === undefined || extra !== undefined) return undefined;
  const attributes = stack.resource?.[type]?.[name];
  return isAttributes(attributes) ? { type, name, address, attributes } : undefined;
}

/** The attributes of a resource or data source by its address (`<type>.<name>` or `data.<type>.<name>`). */
export function attributesAt(stack: TerraformJson, address: string): Attributes | undefined {
  const parts = address.split('.');
  const found = parts[0] === 'data' && parts.length === 3 ? stack.data?.[parts[1]]?.[parts[2]] : parts.length === 2 ? stack.resource?.[parts[0]]?.[parts[1]] : undefined;
  return isAttributes(found) ? found : undefined;
}
