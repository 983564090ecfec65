import { bootTexts } from '../policy/boot-text';
import type { StackResource, TerraformJson } from '../terraform/json';

const NUM_CONTAINERS = /\bCIRCLE_NUM_CONTAINERS=["']?(\d+)["']?/g;

/**
 * CIRCLE_NUM_CONTAINERS as the builders' boot text sets it (user data, custom data, startup metadata). Null when
 * no template sets it, or when they set different numbers: the fleet then has no one figure.
 */
export function containersPerBuilder(stack: TerraformJson, templates: readonly StackResource[]): number | null {
  const values = new Set<number>();
  for (const template of templates) {
    for (const boot of bootTexts(stack, template)) {
      for (const m of boot.text.matchAll(NUM_CONTAINERS)) values.add(Number(m[1]));
    }
  }
  return values.size === 1 ? [...values][0] : null;
}

/** True when any of the templates' boot text contains the fragment. */
export function bootTextIncludes(stack: TerraformJson, templates: readonly StackResource[], fragment: string, attribute?: string): boolean {
  return templates.some((template) =>
    bootTexts(stack, template).some((boot) => (attribute === undefined || boot.attribute === attribute) && boot.text.includes(fragment)),
  );
}
