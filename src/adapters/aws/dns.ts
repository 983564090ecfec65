import { DataAwsRoute53Zone } from '@cdktf/provider-aws/lib/data-aws-route53-zone';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { Route53Zone } from '@cdktf/provider-aws/lib/route53-zone';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import type { AwsAccount } from './account';
import { AwsDnssec } from './dnssec';
import { AwsQueryLog } from './query-log';

/** Props of AwsDns. */
export interface AwsDnsProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The services box's public address the domain points at. */
  readonly publicIp: string;
  /** The account, for the policies of a zone the kit creates. */
  readonly account: AwsAccount;
}

/**
 * The installation's A record, pointing the domain at the services box's Elastic IP, in the Route 53 zone the
 * topology names: by id (aws.dns.zoneId), else a new zone when dns.create, signed with DNSSEC and query-logged,
 * else the public zone looked up by dns.zone. Fixed construct ids.
 */
export class AwsDns extends Construct {
  /** The hosted zone's id. */
  readonly zoneId: string;
  /** Name servers of a zone created here, to delegate to; undefined for an existing zone. */
  readonly nameServers?: string[];
  /** DS record of a zone created here, for the parent zone; undefined for an existing zone. */
  readonly dsRecord?: string;

  constructor(scope: Construct, id: string, props: AwsDnsProps) {
    super(scope, id);
    const { topology } = props;
    const { dns } = topology;
    const zoneId = topology.settings.dns.zoneId;
    if (zoneId) {
      this.zoneId = zoneId;
    } else if (dns.create) {
      const zone = new Route53Zone(this, 'zone', { name: dns.zone, comment: `CircleCI installation ${topology.domain}` });
      this.zoneId = zone.zoneId;
      this.nameServers = zone.nameServers;
      this.dsRecord = new AwsDnssec(this, 'dnssec', { topology, zoneId: zone.zoneId, account: props.account }).dsRecord;
      new AwsQueryLog(this, 'query_log', { topology, zoneId: zone.zoneId, account: props.account });
    } else {
      this.zoneId = new DataAwsRoute53Zone(this, 'zone', { name: dns.zone, privateZone: false }).zoneId;
    }
    new Route53Record(this, 'services_box_record', {
      zoneId: this.zoneId,
      name: topology.domain,
      type: 'A',
      ttl: dns.ttl,
      records: [props.publicIp],
    });
  }
}
