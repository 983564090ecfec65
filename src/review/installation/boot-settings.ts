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

/** How a box gets CircleCI, read from its boot text: CircleCI's documented install, the topology's commands, or none. */
export type InstallReading = 'documented' | 'commands' | 'none';

const INSTALL_SCRIPT = /\/usr\/local\/sbin\/circleci-install(?![-\w])/;
/** The downloads that mark CircleCI's documented install (src/adapters/shared/circleci-install.ts). */
const DOCUMENTED_DOWNLOADS = ['https://get.replicated.com/docker', 'init-builder-0.2.sh'];

/** The install the resources' boot text runs; null without boot text. */
export function installOf(stack: TerraformJson, resources: readonly StackResource[]): InstallReading | null {
  const texts = resources.flatMap((resource) => bootTexts(stack, resource)).map((boot) => boot.text);
  if (texts.length === 0) return null;
  if (!texts.some((text) => INSTALL_SCRIPT.test(text))) return 'none';
  return texts.some((text) => DOCUMENTED_DOWNLOADS.some((download) => text.includes(download))) ? 'documented' : 'commands';
}

/** True when any of the templates' boot text contains the fragment. */
export function bootTextIncludes(stack: TerraformJson, templates: readonly StackResource[], fragment: string, attribute?: string): boolean {
  return templates.some((template) =>
    bootTexts(stack, template).some((boot) => (attribute === undefined || boot.attribute === attribute) && boot.text.includes(fragment)),
  );
}
