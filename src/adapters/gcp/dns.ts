import { DataGoogleDnsKeys } from '@cdktf/provider-google/lib/data-google-dns-keys';
import { DnsManagedZone } from '@cdktf/provider-google/lib/dns-managed-zone';
import { DnsRecordSet } from '@cdktf/provider-google/lib/dns-record-set';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { gcpName } from './naming';

/** Props of GcpDns. */
export interface GcpDnsProps {
  /** The resolved topology. */
  readonly topology: ResolvedTopology<'gcp'>;
  /** The services box's static external address. */
  readonly publicIp: string;
}

/**
 * The installation's A record, pointing at the services box's static address: in the existing Cloud DNS zone
 * `gcp.dns.managedZone`, or in a new public zone (DNSSEC on) when `dns.create` is set. DNSSEC validates only once
 * the parent holds the zone's DS record beside its NS records, so the zone's key-signing key is read back for that.
 */
export class GcpDns extends Construct {
  /** The record. */
  readonly record: DnsRecordSet;
  /** The zone, when this stack creates it; its name servers go to the parent zone's NS record. */
  readonly zone?: DnsManagedZone;
  /** The DS record of the zone's key-signing key, for the parent zone, when this stack creates the zone. */
  readonly dsRecord?: string;

  constructor(scope: Construct, id: string, props: GcpDnsProps) {
    super(scope, id);
    const { topology } = props;
    const dns = topology.dns;
    let managedZone = topology.settings.dns.managedZone ?? gcpName(topology.name, dns.zone);
    if (dns.create) {
      this.zone = new DnsManagedZone(this, 'zone', {
        name: managedZone,
        dnsName: `${dns.zone}.`,
        description: `Zone of the CircleCI installation ${topology.name}`,
        visibility: 'public',
        dnssecConfig: { state: 'on' },
      });
      managedZone = this.zone.name;
      // Cloud DNS makes the keys with the signed zone; google_dns_keys reads them once the zone exists.
      const keys = new DataGoogleDnsKeys(this, 'zone_keys', { managedZone: this.zone.id });
      this.dsRecord = keys.keySigningKeys.get(0).dsRecord;
    }
    this.record = new DnsRecordSet(this, 'record', {
      managedZone,
      name: `${topology.domain}.`,
      type: 'A',
      ttl: dns.ttl,
      rrdatas: [props.publicIp],
    });
  }
}
