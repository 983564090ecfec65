import { AutoscalingGroup, type AutoscalingGroupConfig } from '@cdktf/provider-aws/lib/autoscaling-group';
import { AutoscalingLifecycleHook } from '@cdktf/provider-aws/lib/autoscaling-lifecycle-hook';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Token, type ITerraformDependable } from 'cdktf';
import { base64Text } from '../shared/base64-text';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS } from '../shared/naming';
import type { AwsAccount } from './account';
import { AwsBuilderSchedule } from './builder-schedule';
import { builderUserData } from './builder-user-data';
import type { AwsImages } from './images';
import { AwsInstanceIdentity, decryptWith } from './instance-identity';
import { awsName, roleTags } from './names';

/** Props of AwsBuilderFleet. */
export interface AwsBuilderFleetProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** Subnets the group spreads builders across. */
  readonly subnetIds: readonly string[];
  /** Whether builders get public addresses (public subnets without NAT). */
  readonly publicAddresses: boolean;
  /** The builders' security group. */
  readonly securityGroupId: string;
  /** The services box's private IP (SERVICES_PRIVATE_IP). */
  readonly servicesPrivateIp: string;
  /** ARN of the CIRCLE_SECRET_PASSPHRASE secret, the only secret builders may read. */
  readonly passphraseArn: string;
  /** Where builder images come from. */
  readonly images: AwsImages;
  /** The account and partition, for the group's ARN. */
  readonly account: AwsAccount;
  /** Root volume of each builder, GiB: the topology has no field for it. @default 100 */
  readonly diskGiB?: number;
  /** What the group waits for before it launches builders: the services box, whose fixed address a builder launched first into the same subnet would take, and the builders' route to the internet, which their first-boot installs need. @default nothing */
  readonly launchAfter?: readonly ITerraformDependable[];
}

/** Root volume of a builder when the caller gives none: room for Docker images and build caches. */
export const DEFAULT_BUILDER_DISK_GIB = 100;

/**
 * The stateless build fleet: a launch template (IMDSv2 with hop limit 1, encrypted gp3 root volume, a minimal
 * instance profile, the sizing plan in user data), an Auto Scaling group across the subnets with optional spot
 * capacity and working-hours schedule, and a termination lifecycle hook the builders' drain agent completes.
 */
export class AwsBuilderFleet extends Construct {
  /** The Auto Scaling group. */
  readonly group: AutoscalingGroup;

  constructor(scope: Construct, id: string, props: AwsBuilderFleetProps) {
    super(scope, id);
    const { topology } = props;
    const builders = topology.builders;
    const groupName = awsName(topology, ROLE_SLUGS.builders);
    const hookName = awsName(topology, ROLE_SLUGS.builders, 'drain');
    const tags = roleTags(topology, 'builders');

    // The group's ARN is spelled from its name rather than read from the group, so the policy exists before the
    // first builder boots and asks for the passphrase.
    const { partition, accountId } = props.account;
    const groupArn = `arn:${partition}:autoscaling:${topology.region}:${accountId}:autoScalingGroup:*:autoScalingGroupName/${groupName}`;
    const identity = new AwsInstanceIdentity(this, 'identity', {
      topology,
      role: 'builders',
      statements: [
        { sid: 'ReadPassphrase', actions: ['secretsmanager:GetSecretValue'], resources: [props.passphraseArn] },
        { sid: 'CompleteOwnDrain', actions: ['autoscaling:CompleteLifecycleAction'], resources: [groupArn] },
        ...decryptWith(topology),
      ],
    });

    const userData = builderUserData(topology, { servicesPrivateIp: props.servicesPrivateIp, passphraseArn: props.passphraseArn, groupName, hookName });
    const image = props.images.imageFor(ROLE_SLUGS.builders, builders.image, builders.arch);
    const template = new LaunchTemplate(this, 'launch_template', {
      name: groupName,
      // EC2 takes at most 255 characters of description, and a domain alone may have 253.
      description: `CircleCI builders of ${topology.domain}: ${builders.instanceType}, ${builders.containersPerBuilder} containers each`.slice(0, 255),
      imageId: image.id,
      instanceType: builders.instanceType,
      ...(topology.settings.keyName ? { keyName: topology.settings.keyName } : {}),
      iamInstanceProfile: { arn: identity.profileArn },
      // Hop limit 1: a reply from instance metadata dies one hop out, so build containers behind Docker's bridge
      // never get the builder's credentials (the iptables block in user data is the second line).
      metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1, instanceMetadataTags: 'disabled' },
      blockDeviceMappings: [
        {
          deviceName: image.rootDeviceName,
          ebs: { volumeType: 'gp3', volumeSize: props.diskGiB ?? DEFAULT_BUILDER_DISK_GIB, encrypted: 'true', deleteOnTermination: 'true', ...(topology.settings.kmsKeyArn ? { kmsKeyId: topology.settings.kmsKeyArn } : {}) },
        },
      ],
      networkInterfaces: [
        {
          deviceIndex: 0,
          associatePublicIpAddress: String(props.publicAddresses),
          securityGroups: [props.securityGroupId],
          deleteOnTermination: 'true',
        },
      ],
      userData: base64Text(userData),
      tagSpecifications: ['instance', 'volume', 'network-interface'].map((resourceType) => ({ resourceType, tags: { ...topology.tags, ...tags } })),
      updateDefaultVersion: true,
      tags,
    });

    const launchTemplate = { launchTemplateId: template.id, version: Token.asString(template.latestVersion) };
    const capacity: Partial<AutoscalingGroupConfig> = builders.spot
      ? {
          capacityRebalance: true,
          mixedInstancesPolicy: {
            instancesDistribution: {
              onDemandBaseCapacity: builders.spot.onDemandBase,
              onDemandPercentageAboveBaseCapacity: 0,
              spotAllocationStrategy: 'price-capacity-optimized',
            },
            launchTemplate: {
              launchTemplateSpecification: launchTemplate,
              override: [builders.instanceType, ...builders.spot.alternatives].map((instanceType) => ({ instanceType })),
            },
          },
        }
      : { launchTemplate: { id: launchTemplate.launchTemplateId, version: launchTemplate.version } };

    this.group = new AutoscalingGroup(this, 'group', {
      name: groupName,
      vpcZoneIdentifier: [...props.subnetIds],
      desiredCapacity: builders.desired,
      minSize: builders.min,
      maxSize: builders.max,
      healthCheckType: 'EC2',
      ...capacity,
      // A changed launch template replaces builders gradually; each old one drains through the lifecycle hook.
      instanceRefresh: { strategy: 'Rolling', preferences: { minHealthyPercentage: 50 } },
      tag: Object.entries({ ...topology.tags, ...tags }).map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
      dependsOn: [identity.policy, ...(props.launchAfter ?? [])],
      // The schedule moves the desired count during the day; an apply must not undo it.
      ...(builders.schedule ? { lifecycle: { ignoreChanges: ['desired_capacity'] } } : {}),
    });

    new AutoscalingLifecycleHook(this, 'drain_hook', {
      name: hookName,
      autoscalingGroupName: this.group.name,
      lifecycleTransition: 'autoscaling:EC2_INSTANCE_TERMINATING',
      heartbeatTimeout: builders.drainTimeoutSeconds,
      // Explicit, because the provider and API documents disagree on the default: a builder that never reports
      // back is terminated anyway once the heartbeat runs out.
      defaultResult: 'CONTINUE',
    });

    if (builders.schedule) new AwsBuilderSchedule(this, 'schedule', { topology, groupName: this.group.name });
  }
}
