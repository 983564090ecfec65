import type { Cloud } from '../../src/cloud';
import { parseTopology, resolveTopology } from '../../src/topology';
import { addInstallationStack } from '../../stacks/installation-stack';
import { synthStack, type TerraformJson } from '../helpers/synth';
import { defaultTopologyData, merge } from '../helpers/topology';
import type { Model, Patch } from './cells';
import { VARIANTS, type VariantName } from './variants';
import { testApp } from '../helpers/app';

/** topology.yaml, read once: merge() copies what it changes and never changes its input. */
const DEFAULT_DATA = defaultTopologyData();

/** A variant's topology data, with a further patch applied. */
export function variantData(variant: VariantName, patch: Patch = {}): Record<string, unknown> {
  return merge(merge(DEFAULT_DATA, VARIANTS[variant]), patch);
}

/** The clouds a variant selects when synthesized for one cloud: that cloud alone for a variant of `clouds: 'each'`. */
function selection(variant: VariantName, cloud: Cloud): Patch {
  return (VARIANTS[variant] as { readonly clouds?: unknown }).clouds === 'each' ? { clouds: [cloud] } : {};
}

/** A variant validated and resolved for one cloud (no synthesis). */
export function modelOf(variant: VariantName, cloud: Cloud, patch: Patch = {}): Model {
  const spec = parseTopology(variantData(variant, { ...selection(variant, cloud), ...patch }));
  return { cloud, spec, resolved: resolveTopology(spec, cloud) };
}

/** A variant synthesized for one cloud. */
export interface Synthesized {
  readonly json: TerraformJson;
  readonly model: Model;
}

/** Every variant synthesized so far in this module registry, by `variant/cloud`: test files sharing it share these. */
const done = new Map<string, Synthesized>();

/** Synthesizes each variant once per cloud, only the pairs asked for and not already synthesized. */
export function synthesizeAll(pairs: readonly (readonly [VariantName, Cloud])[]): (variant: VariantName, cloud: Cloud) => Synthesized {
  for (const [variant, cloud] of pairs) {
    const key = `${variant}/${cloud}`;
    if (done.has(key)) continue;
    const model = modelOf(variant, cloud);
    done.set(key, { model, json: synthStack(addInstallationStack(testApp(), model.resolved)) });
  }
  return (variant, cloud) => {
    const found = done.get(`${variant}/${cloud}`);
    if (!found) throw new Error(`${variant} was not synthesized for ${cloud}`);
    return found;
  };
}
