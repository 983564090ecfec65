import type { Cloud } from '../../../src/cloud';
import { rendered, type Model, type Row } from '../cells';
import { renderedFleet } from '../terraform';

/**
 * `<cloud>.builders.families.allow` / `.deny`: the planned type is the one sizing picks within the families, and
 * it changes when the filter is dropped.
 */
export function builderTypesRow(cloud: Cloud, filter: 'allow' | 'deny'): Row {
  const how = filter === 'allow' ? 'sizing picks only from these families' : 'sizing never picks these families';
  return {
    path: `${cloud}.builders.families.${filter}`,
    [cloud]: rendered('everything', how, (json) => renderedFleet(cloud, json).instanceType, ({ resolved }: Model) => resolved.builders.instanceType, {
      otherwise: { [cloud]: { builders: { families: { [filter]: undefined } } } },
    }),
  };
}
