import { catalogFor } from '../../catalog';
import type { RegionTable } from '../profile';

/** The regions the kit knows for gcp. */
export const GCP_REGIONS: RegionTable = {
  source: 'the kit catalog region',
  asOf: '2026-12-06',
  regions: [{ name: 'us-central1', zones: ['us-central1-a', 'us-central1-b'], families: [...new Set(catalogFor('gcp').types.map((type) => type.family))] }],
};
