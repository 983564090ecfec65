import { catalogFor } from '../../catalog';
import type { RegionTable } from '../profile';

/** The regions the kit knows for aws. */
export const AWS_REGIONS: RegionTable = {
  source: 'the kit catalog region',
  asOf: '2026-12-06',
  regions: [{ name: 'us-east-1', zones: ['us-east-1a', 'us-east-1b'], families: [...new Set(catalogFor('aws').types.map((type) => type.family))] }],
};
