import { DnsARecord } from '@cdktf/provider-azurerm/lib/dns-a-record';
import { DnsZone } from '@cdktf/provider-azurerm/lib/dns-zone';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { tagsFor } from './names';

/** Props of {@link AzureDns}. */
export interface AzureDnsProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Resource group a new zone is created in. */
  readonly resourceGroupName: string;
  /** The services box's public IP resource. */
  readonly publicIpId: string;
}

/**
 * The installation's A record, in the existing zone (dns.zone in azure.dns.resourceGroup) or in a zone created here
 * when dns.create. An alias record on the public IP resource: it follows the address, and empties instead of
 * dangling if the address is ever deleted.
 */
export class AzureDns extends Construct {
  /** Name servers of the zone, when the zone is created here (to delegate it from the parent). */
  readonly nameServers?: string[];

  constructor(scope: Construct, id: string, props: AzureDnsProps) {
    super(scope, id);
    const { topology } = props;
    const dns = topology.dns;
    let zoneName = dns.zone;
    let zoneResourceGroup = topology.settings.dns.resourceGroup;
    if (dns.create) {
      const zone = new DnsZone(this, 'zone', { name: dns.zone, resourceGroupName: props.resourceGroupName, tags: tagsFor(topology) });
      zoneName = zone.name;
      zoneResourceGroup = props.resourceGroupName;
      this.nameServers = zone.nameServers;
    }
    if (!zoneResourceGroup) throw new Error('azure.dns.resourceGroup is required unless dns.create (validation should have caught this)');
    new DnsARecord(this, 'record', {
      name: dns.recordName === '' ? '@' : dns.recordName,
      zoneName,
      resourceGroupName: zoneResourceGroup,
      ttl: dns.ttl,
      targetResourceId: props.publicIpId,
      tags: tagsFor(topology, 'servicesBox'),
    });
  }
}
