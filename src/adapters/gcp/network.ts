import { ComputeNetwork } from '@cdktf/provider-google/lib/compute-network';
import { ComputeRouter } from '@cdktf/provider-google/lib/compute-router';
import { ComputeRouterNat } from '@cdktf/provider-google/lib/compute-router-nat';
import { ComputeSubnetwork } from '@cdktf/provider-google/lib/compute-subnetwork';
import { DataGoogleComputeSubnetwork } from '@cdktf/provider-google/lib/data-google-compute-subnetwork';
import { Construct } from 'constructs';
import { parseSubnetworkRef } from '../../clouds/gcp/subnetwork-ref';
import type { ResolvedTopology } from '../../topology/resolved';
import { gcpName } from './naming';

/** A network made by another CDKTF app, passed in by reference. */
export interface ExistingGcpNetwork {
  /** The VPC network's name or self link. */
  readonly network: string;
  /** The subnetwork's self link. */
  readonly subnetwork: string;
  /** The subnetwork's primary IPv4 range (a literal or a reference). */
  readonly subnetCidr: string;
  /** The services box's fixed address in its subnet: topology.gcp.servicesBox.privateIp is checked against the topology's own network, so an address in a network passed in comes with it. @default the topology's gcp.servicesBox.privateIp, else the 10th address of the subnetwork */
  readonly servicesPrivateIp?: string;
}

/** Props of GcpNetwork. */
export interface GcpNetworkProps {
  /** The resolved topology. */
  readonly topology: ResolvedTopology<'gcp'>;
  /** A network from another CDKTF app; wins over `gcp.network.existing`. @default a new network, or the topology's existing one */
  readonly existing?: ExistingGcpNetwork;
}

/**
 * The VPC network and the one subnetwork both roles live in: a new custom-mode network, or an existing one looked
 * up by name. With `privateBuilders`, a Cloud Router and Cloud NAT give builders without external addresses a way out.
 */
export class GcpNetwork extends Construct {
  /** Name or self link of the network, for firewall rules and routers. */
  readonly network: string;
  /** Self link of the subnetwork. */
  readonly subnetwork: string;
  /** The subnetwork's primary IPv4 range. */
  readonly subnetCidr: string;
  /** The services box's fixed address that came with a network passed in, if any. */
  readonly servicesPrivateIp?: string;

  constructor(scope: Construct, id: string, props: GcpNetworkProps) {
    super(scope, id);
    const { topology } = props;
    const settings = topology.settings.network;
    if (props.existing) {
      ({ network: this.network, subnetwork: this.subnetwork, subnetCidr: this.subnetCidr, servicesPrivateIp: this.servicesPrivateIp } = props.existing);
    } else if (settings.existing) {
      const ref = parseSubnetworkRef(settings.existing.subnetwork);
      if (!ref) throw new Error(`${settings.existing.subnetwork} is not a subnetwork reference (validation should have caught this)`);
      // By its parts, never by self_link, which the provider takes as a full URL only (see subnetwork-ref.ts).
      const subnet = new DataGoogleComputeSubnetwork(this, 'subnetwork', {
        name: ref.name,
        region: ref.region ?? topology.region,
        ...(ref.project ? { project: ref.project } : {}),
      });
      this.network = settings.existing.network;
      this.subnetwork = subnet.selfLink;
      this.subnetCidr = subnet.ipCidrRange;
    } else {
      const network = new ComputeNetwork(this, 'network', {
        name: gcpName(topology.name, 'network'),
        description: `CircleCI installation ${topology.name}`,
        autoCreateSubnetworks: false,
        routingMode: 'REGIONAL',
      });
      const subnet = new ComputeSubnetwork(this, 'subnetwork', {
        name: gcpName(topology.name, 'subnet'),
        network: network.id,
        region: topology.region,
        ipCidrRange: settings.subnetCidr,
        // Builders without external addresses still reach Secret Manager and the other Google APIs.
        privateIpGoogleAccess: true,
        logConfig: { aggregationInterval: 'INTERVAL_5_SEC', flowSampling: 0.5, metadata: 'INCLUDE_ALL_METADATA' },
      });
      this.network = network.selfLink;
      this.subnetwork = subnet.selfLink;
      this.subnetCidr = settings.subnetCidr;
    }
    if (settings.privateBuilders) this.addCloudNat(topology);
  }

  private addCloudNat(topology: ResolvedTopology<'gcp'>): void {
    const router = new ComputeRouter(this, 'router', {
      name: gcpName(topology.name, 'router'),
      network: this.network,
      region: topology.region,
    });
    new ComputeRouterNat(this, 'nat', {
      name: gcpName(topology.name, 'nat'),
      router: router.name,
      region: topology.region,
      natIpAllocateOption: 'AUTO_ONLY',
      sourceSubnetworkIpRangesToNat: 'LIST_OF_SUBNETWORKS',
      subnetwork: [{ name: this.subnetwork, sourceIpRangesToNat: ['ALL_IP_RANGES'] }],
      logConfig: { enable: true, filter: 'ERRORS_ONLY' },
    });
  }
}
