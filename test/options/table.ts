import type { Row } from './cells';
import { AWS_ROWS } from './rows/aws';
import { AZURE_ROWS } from './rows/azure';
import { BUILDER_ROWS } from './rows/builders';
import { GCP_ROWS } from './rows/gcp';
import { NETWORK_ROWS } from './rows/network';
import { SECRETS_DNS_ROWS } from './rows/secrets-dns';
import { SERVICES_BOX_ROWS } from './rows/services-box';
import { TOPOLOGY_ROWS } from './rows/topology';

/** The option x cloud table: one row per leaf option of the schema. */
export const OPTION_TABLE: readonly Row[] = [
  ...TOPOLOGY_ROWS,
  ...NETWORK_ROWS,
  ...SERVICES_BOX_ROWS,
  ...BUILDER_ROWS,
  ...SECRETS_DNS_ROWS,
  ...AWS_ROWS,
  ...GCP_ROWS,
  ...AZURE_ROWS,
];
