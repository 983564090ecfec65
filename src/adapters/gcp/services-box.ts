import { ComputeAddress } from '@cdktf/provider-google/lib/compute-address';
import { ComputeDisk } from '@cdktf/provider-google/lib/compute-disk';
import { ComputeInstance } from '@cdktf/provider-google/lib/compute-instance';
import { Fn, Token, type ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { hostOf } from '../../topology/cidr';
import { SERVICES_BOX_HOST } from '../../topology/subnet-layout';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS, ROLE_TAG } from '../shared/naming';
import type { RoleIdentity } from './identity';
import { VM_SCOPES } from './identity';
import { diskEncryptionKey } from './encryption';
import { balancedDiskType } from '../../clouds/gcp/boot-disk';
import { GCP_IMAGES } from '../../clouds/gcp/images';
import { gcpName, roleTag } from './naming';
import type { GcpNetwork } from './network';
import { servicesBoxUserData, type ServicesBoxSecretIds } from './services-box-startup';

/**
 * The zone the services box and its disk live in. The topology has no zone field; every GCP region has a `-b`
 * zone, and a fixed suffix keeps the box's address stable (a zone looked up at plan time could change and replace it).
 */
export const SERVICES_BOX_ZONE_SUFFIX = 'b';


/** Props of GcpServicesBox. */
export interface GcpServicesBoxProps {
  /** The resolved topology. */
  readonly topology: ResolvedTopology<'gcp'>;
  /** The network it lives in. */
  readonly network: GcpNetwork;
  /** Its identity. */
  readonly identity: RoleIdentity;
  /** Resource names of its secrets. */
  readonly secrets: ServicesBoxSecretIds;
  /** What must exist before it boots: its secrets' versions and read grants. */
  readonly bootDependencies: readonly ITerraformDependable[];
}

/**
 * The one stateful box: a Shielded VM with OS Login, a fixed internal address and a static external address, and a
 * boot disk of the topology's size that holds all state. Every id here is fixed, so builder or firewall changes never
 * move its Terraform address.
 *
 * All state lives on the boot disk, sized `diskGiB`: the installer keeps data in several places (Docker volumes,
 * the admin console's store), so one disk is the only layout where a snapshot is sure to hold all of it, and a
 * restore is one new VM from one snapshot with the same private IP.
 */
export class GcpServicesBox extends Construct {
  /** The VM. */
  readonly instance: ComputeInstance;
  /** The boot disk holding all state; the snapshot schedule attaches to it. */
  readonly disk: ComputeDisk;
  /** The reserved internal address. */
  readonly privateIp: string;
  /** The static external address. */
  readonly publicIp: string;

  constructor(scope: Construct, id: string, props: GcpServicesBoxProps) {
    super(scope, id);
    const { topology, network, identity } = props;
    const box = topology.servicesBox;
    const prefix = topology.name;
    const zone = `${topology.region}-${SERVICES_BOX_ZONE_SUFFIX}`;
    const labels = { ...topology.tags, [ROLE_TAG]: ROLE_SLUGS.servicesBox };
    const lifecycle = { preventDestroy: box.protection };

    const fixedIp =
      network.servicesPrivateIp ??
      box.privateIp ??
      (Token.isUnresolved(network.subnetCidr) ? Fn.cidrhost(network.subnetCidr, SERVICES_BOX_HOST) : hostOf(network.subnetCidr, SERVICES_BOX_HOST));
    const internal = new ComputeAddress(this, 'internal_address', {
      name: gcpName(prefix, 'services-box-internal'),
      description: 'Fixed private IP of the services box: builders find it here (SERVICES_PRIVATE_IP)',
      addressType: 'INTERNAL',
      purpose: 'GCE_ENDPOINT',
      subnetwork: network.subnetwork,
      region: topology.region,
      address: fixedIp,
      labels,
      lifecycle,
    });
    const external = new ComputeAddress(this, 'external_address', {
      name: gcpName(prefix, 'services-box-external'),
      description: `Static public IP of the services box; ${topology.domain} points here`,
      addressType: 'EXTERNAL',
      networkTier: 'PREMIUM',
      region: topology.region,
      labels,
      lifecycle,
    });
    this.privateIp = internal.address;
    this.publicIp = external.address;

    this.disk = new ComputeDisk(this, 'disk', {
      name: gcpName(prefix, 'services-box'),
      description: 'Boot disk of the services box, holding all installation state',
      zone,
      image: box.image ?? GCP_IMAGES.ubuntu[box.arch],
      size: box.diskGiB,
      type: balancedDiskType(box.instanceType),
      ...diskEncryptionKey(topology),
      labels,
      // The image family resolves to a newer image over time; following it would replace the disk and lose all data.
      lifecycle: { ...lifecycle, ignoreChanges: ['image'] },
    });

    this.instance = new ComputeInstance(this, 'instance', {
      name: gcpName(prefix, 'services-box'),
      description: `CircleCI services box (${box.sizedBy})`,
      zone,
      machineType: box.instanceType,
      labels,
      tags: [roleTag(prefix, 'servicesBox')],
      deletionProtection: box.protection,
      // A machine type change stops the box; Terraform should refuse rather than stop the installation unasked.
      allowStoppingForUpdate: false,
      bootDisk: { source: this.disk.selfLink, autoDelete: false },
      networkInterface: [
        { subnetwork: network.subnetwork, networkIp: internal.address, accessConfig: [{ natIp: external.address, networkTier: 'PREMIUM' }] },
      ],
      serviceAccount: { email: identity.vm.email, scopes: [...VM_SCOPES] },
      shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
      metadata: {
        'enable-oslogin': 'TRUE',
        'block-project-ssh-keys': 'TRUE',
        'user-data': servicesBoxUserData(topology, internal.address, identity.secretReader.email, props.secrets),
      },
      dependsOn: [...props.bootDependencies],
      // cloud-init reads user data at first boot only: a changed document would do nothing on the running box, and
      // the settings it wrote are the installation's own from then on.
      lifecycle: { ...lifecycle, ignoreChanges: ['metadata["user-data"]'] },
    });
  }
}
