import { DataAwsAmi } from '@cdktf/provider-aws/lib/data-aws-ami';
import { Construct } from 'constructs';
import type { Arch } from '../../cloud';
import { AWS_IMAGES, CANONICAL_OWNER, EC2_ARCHITECTURE } from '../../clouds/aws/images';

/** An AMI id and the device name of its root volume. */
export interface AwsImage {
  /** The AMI id. */
  readonly id: string;
  /** Where the AMI's root volume is attached, e.g. /dev/sda1: a launch template resizes the root volume by it. */
  readonly rootDeviceName: string;
}

/**
 * Images of the installation: the latest Ubuntu LTS from Canonical for each architecture the boxes run, looked up
 * once each, or an AMI the topology names. Each is read through a data source so that its root device name is known.
 */
export class AwsImages extends Construct {
  private readonly ubuntu = new Map<Arch, DataAwsAmi>();

  /** The image of a role: the topology's AMI when it names one, else the latest Ubuntu LTS for the architecture. */
  imageFor(id: string, override: string | undefined, arch: Arch): AwsImage {
    const ami = override ? this.named(id, override) : this.ubuntuLts(arch);
    return { id: ami.id, rootDeviceName: ami.rootDeviceName };
  }

  private named(id: string, imageId: string): DataAwsAmi {
    return new DataAwsAmi(this, `${id}_image`, { filter: [{ name: 'image-id', values: [imageId] }] });
  }

  private ubuntuLts(arch: Arch): DataAwsAmi {
    let ami = this.ubuntu.get(arch);
    if (!ami) {
      // The x86_64 lookup keeps the address it had before arm64 builders existed, so no plan shows it moving.
      ami = new DataAwsAmi(this, arch === 'x86_64' ? 'ubuntu_lts' : `ubuntu_lts_${arch}`, {
        owners: [CANONICAL_OWNER],
        mostRecent: true,
        filter: [
          { name: 'name', values: [AWS_IMAGES.ubuntu[arch]] },
          { name: 'architecture', values: [EC2_ARCHITECTURE[arch]] },
          { name: 'virtualization-type', values: ['hvm'] },
          { name: 'root-device-type', values: ['ebs'] },
        ],
      });
      this.ubuntu.set(arch, ami);
    }
    return ami;
  }
}
