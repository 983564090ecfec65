import { allResources, resourceAt, type StackResource, type TerraformJson } from './terraform-json';
import { stringsWithin } from './values';

/** The `${ ... }` interpolations of a string, nested braces included; `$${` is Terraform's escape for a literal. */
export function interpolations(value: string): string[] {
  const found: string[] = [];
  for (let start = value.indexOf('${'); start >= 0; start = value.indexOf('${', start + 2)) {
    if (start > 0 && value[start - 1] === '$') continue;
    let depth = 0;
    for (let i = start + 1; i < value.length; i++) {
      if (value[i] === '{') depth++;
      else if (value[i] === '}' && --depth === 0) {
        found.push(value.slice(start + 2, i));
        break;
      }
    }
  }
  return found;
}

const ADDRESS = /(?<![\w.])(data\.[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*|[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)/g;

/**
 * Every address the value's interpolations name: `aws_instance.box`, `data.aws_ami.ubuntu`, `local.user_data`,
 * `var.secret`. Attribute paths are dropped. Also yields pseudo-addresses such as `each.value`; callers look the
 * addresses up, so those never match anything.
 */
export function referencedAddresses(value: unknown): string[] {
  const addresses = stringsWithin(value)
    .flatMap(interpolations)
    .flatMap((expression) => [...expression.matchAll(ADDRESS)].map((m) => m[1]));
  return [...new Set(addresses)];
}

/** The stack's resources a value refers to. */
export function referencedResources(stack: TerraformJson, value: unknown): StackResource[] {
  return referencedAddresses(value)
    .map((address) => resourceAt(stack, address))
    .filter((found): found is StackResource => found !== undefined);
}

/** True when the value refers to the resource at the address. */
export function refersTo(value: unknown, address: string): boolean {
  return referencedAddresses(value).includes(address);
}

/** The stack's resources whose attributes refer to the resource at the address. */
export function resourcesReferring(stack: TerraformJson, address: string): StackResource[] {
  return allResources(stack).filter((resource) => refersTo(resource.attributes, address));
}
