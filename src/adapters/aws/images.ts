import { DataAwsAmi } from '@cdktf/provider-aws/lib/data-aws-ami';
import { Construct } from 'constructs';

/** Canonical's AWS account, owner of the official Ubuntu AMIs. */
export const CANONICAL_OWNER = '099720109477';

/** The name pattern of Ubuntu 24.04 LTS (noble) server AMIs for x86_64, the architecture of CircleCI builders. */
export const UBUNTU_LTS_NAME = 'ubuntu/images/hvm-ssd*/ubuntu-noble-24.04-amd64-server-*';

/** An AMI id and the device name of its root volume. */
export interface AwsImage {
  /** The AMI id. */
  readonly id: string;
  /** Where the AMI's root volume is attached, e.g. /dev/sda1: a launch template resizes the root volume by it. */
  readonly rootDeviceName: string;
}

/**
 * Images of the installation: the latest Ubuntu LTS from Canonical, looked up once, or an AMI the topology names.
 * Each is read through a data source so that its root device name is known.
 */
export class AwsImages extends Construct {
  private ubuntu?: DataAwsAmi;

  /** The image of a role: the topology's AMI when it names one, else the latest Ubuntu LTS. */
  imageFor(id: string, override: string | undefined): AwsImage {
    const ami = override ? this.named(id, override) : this.ubuntuLts();
    return { id: ami.id, rootDeviceName: ami.rootDeviceName };
  }

  private named(id: string, imageId: string): DataAwsAmi {
    return new DataAwsAmi(this, `${id}_image`, { filter: [{ name: 'image-id', values: [imageId] }] });
  }

  private ubuntuLts(): DataAwsAmi {
    this.ubuntu ??= new DataAwsAmi(this, 'ubuntu_lts', {
      owners: [CANONICAL_OWNER],
      mostRecent: true,
      filter: [
        { name: 'name', values: [UBUNTU_LTS_NAME] },
        { name: 'architecture', values: ['x86_64'] },
        { name: 'virtualization-type', values: ['hvm'] },
        { name: 'root-device-type', values: ['ebs'] },
      ],
    });
    return this.ubuntu;
  }
}
