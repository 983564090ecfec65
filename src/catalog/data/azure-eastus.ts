// Azure eastus VM sizes.
// Prices (Linux pay-as-you-go): Azure/karpenter-provider-azure pkg/providers/pricing/zz_generated.pricing.go,
// initialOnDemandPrices["eastus"], 2026-06-18 generation; all but the Dasv5 rows hold the same value in the
// 2024-12-13 and 2025-05-16 generations too. That table alternates between the Linux and the "Cloud Services"
// (Windows) row for some sizes, so Dasv5 sizes whose Linux price is missing from that generation cite where it
// was found.
// Shapes: MicrosoftDocs/azure-compute-docs articles/virtual-machines/sizes/<family>/<series>-series.md (vCPU, memory,
// "Max Network Bandwidth (Mbps)", "Temp Disk Size (GiB)"). Memory is not linear in the name: D64ps_v5 and E32ps_v5
// have 208 GiB, E96s_v5 672 GiB.
// Easv5 and Dadsv5 are left out: their Linux prices could not be told apart from the Cloud Services ones.

import type { Arch } from '../../cloud';
import type { InstanceCatalog, InstanceCategory, InstanceType, PriceSource } from '../types';

const KARPENTER_PRICING = 'Azure/karpenter-provider-azure pkg/providers/pricing/zz_generated.pricing.go (eastus)';

const ON_DEMAND: PriceSource = { source: KARPENTER_PRICING, asOf: '2026-06-18' };

const KARPENTER_2025_05: PriceSource = { source: KARPENTER_PRICING, asOf: '2025-05-16' };

const RETAIL_API_RECORDING: PriceSource = {
  source: 'Azure Retail Prices API, eastus "Virtual Machines Dasv5 Series" (recorded output in public repo notes)',
  asOf: '2026-07-27',
};

/** Dasv5 sizes whose Linux price is not the one in the 2026-06-18 generation (it holds the Cloud Services price). */
const LINUX_PRICE_ELSEWHERE: ReadonlyMap<string, PriceSource> = new Map([
  ['Standard_D2as_v5', KARPENTER_2025_05],
  ['Standard_D8as_v5', RETAIL_API_RECORDING],
  ['Standard_D64as_v5', KARPENTER_2025_05],
  ['Standard_D96as_v5', KARPENTER_2025_05],
]);

/** The Karpenter table seeds spot = on-demand, so the only real spot figure is this recorded one. */
const SPOT_HOURLY_USD: ReadonlyMap<string, number> = new Map([['Standard_D8as_v5', 0.072618]]);

interface FamilyTraits {
  readonly family: string;
  readonly category: InstanceCategory;
  readonly arch: Arch;
  /** B-series throttle to their base CPU share once the banked credits run out. */
  readonly burstable?: boolean;
}

type Row = readonly [
  name: string,
  vcpus: number,
  memoryGiB: number,
  onDemandHourlyUsd: number,
  networkMbps?: number,
  tempDiskGiB?: number,
];

function family(traits: FamilyTraits, rows: readonly Row[]): InstanceType[] {
  return rows.map(([name, vcpus, memoryGiB, onDemandHourlyUsd, networkMbps, tempDiskGiB]) => {
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
      flex: false,
      price: LINUX_PRICE_ELSEWHERE.get(name) ?? ON_DEMAND,
      ...(networkMbps === undefined ? {} : { networkMbps }),
      // The docs state GiB; the figure is kept as stated rather than converted.
      ...(tempDiskGiB === undefined ? {} : { localDiskGB: tempDiskGiB }),
      ...(spotHourlyUsd === undefined ? {} : { spotHourlyUsd, spotPrice: RETAIL_API_RECORDING }),
    };
  });
}

// Row: [name, vCPU, memory GiB, on-demand $/h, max network Mbps?, temp disk GiB?]
export const azureEastus: InstanceCatalog = {
  cloud: 'azure',
  region: 'eastus',
  types: [
  ...family({ family: 'Dsv5', category: 'general', arch: 'x86_64' }, [
    ['Standard_D2s_v5', 2, 8, 0.096, 12500],
    ['Standard_D4s_v5', 4, 16, 0.192, 12500],
    ['Standard_D8s_v5', 8, 32, 0.384, 12500],
    ['Standard_D16s_v5', 16, 64, 0.768, 12500],
    ['Standard_D32s_v5', 32, 128, 1.536, 16000],
    ['Standard_D48s_v5', 48, 192, 2.304, 24000],
    ['Standard_D64s_v5', 64, 256, 3.072, 30000],
    ['Standard_D96s_v5', 96, 384, 4.608, 35000],
  ]),
  ...family({ family: 'Dasv5', category: 'general', arch: 'x86_64' }, [
    ['Standard_D2as_v5', 2, 8, 0.086, 12500],
    ['Standard_D4as_v5', 4, 16, 0.172, 12500],
    ['Standard_D8as_v5', 8, 32, 0.344, 12500],
    ['Standard_D16as_v5', 16, 64, 0.688, 12500],
    ['Standard_D32as_v5', 32, 128, 1.376, 16000],
    ['Standard_D48as_v5', 48, 192, 2.064, 24000],
    ['Standard_D64as_v5', 64, 256, 2.752, 32000],
    ['Standard_D96as_v5', 96, 384, 4.128, 40000],
  ]),
  ...family({ family: 'Dpsv5', category: 'general', arch: 'arm64' }, [
    ['Standard_D2ps_v5', 2, 8, 0.077, 12500],
    ['Standard_D4ps_v5', 4, 16, 0.154, 12500],
    ['Standard_D8ps_v5', 8, 32, 0.308, 12500],
    ['Standard_D16ps_v5', 16, 64, 0.616, 12500],
    ['Standard_D32ps_v5', 32, 128, 1.232, 16000],
    ['Standard_D48ps_v5', 48, 192, 1.848, 24000],
    ['Standard_D64ps_v5', 64, 208, 2.464, 40000],
  ]),
  ...family({ family: 'Dsv6', category: 'general', arch: 'x86_64' }, [
    ['Standard_D2s_v6', 2, 8, 0.101, 12500],
    ['Standard_D4s_v6', 4, 16, 0.202, 12500],
    ['Standard_D8s_v6', 8, 32, 0.403, 12500],
    ['Standard_D16s_v6', 16, 64, 0.806, 12500],
    ['Standard_D32s_v6', 32, 128, 1.613, 16000],
    ['Standard_D48s_v6', 48, 192, 2.419, 24000],
    ['Standard_D64s_v6', 64, 256, 3.226, 30000],
    ['Standard_D96s_v6', 96, 384, 4.838, 41000],
  ]),
  ...family({ family: 'Dasv6', category: 'general', arch: 'x86_64' }, [
    ['Standard_D2as_v6', 2, 8, 0.0908, 12500],
    ['Standard_D4as_v6', 4, 16, 0.182, 12500],
    ['Standard_D8as_v6', 8, 32, 0.363, 12500],
    ['Standard_D16as_v6', 16, 64, 0.726, 16000],
    ['Standard_D32as_v6', 32, 128, 1.453, 20000],
    ['Standard_D48as_v6', 48, 192, 2.179, 28000],
    ['Standard_D64as_v6', 64, 256, 2.906, 36000],
    ['Standard_D96as_v6', 96, 384, 4.358, 40000],
  ]),
  ...family({ family: 'Dpsv6', category: 'general', arch: 'arm64' }, [
    ['Standard_D2ps_v6', 2, 8, 0.0702, 12500],
    ['Standard_D4ps_v6', 4, 16, 0.14, 12500],
    ['Standard_D8ps_v6', 8, 32, 0.281, 15000],
    ['Standard_D16ps_v6', 16, 64, 0.562, 15000],
    ['Standard_D32ps_v6', 32, 128, 1.123, 20000],
    ['Standard_D48ps_v6', 48, 192, 1.685, 30000],
    ['Standard_D64ps_v6', 64, 256, 2.246, 40000],
    ['Standard_D96ps_v6', 96, 384, 3.37, 60000],
  ]),
  ...family({ family: 'Dlsv5', category: 'general', arch: 'x86_64' }, [
    ['Standard_D2ls_v5', 2, 4, 0.085, 12500],
    ['Standard_D4ls_v5', 4, 8, 0.17, 12500],
    ['Standard_D8ls_v5', 8, 16, 0.34, 12500],
    ['Standard_D16ls_v5', 16, 32, 0.68, 12500],
    ['Standard_D32ls_v5', 32, 64, 1.36, 16000],
    ['Standard_D48ls_v5', 48, 96, 2.04, 24000],
    ['Standard_D64ls_v5', 64, 128, 2.72, 30000],
    ['Standard_D96ls_v5', 96, 192, 4.08, 35000],
  ]),
  ...family({ family: 'Ddsv5', category: 'general', arch: 'x86_64' }, [
    ['Standard_D2ds_v5', 2, 8, 0.113, 12500, 75],
    ['Standard_D4ds_v5', 4, 16, 0.226, 12500, 150],
    ['Standard_D8ds_v5', 8, 32, 0.452, 12500, 300],
    ['Standard_D16ds_v5', 16, 64, 0.904, 12500, 600],
    ['Standard_D32ds_v5', 32, 128, 1.808, 16000, 1200],
    ['Standard_D48ds_v5', 48, 192, 2.712, 24000, 1800],
    ['Standard_D64ds_v5', 64, 256, 3.616, 30000, 2400],
    ['Standard_D96ds_v5', 96, 384, 5.424, 35000, 3600],
  ]),
  ...family({ family: 'Fsv2', category: 'compute', arch: 'x86_64' }, [
    ['Standard_F2s_v2', 2, 4, 0.0846, 5000, 16],
    ['Standard_F4s_v2', 4, 8, 0.169, 10000, 32],
    ['Standard_F8s_v2', 8, 16, 0.338, 12500, 64],
    ['Standard_F16s_v2', 16, 32, 0.677, 12500, 128],
    ['Standard_F32s_v2', 32, 64, 1.353, 16000, 256],
    ['Standard_F48s_v2', 48, 96, 2.03, 21000, 384],
    ['Standard_F64s_v2', 64, 128, 2.706, 28000, 512],
    ['Standard_F72s_v2', 72, 144, 3.045, 30000, 576],
  ]),
  ...family({ family: 'Fasv6', category: 'compute', arch: 'x86_64' }, [
    ['Standard_F2as_v6', 2, 8, 0.137, 12500],
    ['Standard_F4as_v6', 4, 16, 0.273, 12500],
    ['Standard_F8as_v6', 8, 32, 0.546, 12500],
    ['Standard_F16as_v6', 16, 64, 1.093, 16000],
    ['Standard_F32as_v6', 32, 128, 2.186, 20000],
    ['Standard_F48as_v6', 48, 192, 3.278, 28000],
    ['Standard_F64as_v6', 64, 256, 4.371, 36000],
  ]),
  ...family({ family: 'Esv5', category: 'memory', arch: 'x86_64' }, [
    ['Standard_E2s_v5', 2, 16, 0.126, 12500],
    ['Standard_E4s_v5', 4, 32, 0.252, 12500],
    ['Standard_E8s_v5', 8, 64, 0.504, 12500],
    ['Standard_E16s_v5', 16, 128, 1.008, 12500],
    ['Standard_E20s_v5', 20, 160, 1.26, 12500],
    ['Standard_E32s_v5', 32, 256, 2.016, 16000],
    ['Standard_E48s_v5', 48, 384, 3.024, 24000],
    ['Standard_E64s_v5', 64, 512, 4.032, 30000],
    ['Standard_E96s_v5', 96, 672, 6.048, 35000],
  ]),
  ...family({ family: 'Epsv5', category: 'memory', arch: 'arm64' }, [
    ['Standard_E2ps_v5', 2, 16, 0.101, 12500],
    ['Standard_E4ps_v5', 4, 32, 0.202, 12500],
    ['Standard_E8ps_v5', 8, 64, 0.403, 12500],
    ['Standard_E16ps_v5', 16, 128, 0.806, 12500],
    ['Standard_E20ps_v5', 20, 160, 1.008, 12500],
    ['Standard_E32ps_v5', 32, 208, 1.613, 16000],
  ]),
  ...family({ family: 'Esv6', category: 'memory', arch: 'x86_64' }, [
    ['Standard_E2s_v6', 2, 16, 0.132, 12500],
    ['Standard_E4s_v6', 4, 32, 0.265, 12500],
    ['Standard_E8s_v6', 8, 64, 0.529, 12500],
    ['Standard_E16s_v6', 16, 128, 1.058, 12500],
    ['Standard_E20s_v6', 20, 160, 1.323, 12500],
    ['Standard_E32s_v6', 32, 256, 2.117, 16000],
    ['Standard_E48s_v6', 48, 384, 3.175, 24000],
    ['Standard_E64s_v6', 64, 512, 4.234, 30000],
    ['Standard_E96s_v6', 96, 768, 6.35, 41000],
  ]),
  // Bsv2: base CPU 30% (…ls_v2) or 40% (…s_v2) of each vCPU once credits run out. Prices are the 2026-06-18
  // generation, but the reference marks them UNVERIFIED: earlier generations disagree for B2s/B4ls/B8s/B16s
  // (the Linux / Cloud Services flip). x86_64 because the size name has no "p" (Arm).
  ...family({ family: 'Bsv2', category: 'burstable', arch: 'x86_64', burstable: true }, [
    ['Standard_B2ls_v2', 2, 4, 0.0416],
    ['Standard_B2s_v2', 2, 8, 0.0832],
    ['Standard_B4ls_v2', 4, 8, 0.147],
    ['Standard_B4s_v2', 4, 16, 0.166],
    ['Standard_B8s_v2', 8, 32, 0.37],
    ['Standard_B16s_v2', 16, 64, 0.739],
    ['Standard_B32s_v2', 32, 128, 1.331],
  ]),
  ],
};
