// GCP regions, zones and the kit's machine families offered in each. Facts only; see regions.ts for the sources.

/** Every region in the machine-type list: E2 is offered in each of them. */
const E2_REGIONS = ['africa-south1', 'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast2', 'asia-northeast3', 'asia-south1', 'asia-south2', 'asia-southeast1', 'asia-southeast2', 'australia-southeast1', 'australia-southeast2', 'europe-central2', 'europe-north1', 'europe-north2', 'europe-southwest1', 'europe-west1', 'europe-west10', 'europe-west12', 'europe-west2', 'europe-west3', 'europe-west4', 'europe-west6', 'europe-west8', 'europe-west9', 'me-central1', 'me-central2', 'me-west1', 'northamerica-northeast1', 'northamerica-northeast2', 'northamerica-south1', 'southamerica-east1', 'southamerica-west1', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3', 'us-west4'];

/** N2 and N2D: every E2 region but europe-north2 and northamerica-south1. */
const N2_REGIONS = E2_REGIONS.filter((region) => region !== 'europe-north2' && region !== 'northamerica-south1');

/** N4: every E2 region but europe-west10, europe-west12 and northamerica-northeast1. */
const N4_REGIONS = E2_REGIONS.filter((region) => !['europe-west10', 'europe-west12', 'northamerica-northeast1'].includes(region));

/**
 * The regions each catalog family is offered in (Cyclenerd tools/machinetyperegion.csv, the row named in the comment).
 * Series differ by shape: C3 highcpu and standard are not in the same regions, nor are the -lssd shapes.
 */
export const GCP_FAMILY_REGIONS: Readonly<Record<string, readonly string[]>> = {
  'c2d-standard': ['asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast2', 'asia-northeast3', 'asia-south1', 'asia-south2', 'asia-southeast1', 'australia-southeast1', 'europe-southwest1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'me-west1', 'northamerica-northeast2', 'southamerica-east1', 'us-central1', 'us-east1', 'us-east4', 'us-west1', 'us-west2', 'us-west3', 'us-west4'], // c2d-standard-2
  'c3-highcpu': ['asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast3', 'asia-southeast1', 'australia-southeast1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'me-central2', 'northamerica-northeast1', 'southamerica-east1', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-west2', 'us-west3'], // c3-highcpu-4
  'c3-standard': ['asia-northeast1', 'asia-south1', 'asia-south2', 'asia-southeast1', 'australia-southeast1', 'australia-southeast2', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'europe-west9', 'me-central2', 'me-west1', 'northamerica-northeast1', 'southamerica-east1', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3', 'us-west4'], // c3-standard-4
  'c3-standard-lssd': ['asia-northeast1', 'asia-northeast2', 'asia-south1', 'asia-southeast1', 'australia-southeast1', 'europe-west1', 'europe-west3', 'europe-west4', 'me-central2', 'me-west1', 'southamerica-east1', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west4'], // c3-standard-4-lssd
  'c3d-standard': ['asia-east1', 'asia-south1', 'asia-southeast1', 'australia-southeast1', 'europe-north1', 'europe-west1', 'europe-west3', 'europe-west4', 'me-central2', 'me-west1', 'northamerica-south1', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-west1', 'us-west4'], // c3d-standard-4
  'c4-highcpu': ['africa-south1', 'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast2', 'asia-northeast3', 'asia-south1', 'asia-south2', 'asia-southeast1', 'asia-southeast2', 'australia-southeast2', 'europe-central2', 'europe-north1', 'europe-north2', 'europe-southwest1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'europe-west6', 'europe-west8', 'europe-west9', 'me-central1', 'me-central2', 'me-west1', 'northamerica-northeast2', 'northamerica-south1', 'southamerica-east1', 'southamerica-west1', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3', 'us-west4'], // c4-highcpu-2
  'c4-standard': ['africa-south1', 'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast2', 'asia-northeast3', 'asia-south1', 'asia-south2', 'asia-southeast1', 'asia-southeast2', 'australia-southeast2', 'europe-central2', 'europe-north1', 'europe-north2', 'europe-southwest1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'europe-west6', 'europe-west8', 'europe-west9', 'me-central1', 'me-central2', 'me-west1', 'northamerica-northeast2', 'northamerica-south1', 'southamerica-east1', 'southamerica-west1', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3', 'us-west4'], // c4-standard-2
  'c4-standard-lssd': ['africa-south1', 'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast3', 'asia-south1', 'asia-south2', 'asia-southeast1', 'australia-southeast2', 'europe-north2', 'europe-southwest1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'europe-west6', 'europe-west8', 'europe-west9', 'northamerica-northeast2', 'northamerica-south1', 'southamerica-east1', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3', 'us-west4'], // c4-standard-4-lssd
  'c4a-highcpu': ['asia-east1', 'asia-northeast1', 'asia-south1', 'asia-southeast1', 'australia-southeast2', 'europe-central2', 'europe-north1', 'europe-north2', 'europe-southwest1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'me-central2', 'us-central1', 'us-east1', 'us-east4', 'us-west1', 'us-west2', 'us-west4'], // c4a-highcpu-2
  'c4a-standard': ['asia-east1', 'asia-northeast1', 'asia-south1', 'asia-southeast1', 'australia-southeast2', 'europe-central2', 'europe-north1', 'europe-north2', 'europe-southwest1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'me-central2', 'us-central1', 'us-east1', 'us-east4', 'us-west1', 'us-west2', 'us-west4'], // c4a-standard-2
  'c4a-standard-lssd': ['asia-east1', 'asia-northeast1', 'asia-south1', 'asia-southeast1', 'europe-west1', 'europe-west2', 'europe-west3', 'europe-west4', 'us-central1', 'us-east1', 'us-east4', 'us-west1', 'us-west2', 'us-west4'], // c4a-standard-4-lssd
  'e2': E2_REGIONS, // e2-micro, e2-small
  'e2-highcpu': E2_REGIONS, // e2-highcpu-2
  'e2-standard': E2_REGIONS, // e2-standard-2
  'n2-highcpu': N2_REGIONS, // n2-highcpu-2
  'n2-highmem': N2_REGIONS, // n2-highmem-2
  'n2-standard': N2_REGIONS, // n2-standard-128 (the -2 row was not read)
  'n2d-standard': N2_REGIONS, // n2d-standard-2
  'n4-highcpu': N4_REGIONS, // n4-highcpu-2
  'n4-highmem': N4_REGIONS, // n4-highmem-2
  'n4-standard': N4_REGIONS, // n4-standard-4 (the -2 row was not read)
  't2a-standard': ['asia-southeast1', 'europe-west4', 'us-central1'], // t2a-standard-1 … -48
};

/** Zone letters of each region (Compute Engine 'Regions and zones' table), in the cloud's order of region names. */
export const GCP_ZONE_LETTERS: Readonly<Record<string, string>> = {
  'africa-south1': 'abc',
  'asia-east1': 'abc',
  'asia-east2': 'abc',
  'asia-northeast1': 'abc',
  'asia-northeast2': 'abc',
  'asia-northeast3': 'abc',
  'asia-south1': 'abc',
  'asia-south2': 'abc',
  'asia-southeast1': 'abc',
  'asia-southeast2': 'abc',
  'asia-southeast3': 'abc',
  'australia-southeast1': 'abc',
  'australia-southeast2': 'abc',
  'europe-central2': 'abc',
  'europe-north1': 'abc',
  'europe-north2': 'abc',
  'europe-southwest1': 'abc',
  'europe-west1': 'bcd',
  'europe-west10': 'abc',
  'europe-west12': 'abc',
  'europe-west2': 'abc',
  'europe-west3': 'abc',
  'europe-west4': 'abc',
  'europe-west6': 'abc',
  'europe-west8': 'abc',
  'europe-west9': 'abc',
  'me-central1': 'abc',
  'me-central2': 'abc',
  'me-west1': 'abc',
  'northamerica-northeast1': 'abc',
  'northamerica-northeast2': 'abc',
  'northamerica-south1': 'abc',
  'southamerica-east1': 'abc',
  'southamerica-west1': 'abc',
  'us-central1': 'abcf',
  'us-east1': 'bcd',
  'us-east4': 'abc',
  'us-east5': 'abc',
  'us-south1': 'abc',
  'us-west1': 'abc',
  'us-west2': 'abc',
  'us-west3': 'abc',
  'us-west4': 'abc',
};
