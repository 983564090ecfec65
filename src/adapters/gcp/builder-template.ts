import { ComputeInstanceTemplate } from '@cdktf/provider-google/lib/compute-instance-template';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS, ROLE_TAG } from '../shared/naming';
import { builderShutdownScript, builderUserData } from './builder-startup';
import { VM_SCOPES, type RoleIdentity } from './identity';
import { diskEncryptionKey } from './encryption';
import { balancedDiskType } from '../../clouds/gcp/boot-disk';
import { GCP_IMAGES } from '../../clouds/gcp/images';
import { gcpName, roleTag } from './naming';
import type { GcpNetwork } from './network';

/**
 * Boot disk of a builder, GiB. The topology has no builder disk size; Docker images and build containers' layers
 * live here, and 100 GiB holds a typical image cache for a builder's containers.
 */
export const BUILDER_DISK_GIB = 100;

/** How a builder is bought. */
export type ProvisioningModel = 'on-demand' | 'spot';

/** Props of BuilderTemplate. */
export interface BuilderTemplateProps {
  /** The resolved topology. */
  readonly topology: ResolvedTopology<'gcp'>;
  /** The network builders live in. */
  readonly network: GcpNetwork;
  /** The builders' identity. */
  readonly identity: RoleIdentity;
  /** SERVICES_PRIVATE_IP. */
  readonly servicesPrivateIp: string;
  /** Resource name of the CIRCLE_SECRET_PASSPHRASE secret. */
  readonly passphraseSecret: string;
  /** On-demand or spot. */
  readonly provisioning: ProvisioningModel;
  /** What must exist before builders boot: the passphrase's version and read grant. @default none */
  readonly bootDependencies?: readonly ITerraformDependable[];
}

/**
 * An instance template for builders: the sizing plan's machine type, Shielded VM, OS Login, the builders' minimal
 * service account, first-boot settings and the drain agent as `shutdown-script`. Templates are immutable, so a
 * change makes a new one (name prefix) before the group lets go of the old.
 *
 * Spot builders are deleted, not stopped, when preempted: they are stateless, a stopped builder would keep its disk
 * billed and come back with stale containers, and the group recreates deleted VMs when capacity returns.
 */
export class BuilderTemplate extends Construct {
  /** The template. */
  readonly template: ComputeInstanceTemplate;

  constructor(scope: Construct, id: string, props: BuilderTemplateProps) {
    super(scope, id);
    const { topology, network, identity } = props;
    const builders = topology.builders;
    const prefix = topology.name;
    const labels = { ...topology.tags, [ROLE_TAG]: ROLE_SLUGS.builders };
    const spot = props.provisioning === 'spot';
    const alternatives = spot && builders.spot ? ` (spot alternatives in the sizing plan: ${builders.spot.alternatives.join(', ') || 'none'})` : '';
    this.template = new ComputeInstanceTemplate(this, 'template', {
      namePrefix: `${gcpName(prefix, 'builders', props.provisioning)}-`,
      description: `CircleCI builder, ${props.provisioning}: ${builders.instanceType}, ${builders.containersPerBuilder} containers${alternatives}`,
      machineType: builders.instanceType,
      labels,
      tags: [roleTag(prefix, 'builders')],
      disk: [
        {
          boot: true,
          autoDelete: true,
          sourceImage: builders.image ?? GCP_IMAGES.ubuntu[builders.arch],
          diskSizeGb: BUILDER_DISK_GIB,
          diskType: balancedDiskType(builders.instanceType),
          ...diskEncryptionKey(topology),
          labels,
        },
      ],
      networkInterface: [
        {
          subnetwork: network.subnetwork,
          ...(topology.settings.network.privateBuilders ? {} : { accessConfig: [{ networkTier: 'PREMIUM' }] }),
        },
      ],
      serviceAccount: { email: identity.vm.email, scopes: [...VM_SCOPES] },
      shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
      scheduling: spot
        ? { provisioningModel: 'SPOT', preemptible: true, automaticRestart: false, onHostMaintenance: 'TERMINATE', instanceTerminationAction: 'DELETE' }
        : { provisioningModel: 'STANDARD', automaticRestart: true, onHostMaintenance: 'MIGRATE' },
      metadata: {
        'enable-oslogin': 'TRUE',
        'block-project-ssh-keys': 'TRUE',
        'user-data': builderUserData(topology, props.servicesPrivateIp, identity.secretReader.email, props.passphraseSecret),
        'shutdown-script': builderShutdownScript(builders.drainTimeoutSeconds),
      },
      ...(props.bootDependencies ? { dependsOn: [...props.bootDependencies] } : {}),
      lifecycle: { createBeforeDestroy: true },
    });
  }
}
