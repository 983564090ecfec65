import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Route53HostedZoneDnssec } from '@cdktf/provider-aws/lib/route53-hosted-zone-dnssec';
import { Route53KeySigningKey } from '@cdktf/provider-aws/lib/route53-key-signing-key';
import { Construct } from 'constructs';
import { ROUTE53_HOME_REGION } from '../../clouds/aws/route53';
import type { ResolvedTopology } from '../../topology/resolved';
import type { AwsAccount } from './account';
import { awsName } from './names';

/** Props of AwsDnssec. */
export interface AwsDnssecProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The hosted zone the kit created. */
  readonly zoneId: string;
  /** The account, for the key policy's principals. */
  readonly account: AwsAccount;
}

/**
 * DNSSEC signing of a hosted zone the kit creates (CKV2_AWS_38; the GCP zone it creates signs too): an asymmetric
 * ECC_NIST_P256 KMS key in us-east-1 that only Route 53's DNSSEC service of this account may use, its key-signing
 * key, and signing turned on. The key's policy is the one Route 53 asks for
 * (docs.aws.amazon.com/Route53/latest/DeveloperGuide/access-control-managing-permissions.html#KMS-key-policy-for-DNSSEC),
 * with the account's root as administrator instead of any principal. The parent zone needs the DS record
 * (output dns_ds_record) before resolvers validate.
 */
export class AwsDnssec extends Construct {
  /** The DS record to publish in the parent zone. */
  readonly dsRecord: string;

  constructor(scope: Construct, id: string, props: AwsDnssecProps) {
    super(scope, id);
    const { topology } = props;
    const { partition, accountId } = props.account;
    const route53 = { Service: 'dnssec-route53.amazonaws.com' };
    const ownZones = {
      StringEquals: { 'aws:SourceAccount': accountId },
      ArnLike: { 'aws:SourceArn': `arn:${partition}:route53:::hostedzone/*` },
    };
    const key = new KmsKey(this, 'key', {
      region: ROUTE53_HOME_REGION,
      description: `DNSSEC key-signing key of ${topology.dns.zone} (CircleCI installation ${topology.domain})`,
      customerMasterKeySpec: 'ECC_NIST_P256',
      keyUsage: 'SIGN_VERIFY',
      deletionWindowInDays: 30,
      policy: JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [
            { Sid: 'AccountAdministers', Effect: 'Allow', Principal: { AWS: `arn:${partition}:iam::${accountId}:root` }, Action: 'kms:*', Resource: '*' },
            { Sid: 'Route53DnssecSigns', Effect: 'Allow', Principal: route53, Action: ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign'], Resource: '*', Condition: ownZones },
            {
              Sid: 'Route53DnssecGrants',
              Effect: 'Allow',
              Principal: route53,
              Action: 'kms:CreateGrant',
              Resource: '*',
              Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
            },
          ],
        },
        null,
        2,
      ),
      tags: { Name: awsName(topology, 'dnssec') },
    });
    const ksk = new Route53KeySigningKey(this, 'key_signing_key', {
      hostedZoneId: props.zoneId,
      keyManagementServiceArn: key.arn,
      // Letters, digits and underscores; unique within the zone.
      name: 'circleci_ksk',
    });
    new Route53HostedZoneDnssec(this, 'signing', { hostedZoneId: ksk.hostedZoneId, signingStatus: 'SIGNING', dependsOn: [ksk] });
    this.dsRecord = ksk.dsRecord;
  }
}
