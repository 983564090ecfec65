import { Eip } from '@cdktf/provider-aws/lib/eip';
import { EipAssociation } from '@cdktf/provider-aws/lib/eip-association';
import { Instance } from '@cdktf/provider-aws/lib/instance';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS } from '../shared/naming';
import { backupTag } from './backup';
import type { AwsImages } from './images';
import { AwsInstanceIdentity, decryptWith } from './instance-identity';
import { AwsServicesBoxDisk } from './services-box-disk';
import { roleTags } from './names';
import { servicesBoxUserData, type ServicesBoxSecretArns } from './services-box-user-data';

/** Props of AwsServicesBox. */
export interface AwsServicesBoxProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The subnet the box lives in. */
  readonly subnetId: string;
  /** Its fixed private IP. */
  readonly privateIp: string;
  /** Its subnet's availability zone, where its data volume is made. */
  readonly availabilityZone: string;
  /** Its security group. */
  readonly securityGroupId: string;
  /** Where its image comes from. */
  readonly images: AwsImages;
  /** The secrets it reads at boot, and may read at all. */
  readonly secrets: ServicesBoxSecretArns;
  /** Its subnet's route to the internet (gateway, route table, association), which its first boot and its Elastic IP need. @default nothing (an existing network's routes exist already) */
  readonly route?: readonly ITerraformDependable[];
}

/**
 * The one stateful box: an EC2 instance with a fixed private IP and an Elastic IP, protected from termination and
 * from `terraform destroy`, IMDSv2 only, its state on a data volume of its own (see {@link AwsServicesBoxDisk}),
 * detailed monitoring, and an instance role that may read its own secrets and nothing else. Its construct ids are
 * fixed: no builder setting can change its Terraform address.
 */
export class AwsServicesBox extends Construct {
  /** The instance. */
  readonly instance: Instance;
  /** Its Elastic IP. */
  readonly publicIp: Eip;
  /** The data volume holding its state. */
  readonly disk: AwsServicesBoxDisk;

  constructor(scope: Construct, id: string, props: AwsServicesBoxProps) {
    super(scope, id);
    const { topology, secrets } = props;
    const box = topology.servicesBox;
    const identity = new AwsInstanceIdentity(this, 'identity', {
      topology,
      role: 'servicesBox',
      statements: [
        {
          sid: 'ReadOwnSecrets',
          actions: ['secretsmanager:GetSecretValue'],
          resources: [secrets.githubClientSecret, secrets.passphrase, secrets.tlsPrivateKey, secrets.tlsCertificateChain],
        },
        ...decryptWith(topology),
      ],
    });
    const tags = roleTags(topology, 'servicesBox');
    const image = props.images.imageFor(ROLE_SLUGS.servicesBox, box.image, box.arch);
    this.disk = new AwsServicesBoxDisk(this, 'data', { topology, availabilityZone: props.availabilityZone });

    this.instance = new Instance(this, 'instance', {
      ami: image.id,
      instanceType: box.instanceType,
      subnetId: props.subnetId,
      privateIp: props.privateIp,
      vpcSecurityGroupIds: [props.securityGroupId],
      iamInstanceProfile: identity.profileName,
      ...(topology.settings.keyName ? { keyName: topology.settings.keyName } : {}),
      // The Elastic IP is the box's public address; an automatic one would change on every stop and start.
      associatePublicIpAddress: false,
      disableApiTermination: box.protection,
      ebsOptimized: true,
      monitoring: true,
      metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },
      rootBlockDevice: {
        volumeType: 'gp3',
        volumeSize: box.diskGiB,
        encrypted: true,
        ...(topology.settings.kmsKeyArn ? { kmsKeyId: topology.settings.kmsKeyArn } : {}),
        // Installations made before the data volume kept their state here, and keep this setting (size, tag, kept on
        // termination) so that upgrading changes nothing on it; the README's "Upgrading" moves the state over.
        deleteOnTermination: topology.throwaway,
        tags: { ...tags, ...backupTag(topology) },
      },
      userData: servicesBoxUserData(topology, secrets, this.disk.devices),
      tags,
      dependsOn: [identity.policy, ...(props.route ?? [])],
      lifecycle: {
        preventDestroy: box.protection,
        // A newer Ubuntu AMI or edited user data would replace the box and with it its state; both only matter at
        // first boot, so later changes are ignored (rebuild from a snapshot on purpose instead).
        ignoreChanges: ['ami', 'user_data'],
      },
    });

    this.disk.attachTo(this.instance.id);

    this.publicIp = new Eip(this, 'public_ip', {
      domain: 'vpc',
      tags: roleTags(topology, 'servicesBox', 'public-ip'),
      // DNS and GitHub webhooks point at this address: losing it is an outage.
      lifecycle: { preventDestroy: box.protection },
    });
    new EipAssociation(this, 'public_ip_association', {
      allocationId: this.publicIp.allocationId,
      instanceId: this.instance.id,
      // Associating in a VPC without an attached internet gateway fails (Gateway.NotAttached).
      dependsOn: [...(props.route ?? [])],
    });
  }
}
