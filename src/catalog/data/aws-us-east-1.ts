// AWS us-east-1 instance types.
// On-demand Linux prices: aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws.go,
// "generated at 2026-07-20T13:44:30Z for us-east-1"; every row here was also identical in the 2025-12-29 generation.
// Shapes: Karpenter's generated instance-types.md (commit 692ccdd06): vCPU, memory (MiB / 1024), arch,
// baseline network bandwidth (instance-network-bandwidth), local NVMe (instance-local-nvme).
// Spot: the aws/amazon-ec2-instance-selector README example table (us-east-1 30-day average, 2024-10-14).
// Spot prices are volatile, so treat them as an indication, not a quote.

import type { Arch } from '../../cloud';
import type { InstanceCatalog, InstanceCategory, InstanceType, PriceSource } from '../types';

const ON_DEMAND: PriceSource = {
  source: 'aws/karpenter-provider-aws pkg/providers/pricing/zz_generated.pricing_aws.go',
  asOf: '2026-07-20',
};

const SPOT: PriceSource = {
  source: 'aws/amazon-ec2-instance-selector README.md (us-east-1 spot, 30-day average)',
  asOf: '2024-10-14',
};

/** The only spot figures a source gave for these types; the others get none rather than a guess. */
const SPOT_HOURLY_USD: ReadonlyMap<string, number> = new Map([
  ['c6i.large', 0.0252],
  ['c7i.large', 0.0367],
  ['c7i-flex.large', 0.0245],
  ['c7a.large', 0.0429],
  ['t3.medium', 0.016],
]);

interface FamilyTraits {
  readonly family: string;
  readonly category: InstanceCategory;
  readonly arch: Arch;
  /** t3/t4g launch in unlimited mode, so sustained load is billed as surplus CPU credits. */
  readonly burstable?: boolean;
  /** *-flex: about 40% baseline CPU, not fixed-performance. */
  readonly flex?: boolean;
}

type Row = readonly [
  name: string,
  vcpus: number,
  memoryGiB: number,
  onDemandHourlyUsd: number,
  networkMbps: number,
  localDiskGB?: number,
];

function family(traits: FamilyTraits, rows: readonly Row[]): InstanceType[] {
  return rows.map(([name, vcpus, memoryGiB, onDemandHourlyUsd, networkMbps, localDiskGB]) => {
    const spotHourlyUsd = SPOT_HOURLY_USD.get(name);
    return {
      name,
      family: traits.family,
      category: traits.category,
      arch: traits.arch,
      vcpus,
      memoryGiB,
      onDemandHourlyUsd,
      burstable: traits.burstable ?? false,
      sharedCore: false,
      flex: traits.flex ?? false,
      networkMbps,
      price: ON_DEMAND,
      ...(localDiskGB === undefined ? {} : { localDiskGB }),
      ...(spotHourlyUsd === undefined ? {} : { spotHourlyUsd, spotPrice: SPOT }),
    };
  });
}

// Row: [name, vCPU, memory GiB, on-demand $/h, baseline network Mbps, local NVMe GB?]
export const awsUsEast1: InstanceCatalog = {
  cloud: 'aws',
  region: 'us-east-1',
  types: [
  ...family({ family: 'm5', category: 'general', arch: 'x86_64' }, [
    ['m5.large', 2, 8, 0.096, 750],
    ['m5.xlarge', 4, 16, 0.192, 1250],
    ['m5.2xlarge', 8, 32, 0.384, 2500],
    ['m5.4xlarge', 16, 64, 0.768, 5000],
    ['m5.8xlarge', 32, 128, 1.536, 10000],
    ['m5.12xlarge', 48, 192, 2.304, 12000],
    ['m5.16xlarge', 64, 256, 3.072, 20000],
    ['m5.24xlarge', 96, 384, 4.608, 25000],
  ]),
  ...family({ family: 'm6i', category: 'general', arch: 'x86_64' }, [
    ['m6i.large', 2, 8, 0.096, 781],
    ['m6i.xlarge', 4, 16, 0.192, 1562],
    ['m6i.2xlarge', 8, 32, 0.384, 3125],
    ['m6i.4xlarge', 16, 64, 0.768, 6250],
    ['m6i.8xlarge', 32, 128, 1.536, 12500],
    ['m6i.12xlarge', 48, 192, 2.304, 18750],
    ['m6i.16xlarge', 64, 256, 3.072, 25000],
    ['m6i.24xlarge', 96, 384, 4.608, 37500],
  ]),
  ...family({ family: 'm7i', category: 'general', arch: 'x86_64' }, [
    ['m7i.large', 2, 8, 0.1008, 781],
    ['m7i.xlarge', 4, 16, 0.2016, 1562],
    ['m7i.2xlarge', 8, 32, 0.4032, 3125],
    ['m7i.4xlarge', 16, 64, 0.8064, 6250],
    ['m7i.8xlarge', 32, 128, 1.6128, 12500],
    ['m7i.12xlarge', 48, 192, 2.4192, 18750],
    ['m7i.16xlarge', 64, 256, 3.2256, 25000],
    ['m7i.24xlarge', 96, 384, 4.8384, 37500],
  ]),
  ...family({ family: 'm7i-flex', category: 'general', arch: 'x86_64', flex: true }, [
    ['m7i-flex.large', 2, 8, 0.09576, 390],
    ['m7i-flex.xlarge', 4, 16, 0.19152, 781],
    ['m7i-flex.2xlarge', 8, 32, 0.38304, 1562],
    ['m7i-flex.4xlarge', 16, 64, 0.76608, 3125],
    ['m7i-flex.8xlarge', 32, 128, 1.53216, 6250],
    ['m7i-flex.12xlarge', 48, 192, 2.29824, 9375],
    ['m7i-flex.16xlarge', 64, 256, 3.06432, 12500],
  ]),
  ...family({ family: 'm7a', category: 'general', arch: 'x86_64' }, [
    ['m7a.large', 2, 8, 0.11592, 781],
    ['m7a.xlarge', 4, 16, 0.23184, 1562],
    ['m7a.2xlarge', 8, 32, 0.46368, 3125],
    ['m7a.4xlarge', 16, 64, 0.92736, 6250],
    ['m7a.8xlarge', 32, 128, 1.85472, 12500],
    ['m7a.12xlarge', 48, 192, 2.78208, 18750],
    ['m7a.16xlarge', 64, 256, 3.70944, 25000],
    ['m7a.24xlarge', 96, 384, 5.56416, 37500],
  ]),
  ...family({ family: 'm8i', category: 'general', arch: 'x86_64' }, [
    ['m8i.large', 2, 8, 0.10584, 937],
    ['m8i.xlarge', 4, 16, 0.21168, 1875],
    ['m8i.2xlarge', 8, 32, 0.42336, 3750],
    ['m8i.4xlarge', 16, 64, 0.84672, 7500],
    ['m8i.8xlarge', 32, 128, 1.69344, 15000],
    ['m8i.12xlarge', 48, 192, 2.54016, 22500],
    ['m8i.16xlarge', 64, 256, 3.38688, 30000],
    ['m8i.24xlarge', 96, 384, 5.08032, 40000],
  ]),
  ...family({ family: 'm6g', category: 'general', arch: 'arm64' }, [
    ['m6g.large', 2, 8, 0.077, 750],
    ['m6g.xlarge', 4, 16, 0.154, 1250],
    ['m6g.2xlarge', 8, 32, 0.308, 2500],
    ['m6g.4xlarge', 16, 64, 0.616, 5000],
    ['m6g.8xlarge', 32, 128, 1.232, 12000],
    ['m6g.12xlarge', 48, 192, 1.848, 20000],
    ['m6g.16xlarge', 64, 256, 2.464, 25000],
  ]),
  ...family({ family: 'm7g', category: 'general', arch: 'arm64' }, [
    ['m7g.large', 2, 8, 0.0816, 937],
    ['m7g.xlarge', 4, 16, 0.1632, 1876],
    ['m7g.2xlarge', 8, 32, 0.3264, 3750],
    ['m7g.4xlarge', 16, 64, 0.6528, 7500],
    ['m7g.8xlarge', 32, 128, 1.3056, 15000],
    ['m7g.12xlarge', 48, 192, 1.9584, 22500],
    ['m7g.16xlarge', 64, 256, 2.6112, 30000],
  ]),
  ...family({ family: 'm8g', category: 'general', arch: 'arm64' }, [
    ['m8g.large', 2, 8, 0.08976, 937],
    ['m8g.xlarge', 4, 16, 0.17952, 1875],
    ['m8g.2xlarge', 8, 32, 0.35904, 3750],
    ['m8g.4xlarge', 16, 64, 0.71808, 7500],
    ['m8g.8xlarge', 32, 128, 1.43616, 15000],
    ['m8g.12xlarge', 48, 192, 2.15424, 22500],
    ['m8g.16xlarge', 64, 256, 2.87232, 30000],
    ['m8g.24xlarge', 96, 384, 4.30848, 40000],
  ]),
  ...family({ family: 'c6i', category: 'compute', arch: 'x86_64' }, [
    ['c6i.large', 2, 4, 0.085, 781],
    ['c6i.xlarge', 4, 8, 0.17, 1562],
    ['c6i.2xlarge', 8, 16, 0.34, 3125],
    ['c6i.4xlarge', 16, 32, 0.68, 6250],
    ['c6i.8xlarge', 32, 64, 1.36, 12500],
    ['c6i.12xlarge', 48, 96, 2.04, 18750],
    ['c6i.16xlarge', 64, 128, 2.72, 25000],
    ['c6i.24xlarge', 96, 192, 4.08, 37500],
  ]),
  ...family({ family: 'c7i', category: 'compute', arch: 'x86_64' }, [
    ['c7i.large', 2, 4, 0.08925, 781],
    ['c7i.xlarge', 4, 8, 0.1785, 1562],
    ['c7i.2xlarge', 8, 16, 0.357, 3125],
    ['c7i.4xlarge', 16, 32, 0.714, 6250],
    ['c7i.8xlarge', 32, 64, 1.428, 12500],
    ['c7i.12xlarge', 48, 96, 2.142, 18750],
    ['c7i.16xlarge', 64, 128, 2.856, 25000],
    ['c7i.24xlarge', 96, 192, 4.284, 37500],
  ]),
  ...family({ family: 'c7i-flex', category: 'compute', arch: 'x86_64', flex: true }, [
    ['c7i-flex.large', 2, 4, 0.08479, 390],
    ['c7i-flex.xlarge', 4, 8, 0.16958, 781],
    ['c7i-flex.2xlarge', 8, 16, 0.33915, 1562],
    ['c7i-flex.4xlarge', 16, 32, 0.6783, 3125],
    ['c7i-flex.8xlarge', 32, 64, 1.3566, 6250],
    ['c7i-flex.12xlarge', 48, 96, 2.0349, 9375],
    ['c7i-flex.16xlarge', 64, 128, 2.7132, 12500],
  ]),
  ...family({ family: 'c7a', category: 'compute', arch: 'x86_64' }, [
    ['c7a.large', 2, 4, 0.10264, 781],
    ['c7a.xlarge', 4, 8, 0.20528, 1562],
    ['c7a.2xlarge', 8, 16, 0.41056, 3125],
    ['c7a.4xlarge', 16, 32, 0.82112, 6250],
    ['c7a.8xlarge', 32, 64, 1.64224, 12500],
    ['c7a.12xlarge', 48, 96, 2.46336, 18750],
    ['c7a.16xlarge', 64, 128, 3.28448, 25000],
    ['c7a.24xlarge', 96, 192, 4.92672, 37500],
  ]),
  ...family({ family: 'c6g', category: 'compute', arch: 'arm64' }, [
    ['c6g.large', 2, 4, 0.068, 750],
    ['c6g.xlarge', 4, 8, 0.136, 1250],
    ['c6g.2xlarge', 8, 16, 0.272, 2500],
    ['c6g.4xlarge', 16, 32, 0.544, 5000],
    ['c6g.8xlarge', 32, 64, 1.088, 12000],
    ['c6g.12xlarge', 48, 96, 1.632, 20000],
    ['c6g.16xlarge', 64, 128, 2.176, 25000],
  ]),
  ...family({ family: 'c7g', category: 'compute', arch: 'arm64' }, [
    ['c7g.large', 2, 4, 0.0725, 937],
    ['c7g.xlarge', 4, 8, 0.145, 1876],
    ['c7g.2xlarge', 8, 16, 0.29, 3750],
    ['c7g.4xlarge', 16, 32, 0.58, 7500],
    ['c7g.8xlarge', 32, 64, 1.16, 15000],
    ['c7g.12xlarge', 48, 96, 1.74, 22500],
    ['c7g.16xlarge', 64, 128, 2.32, 30000],
  ]),
  ...family({ family: 'c8g', category: 'compute', arch: 'arm64' }, [
    ['c8g.large', 2, 4, 0.07976, 937],
    ['c8g.xlarge', 4, 8, 0.15952, 1875],
    ['c8g.2xlarge', 8, 16, 0.31904, 3750],
    ['c8g.4xlarge', 16, 32, 0.63808, 7500],
    ['c8g.8xlarge', 32, 64, 1.27616, 15000],
    ['c8g.12xlarge', 48, 96, 1.91424, 22500],
    ['c8g.16xlarge', 64, 128, 2.55232, 30000],
    ['c8g.24xlarge', 96, 192, 3.82848, 40000],
  ]),
  ...family({ family: 'r6i', category: 'memory', arch: 'x86_64' }, [
    ['r6i.large', 2, 16, 0.126, 781],
    ['r6i.xlarge', 4, 32, 0.252, 1562],
    ['r6i.2xlarge', 8, 64, 0.504, 3125],
    ['r6i.4xlarge', 16, 128, 1.008, 6250],
    ['r6i.8xlarge', 32, 256, 2.016, 12500],
    ['r6i.12xlarge', 48, 384, 3.024, 18750],
    ['r6i.16xlarge', 64, 512, 4.032, 25000],
    ['r6i.24xlarge', 96, 768, 6.048, 37500],
  ]),
  ...family({ family: 'r7i', category: 'memory', arch: 'x86_64' }, [
    ['r7i.large', 2, 16, 0.1323, 781],
    ['r7i.xlarge', 4, 32, 0.2646, 1562],
    ['r7i.2xlarge', 8, 64, 0.5292, 3125],
    ['r7i.4xlarge', 16, 128, 1.0584, 6250],
    ['r7i.8xlarge', 32, 256, 2.1168, 12500],
    ['r7i.12xlarge', 48, 384, 3.1752, 18750],
    ['r7i.16xlarge', 64, 512, 4.2336, 25000],
    ['r7i.24xlarge', 96, 768, 6.3504, 37500],
  ]),
  ...family({ family: 'r7a', category: 'memory', arch: 'x86_64' }, [
    ['r7a.large', 2, 16, 0.15215, 781],
    ['r7a.xlarge', 4, 32, 0.3043, 1562],
    ['r7a.2xlarge', 8, 64, 0.6086, 3125],
    ['r7a.4xlarge', 16, 128, 1.2172, 6250],
    ['r7a.8xlarge', 32, 256, 2.4344, 12500],
    ['r7a.12xlarge', 48, 384, 3.6516, 18750],
    ['r7a.16xlarge', 64, 512, 4.8688, 25000],
    ['r7a.24xlarge', 96, 768, 7.3032, 37500],
  ]),
  ...family({ family: 'r7g', category: 'memory', arch: 'arm64' }, [
    ['r7g.large', 2, 16, 0.1071, 937],
    ['r7g.xlarge', 4, 32, 0.2142, 1876],
    ['r7g.2xlarge', 8, 64, 0.4284, 3750],
    ['r7g.4xlarge', 16, 128, 0.8568, 7500],
    ['r7g.8xlarge', 32, 256, 1.7136, 15000],
    ['r7g.12xlarge', 48, 384, 2.5704, 22500],
    ['r7g.16xlarge', 64, 512, 3.4272, 30000],
  ]),
  ...family({ family: 'r8g', category: 'memory', arch: 'arm64' }, [
    ['r8g.large', 2, 16, 0.11782, 937],
    ['r8g.xlarge', 4, 32, 0.23564, 1875],
    ['r8g.2xlarge', 8, 64, 0.47128, 3750],
    ['r8g.4xlarge', 16, 128, 0.94256, 7500],
    ['r8g.8xlarge', 32, 256, 1.88512, 15000],
    ['r8g.12xlarge', 48, 384, 2.82768, 22500],
    ['r8g.16xlarge', 64, 512, 3.77024, 30000],
    ['r8g.24xlarge', 96, 768, 5.65536, 40000],
  ]),
  ...family({ family: 't3', category: 'burstable', arch: 'x86_64', burstable: true }, [
    ['t3.medium', 2, 4, 0.0416, 256],
    ['t3.large', 2, 8, 0.0832, 512],
    ['t3.xlarge', 4, 16, 0.1664, 1024],
    ['t3.2xlarge', 8, 32, 0.3328, 2048],
  ]),
  ...family({ family: 't4g', category: 'burstable', arch: 'arm64', burstable: true }, [
    ['t4g.medium', 2, 4, 0.0336, 256],
    ['t4g.large', 2, 8, 0.0672, 512],
    ['t4g.xlarge', 4, 16, 0.1344, 1024],
    ['t4g.2xlarge', 8, 32, 0.2688, 2048],
  ]),
  ...family({ family: 'm6id', category: 'general', arch: 'x86_64' }, [
    ['m6id.large', 2, 8, 0.11865, 781, 118],
    ['m6id.xlarge', 4, 16, 0.2373, 1562, 237],
    ['m6id.2xlarge', 8, 32, 0.4746, 3125, 474],
    ['m6id.4xlarge', 16, 64, 0.9492, 6250, 950],
    ['m6id.8xlarge', 32, 128, 1.8984, 12500, 1900],
    ['m6id.12xlarge', 48, 192, 2.8476, 18750, 2850],
    ['m6id.16xlarge', 64, 256, 3.7968, 25000, 3800],
    ['m6id.24xlarge', 96, 384, 5.6952, 37500, 5700],
  ]),
  ...family({ family: 'm7gd', category: 'general', arch: 'arm64' }, [
    ['m7gd.large', 2, 8, 0.1068, 937, 118],
    ['m7gd.xlarge', 4, 16, 0.2136, 1876, 237],
    ['m7gd.2xlarge', 8, 32, 0.4271, 3750, 474],
    ['m7gd.4xlarge', 16, 64, 0.8543, 7500, 950],
    ['m7gd.8xlarge', 32, 128, 1.7086, 15000, 1900],
    ['m7gd.12xlarge', 48, 192, 2.5628, 22500, 2850],
    ['m7gd.16xlarge', 64, 256, 3.4171, 30000, 3800],
  ]),
  ...family({ family: 'c7gd', category: 'compute', arch: 'arm64' }, [
    ['c7gd.large', 2, 4, 0.0907, 937, 118],
    ['c7gd.xlarge', 4, 8, 0.1814, 1876, 237],
    ['c7gd.2xlarge', 8, 16, 0.3629, 3750, 474],
    ['c7gd.4xlarge', 16, 32, 0.7258, 7500, 950],
    ['c7gd.8xlarge', 32, 64, 1.4515, 15000, 1900],
    ['c7gd.12xlarge', 48, 96, 2.1773, 22500, 2850],
    ['c7gd.16xlarge', 64, 128, 2.903, 30000, 3800],
  ]),
  ],
};
