// GCP us-central1 machine types.
// Prices: Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml at commit d5f4b2b (generated 2025-12-25),
// compute.instance.<type>.cost.us-central1.{hour,hour_spot}. Every predefined (non-shared, non-lssd) row was
// identical in fd66b26 (generated 2026-07-30). The -lssd rows come from fd66b26 alone, because the 2025-12 file
// priced c3-*-lssd without the local SSD.
// Shapes: the same repository's tools/machinetypes.csv (gcloud; its "MEMORY_GB" is GiB). Arch is per series
// (T2A and C4A are Arm); the CSV has no arch column.

import type { Arch } from '../../cloud';
import type { InstanceCatalog, InstanceCategory, InstanceType, PriceSource } from '../types';

const ON_DEMAND: PriceSource = {
  source: 'Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml @d5f4b2b (cost.us-central1.hour)',
  asOf: '2025-12-25',
};

const SPOT: PriceSource = {
  source: 'Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml @d5f4b2b (cost.us-central1.hour_spot)',
  asOf: '2025-12-25',
};

const LSSD_ON_DEMAND: PriceSource = {
  source: 'Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml @fd66b26 (cost.us-central1.hour)',
  asOf: '2026-07-30',
};

interface FamilyTraits {
  readonly family: string;
  readonly category: InstanceCategory;
  readonly arch: Arch;
  /** e2-micro/small/medium show 2 guest vCPUs but are billed as 0.25/0.5/1 vCPU. */
  readonly sharedCore?: boolean;
  readonly price?: PriceSource;
}

type Row = readonly [name: string, vcpus: number, memoryGiB: number, onDemandHourlyUsd: number, spotHourlyUsd?: number];

function family(traits: FamilyTraits, rows: readonly Row[]): InstanceType[] {
  return rows.map(([name, vcpus, memoryGiB, onDemandHourlyUsd, spotHourlyUsd]) => ({
    name,
    family: traits.family,
    category: traits.category,
    arch: traits.arch,
    vcpus,
    memoryGiB,
    onDemandHourlyUsd,
    burstable: false,
    sharedCore: traits.sharedCore ?? false,
    flex: false,
    price: traits.price ?? ON_DEMAND,
    ...(spotHourlyUsd === undefined ? {} : { spotHourlyUsd, spotPrice: SPOT }),
  }));
}

// Row: [name, guest vCPU, memory GiB, on-demand $/h, spot $/h?]
export const gcpUsCentral1: InstanceCatalog = {
  cloud: 'gcp',
  region: 'us-central1',
  types: [
  ...family({ family: 'e2-standard', category: 'general', arch: 'x86_64' }, [
    ['e2-standard-2', 2, 8, 0.0670114, 0.026792],
    ['e2-standard-4', 4, 16, 0.134023, 0.053584],
    ['e2-standard-8', 8, 32, 0.268046, 0.107168],
    ['e2-standard-16', 16, 64, 0.536091, 0.214336],
    ['e2-standard-32', 32, 128, 1.07218, 0.428672],
  ]),
  ...family({ family: 'n2-standard', category: 'general', arch: 'x86_64' }, [
    ['n2-standard-2', 2, 8, 0.097118, 0.030328],
    ['n2-standard-4', 4, 16, 0.194236, 0.060656],
    ['n2-standard-8', 8, 32, 0.388472, 0.121312],
    ['n2-standard-16', 16, 64, 0.776944, 0.242624],
    ['n2-standard-32', 32, 128, 1.55389, 0.485248],
    ['n2-standard-48', 48, 192, 2.33083, 0.727872],
    ['n2-standard-64', 64, 256, 3.10778, 0.970496],
    ['n2-standard-80', 80, 320, 3.88472, 1.21312],
    ['n2-standard-96', 96, 384, 4.66166, 1.45574],
  ]),
  ...family({ family: 'n2d-standard', category: 'general', arch: 'x86_64' }, [
    ['n2d-standard-2', 2, 8, 0.084492, 0.017532],
    ['n2d-standard-4', 4, 16, 0.168984, 0.035064],
    ['n2d-standard-8', 8, 32, 0.337968, 0.070128],
    ['n2d-standard-16', 16, 64, 0.675936, 0.140256],
    ['n2d-standard-32', 32, 128, 1.35187, 0.280512],
    ['n2d-standard-48', 48, 192, 2.02781, 0.420768],
    ['n2d-standard-64', 64, 256, 2.70374, 0.561024],
    ['n2d-standard-80', 80, 320, 3.37968, 0.70128],
    ['n2d-standard-96', 96, 384, 4.05562, 0.841536],
  ]),
  ...family({ family: 'n4-standard', category: 'general', arch: 'x86_64' }, [
    ['n4-standard-2', 2, 8, 0.0907, 0.030608],
    ['n4-standard-4', 4, 16, 0.1814, 0.061216],
    ['n4-standard-8', 8, 32, 0.3628, 0.122432],
    ['n4-standard-16', 16, 64, 0.7256, 0.244864],
    ['n4-standard-32', 32, 128, 1.4512, 0.489728],
    ['n4-standard-48', 48, 192, 2.1768, 0.734592],
    ['n4-standard-64', 64, 256, 2.9024, 0.979456],
    ['n4-standard-80', 80, 320, 3.628, 1.22432],
  ]),
  ...family({ family: 'c3-standard', category: 'general', arch: 'x86_64' }, [
    ['c3-standard-4', 4, 16, 0.201608, 0.031512],
    ['c3-standard-8', 8, 32, 0.403216, 0.063024],
    ['c3-standard-22', 22, 88, 1.10884, 0.173316],
    ['c3-standard-44', 44, 176, 2.21769, 0.346632],
    ['c3-standard-88', 88, 352, 4.43538, 0.693264],
  ]),
  ...family({ family: 'c3d-standard', category: 'general', arch: 'x86_64' }, [
    ['c3d-standard-4', 4, 16, 0.181596, 0.030632],
    ['c3d-standard-8', 8, 32, 0.363192, 0.061264],
    ['c3d-standard-16', 16, 64, 0.726384, 0.122528],
    ['c3d-standard-30', 30, 120, 1.36197, 0.22974],
    ['c3d-standard-60', 60, 240, 2.72394, 0.45948],
    ['c3d-standard-90', 90, 360, 4.08591, 0.68922],
  ]),
  ...family({ family: 'c4-standard', category: 'general', arch: 'x86_64' }, [
    ['c4-standard-2', 2, 7, 0.096866, 0.038042],
    ['c4-standard-4', 4, 15, 0.19767, 0.07763],
    ['c4-standard-8', 8, 30, 0.39534, 0.15526],
    ['c4-standard-16', 16, 60, 0.79068, 0.31052],
    ['c4-standard-24', 24, 90, 1.18602, 0.46578],
    ['c4-standard-32', 32, 120, 1.58136, 0.62104],
    ['c4-standard-48', 48, 180, 2.37204, 0.93156],
    ['c4-standard-96', 96, 360, 4.74408, 1.86312],
  ]),
  ...family({ family: 't2a-standard', category: 'general', arch: 'arm64' }, [
    ['t2a-standard-2', 2, 8, 0.077, 0.021292],
    ['t2a-standard-4', 4, 16, 0.154, 0.042584],
    ['t2a-standard-8', 8, 32, 0.308, 0.085168],
    ['t2a-standard-16', 16, 64, 0.616, 0.170336],
    ['t2a-standard-32', 32, 128, 1.232, 0.340672],
    ['t2a-standard-48', 48, 192, 1.848, 0.511008],
  ]),
  ...family({ family: 'c4a-standard', category: 'general', arch: 'arm64' }, [
    ['c4a-standard-2', 2, 8, 0.0898, 0.028052],
    ['c4a-standard-4', 4, 16, 0.1796, 0.056104],
    ['c4a-standard-8', 8, 32, 0.3592, 0.112208],
    ['c4a-standard-16', 16, 64, 0.7184, 0.224416],
    ['c4a-standard-32', 32, 128, 1.4368, 0.448832],
    ['c4a-standard-48', 48, 192, 2.1552, 0.673248],
    ['c4a-standard-64', 64, 256, 2.8736, 0.897664],
    ['c4a-standard-72', 72, 288, 3.2328, 1.00987],
  ]),
  ...family({ family: 'e2-highcpu', category: 'compute', arch: 'x86_64' }, [
    ['e2-highcpu-2', 2, 2, 0.0494702, 0.019778],
    ['e2-highcpu-4', 4, 4, 0.0989405, 0.039556],
    ['e2-highcpu-8', 8, 8, 0.197881, 0.079112],
    ['e2-highcpu-16', 16, 16, 0.395762, 0.158224],
    ['e2-highcpu-32', 32, 32, 0.791524, 0.316448],
  ]),
  ...family({ family: 'n2-highcpu', category: 'compute', arch: 'x86_64' }, [
    ['n2-highcpu-2', 2, 2, 0.071696, 0.022402],
    ['n2-highcpu-4', 4, 4, 0.143392, 0.044804],
    ['n2-highcpu-8', 8, 8, 0.286784, 0.089608],
    ['n2-highcpu-16', 16, 16, 0.573568, 0.179216],
    ['n2-highcpu-32', 32, 32, 1.14714, 0.358432],
    ['n2-highcpu-48', 48, 48, 1.7207, 0.537648],
    ['n2-highcpu-64', 64, 64, 2.29427, 0.716864],
    ['n2-highcpu-80', 80, 80, 2.86784, 0.89608],
    ['n2-highcpu-96', 96, 96, 3.44141, 1.0753],
  ]),
  ...family({ family: 'n4-highcpu', category: 'compute', arch: 'x86_64' }, [
    ['n4-highcpu-2', 2, 4, 0.07654, 0.025824],
    ['n4-highcpu-4', 4, 8, 0.15308, 0.051648],
    ['n4-highcpu-8', 8, 16, 0.30616, 0.103296],
    ['n4-highcpu-16', 16, 32, 0.61232, 0.206592],
    ['n4-highcpu-32', 32, 64, 1.22464, 0.413184],
    ['n4-highcpu-48', 48, 96, 1.83696, 0.619776],
    ['n4-highcpu-64', 64, 128, 2.44928, 0.826368],
    ['n4-highcpu-80', 80, 160, 3.0616, 1.03296],
  ]),
  ...family({ family: 'c3-highcpu', category: 'compute', arch: 'x86_64' }, [
    ['c3-highcpu-4', 4, 8, 0.170104, 0.026016],
    ['c3-highcpu-8', 8, 16, 0.340208, 0.052032],
    ['c3-highcpu-22', 22, 44, 0.935572, 0.143088],
    ['c3-highcpu-44', 44, 88, 1.87114, 0.286176],
    ['c3-highcpu-88', 88, 176, 3.74229, 0.572352],
  ]),
  ...family({ family: 'c4-highcpu', category: 'compute', arch: 'x86_64' }, [
    ['c4-highcpu-2', 2, 4, 0.085052, 0.033404],
    ['c4-highcpu-4', 4, 8, 0.170104, 0.066808],
    ['c4-highcpu-8', 8, 16, 0.340208, 0.133616],
    ['c4-highcpu-16', 16, 32, 0.680416, 0.267232],
    ['c4-highcpu-24', 24, 48, 1.02062, 0.400848],
    ['c4-highcpu-32', 32, 64, 1.36083, 0.534464],
    ['c4-highcpu-48', 48, 96, 2.04125, 0.801696],
    ['c4-highcpu-96', 96, 192, 4.0825, 1.60339],
  ]),
  ...family({ family: 'c4a-highcpu', category: 'compute', arch: 'arm64' }, [
    ['c4a-highcpu-2', 2, 4, 0.07576, 0.023676],
    ['c4a-highcpu-4', 4, 8, 0.15152, 0.047352],
    ['c4a-highcpu-8', 8, 16, 0.30304, 0.094704],
    ['c4a-highcpu-16', 16, 32, 0.60608, 0.189408],
    ['c4a-highcpu-32', 32, 64, 1.21216, 0.378816],
    ['c4a-highcpu-48', 48, 96, 1.81824, 0.568224],
    ['c4a-highcpu-64', 64, 128, 2.42432, 0.757632],
    ['c4a-highcpu-72', 72, 144, 2.72736, 0.852336],
  ]),
  ...family({ family: 'c2d-standard', category: 'compute', arch: 'x86_64' }, [
    ['c2d-standard-2', 2, 8, 0.090798, 0.021116],
    ['c2d-standard-4', 4, 16, 0.181596, 0.042232],
    ['c2d-standard-8', 8, 32, 0.363192, 0.084464],
    ['c2d-standard-16', 16, 64, 0.726384, 0.168928],
    ['c2d-standard-32', 32, 128, 1.45277, 0.337856],
    ['c2d-standard-56', 56, 224, 2.54234, 0.591248],
  ]),
  ...family({ family: 'n2-highmem', category: 'memory', arch: 'x86_64' }, [
    ['n2-highmem-2', 2, 16, 0.131014, 0.040896],
    ['n2-highmem-4', 4, 32, 0.262028, 0.081792],
    ['n2-highmem-8', 8, 64, 0.524056, 0.163584],
    ['n2-highmem-16', 16, 128, 1.04811, 0.327168],
    ['n2-highmem-32', 32, 256, 2.09622, 0.654336],
    ['n2-highmem-48', 48, 384, 3.14434, 0.981504],
    ['n2-highmem-64', 64, 512, 4.19245, 1.30867],
    ['n2-highmem-80', 80, 640, 5.24056, 1.63584],
    ['n2-highmem-96', 96, 768, 6.28867, 1.96301],
  ]),
  ...family({ family: 'n4-highmem', category: 'memory', arch: 'x86_64' }, [
    ['n4-highmem-2', 2, 16, 0.11902, 0.040176],
    ['n4-highmem-4', 4, 32, 0.23804, 0.080352],
    ['n4-highmem-8', 8, 64, 0.47608, 0.160704],
    ['n4-highmem-16', 16, 128, 0.95216, 0.321408],
    ['n4-highmem-32', 32, 256, 1.90432, 0.642816],
    ['n4-highmem-48', 48, 384, 2.85648, 0.964224],
    ['n4-highmem-64', 64, 512, 3.80864, 1.28563],
    ['n4-highmem-80', 80, 640, 4.7608, 1.60704],
  ]),
  // Shared-core: fractional vCPU, unsuitable for builders; flagged so sizing can leave them out.
  ...family({ family: 'e2', category: 'shared', arch: 'x86_64', sharedCore: true }, [
    ['e2-micro', 2, 1, 0.00837643, 0.003349],
    ['e2-small', 2, 2, 0.0167529, 0.006698],
    ['e2-medium', 2, 4, 0.0335057, 0.013396],
  ]),
  // Local-SSD bundles; the sources give no spot price or SSD size for them.
  ...family({ family: 'c3-standard-lssd', category: 'general', arch: 'x86_64', price: LSSD_ON_DEMAND }, [
    ['c3-standard-4-lssd', 4, 16, 0.242704],
    ['c3-standard-8-lssd', 8, 32, 0.485408],
    ['c3-standard-22-lssd', 22, 88, 1.27323],
    ['c3-standard-44-lssd', 44, 176, 2.54646],
  ]),
  ...family({ family: 'c4-standard-lssd', category: 'general', arch: 'x86_64', price: LSSD_ON_DEMAND }, [
    ['c4-standard-4-lssd', 4, 15, 0.279862],
    ['c4-standard-8-lssd', 8, 30, 0.477532],
    ['c4-standard-16-lssd', 16, 60, 0.955064],
    ['c4-standard-32-lssd', 32, 120, 1.99232],
  ]),
  ...family({ family: 'c4a-standard-lssd', category: 'general', arch: 'arm64', price: LSSD_ON_DEMAND }, [
    ['c4a-standard-4-lssd', 4, 16, 0.241244],
    ['c4a-standard-8-lssd', 8, 32, 0.482488],
    ['c4a-standard-16-lssd', 16, 64, 0.964975],
    ['c4a-standard-32-lssd', 32, 128, 1.80666],
    ['c4a-standard-64-lssd', 64, 256, 3.73661],
  ]),
  ],
};
