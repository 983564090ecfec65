import { wholeReference } from './references';
import { attributesAt, type TerraformJson } from './json';
import { numberOf, text } from './values';

/** How many whole references a literal is followed through: enough for the adapters' chains, never a cycle. */
const MOST_HOPS = 4;

/**
 * A string attribute as a literal: the value itself, or, when it is exactly a reference to another resource's or data
 * source's attribute (`${google_compute_address.x.address}`), that attribute's literal value in the stack. Undefined
 * when the value is computed by the cloud (an id, an allocated address).
 */
export function literalText(stack: TerraformJson, value: unknown, hops = 0): string | undefined {
  const found = text(value);
  if (found === undefined || !found.includes('${')) return found;
  const ref = wholeReference(found);
  if (!ref || ref.attribute.length !== 1 || hops >= MOST_HOPS) return undefined;
  const target = attributesAt(stack, ref.address);
  return target ? literalText(stack, target[ref.attribute[0]], hops + 1) : undefined;
}

/** A number attribute as a literal, following a whole reference the way literalText does. */
export function literalNumber(stack: TerraformJson, value: unknown): number | undefined {
  return numberOf(value) ?? numberOf(literalText(stack, value));
}
