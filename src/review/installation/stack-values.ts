import { referencedResources } from '../policy/references';
import { type Attributes, type StackResource, type TerraformJson } from '../policy/terraform-json';
import { block, isTrue, numberOf, text } from '../policy/values';

const WHOLE_REFERENCE = /^\$\{(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)\.([a-z_][a-z0-9_]*)\}$/;

/**
 * A string attribute as a literal: the value itself, or, when it is exactly a reference to another resource's
 * attribute (`${google_compute_address.x.address}`), that attribute's literal value in the stack. Undefined when
 * the value is computed by the cloud (an id, an allocated address).
 */
export function literalText(stack: TerraformJson, value: unknown, depth = 0): string | undefined {
  const found = text(value);
  if (found === undefined || !found.includes('${')) return found;
  const m = WHOLE_REFERENCE.exec(found);
  if (!m || depth > 3) return undefined;
  const [, data, type, name, attribute] = m;
  const target = data ? stack.data?.[type]?.[name] : stack.resource?.[type]?.[name];
  return target ? literalText(stack, target[attribute], depth + 1) : undefined;
}

/** A number attribute as a literal, following a whole reference the way literalText does. */
export function literalNumber(stack: TerraformJson, value: unknown): number | undefined {
  return numberOf(value) ?? numberOf(literalText(stack, value));
}

/** The first resource of the given types that the value refers to. */
export function referenced(stack: TerraformJson, value: unknown, ...types: readonly string[]): StackResource | undefined {
  return referencedResources(stack, value).find((resource) => types.includes(resource.type));
}

/** True when the resource's `lifecycle` block sets prevent_destroy. */
export function preventsDestroy(attributes: Attributes): boolean {
  return isTrue(block(attributes.lifecycle)?.prevent_destroy);
}
