import type { Cloud } from '../../../src/cloud';
import { rendered, type Cell, type Meta, type Rendered, type Row } from '../cells';
import type { VariantName } from '../variants';

/** The same evidence on every cloud: one reader that looks at the cloud's own resources, one README line per cloud. */
export function everywhere(
  variant: VariantName,
  how: Readonly<Record<Cloud, string>>,
  read: Rendered['read'],
  expected: unknown,
  more: Partial<Pick<Rendered, 'otherwise' | 'refuses'>> = {},
): Pick<Row, Cloud> {
  return {
    aws: rendered(variant, how.aws, read, expected, more),
    gcp: rendered(variant, how.gcp, read, expected, more),
    azure: rendered(variant, how.azure, read, expected, more),
  };
}

/** A meta cell on every cloud. */
export function metaEverywhere(how: string, meta: string, check: Meta['check']): Pick<Row, Cloud> {
  const cell: Cell = { how, meta, check };
  return { aws: cell, gcp: cell, azure: cell };
}

/** The value a reader gives per cloud: picks the cloud's branch. */
export function byCloud<T>(cloud: Cloud, branches: Readonly<Record<Cloud, () => T>>): T {
  return branches[cloud]();
}
