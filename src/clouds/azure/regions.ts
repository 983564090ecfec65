import { catalogFor } from '../../catalog';
import type { RegionTable } from '../profile';

/** The regions the kit knows for azure. */
export const AZURE_REGIONS: RegionTable = {
  source: 'the kit catalog region',
  asOf: '2026-12-06',
  regions: [{ name: 'eastus', zones: ['1', '2', '3'], families: [...new Set(catalogFor('azure').types.map((type) => type.family))] }],
};
