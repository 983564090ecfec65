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
import { restoreTrigger } from '../shared/restore-trigger';

/** The data disk's device name on the VM; Compute Engine's guest environment shows it as /dev/disk/by-id/google-<name>. */
const DATA_DEVICE_NAME = 'circleci-data';

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
 * The one stateful box: a Shielded VM with OS Login, a fixed internal address and a static external address, a boot
 * disk, and a data disk of `diskGiB` that holds all state. Every id here is fixed, so builder or firewall changes
 * never move its Terraform address.
 *
 * The installer keeps data in several places (Docker volumes, the admin console's store, /data); the boot text
 * mounts each from the one data disk, so one snapshot holds all of it and a restore is one disk made from it
 * (`servicesBox.restoreFrom`). The boot disk keeps its size and settings, so that installations made before the data
 * disk (whose state is still on it until moved, see the README's "Upgrading") upgrade without a change to it.
 */
export class GcpServicesBox extends Construct {
  /** The VM. */
  readonly instance: ComputeInstance;
  /** The boot disk; the snapshot schedule attaches to it for installations whose state is still there. */
  readonly disk: ComputeDisk;
  /** The data disk holding all state; the snapshot schedule attaches to it. */
  readonly dataDisk: ComputeDisk;
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

    this.dataDisk = new ComputeDisk(this, 'data_disk', {
      name: gcpName(prefix, 'services-box-data'),
      description: 'Data disk of the services box, holding all installation state',
      zone,
      size: box.diskGiB,
      type: balancedDiskType(box.instanceType),
      ...(box.restoreFrom ? { snapshot: box.restoreFrom } : {}),
      ...diskEncryptionKey(topology),
      labels,
      lifecycle: restoreTrigger(this, { restoreFrom: box.restoreFrom, protection: box.protection, sourceAttributes: ['snapshot'] }),
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
      attachedDisk: [{ source: this.dataDisk.selfLink, deviceName: DATA_DEVICE_NAME, mode: 'READ_WRITE' }],
      networkInterface: [
        { subnetwork: network.subnetwork, networkIp: internal.address, accessConfig: [{ natIp: external.address, networkTier: 'PREMIUM' }] },
      ],
      serviceAccount: { email: identity.vm.email, scopes: [...VM_SCOPES] },
      shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
      metadata: {
        'enable-oslogin': 'TRUE',
        'block-project-ssh-keys': 'TRUE',
        'user-data': servicesBoxUserData(topology, internal.address, identity.secretReader.email, props.secrets, [`/dev/disk/by-id/google-${DATA_DEVICE_NAME}`]),
      },
      dependsOn: [...props.bootDependencies],
      // cloud-init reads user data at first boot only: a changed document would do nothing on the running box, and
      // the settings it wrote are the installation's own from then on.
      lifecycle: { ...lifecycle, ignoreChanges: ['metadata["user-data"]'] },
    });
  }
}
