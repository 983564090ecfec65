import type { Cloud } from '../cloud';
import type { TopologySpec } from './schema';

/** What the shared checks and resolve() read out of one cloud's own section of a topology. */
export interface CloudSection {
  /** The key naming where the installation runs, inside the cloud's section. */
  readonly regionKey: string;
  /** Where the installation runs on the cloud; undefined without the section. */
  region(spec: TopologySpec): string | undefined;
  /** The network the kit creates there (the range it routes); undefined where the topology names an existing one. */
  createdNetwork(spec: TopologySpec): string | undefined;
}

/** Each cloud's section: a cloud without an entry does not compile. */
export const CLOUD_SECTIONS: Readonly<Record<Cloud, CloudSection>> = {
  aws: {
    regionKey: 'region',
    region: (spec) => spec.aws?.region,
    createdNetwork: (spec) => (spec.aws && !spec.aws.network.existing ? spec.aws.network.vpcCidr : undefined),
  },
  gcp: {
    regionKey: 'region',
    region: (spec) => spec.gcp?.region,
    createdNetwork: (spec) => (spec.gcp && !spec.gcp.network.existing ? spec.gcp.network.subnetCidr : undefined),
  },
  azure: {
    regionKey: 'location',
    region: (spec) => spec.azure?.location,
    createdNetwork: (spec) => (spec.azure && !spec.azure.network.existing ? spec.azure.network.vnetCidr : undefined),
  },
};
