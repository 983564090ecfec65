import { EbsVolume } from '@cdktf/provider-aws/lib/ebs-volume';
import { VolumeAttachment } from '@cdktf/provider-aws/lib/volume-attachment';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import type { ResolvedTopology } from '../../topology/resolved';
import { restoreTrigger } from '../shared/restore-trigger';
import { backupTag } from './backup';
import { roleTags } from './names';

/** The device name the data volume is attached as; Nitro instances show it as an NVMe device named by volume id. */
const DEVICE_NAME = '/dev/sdf';

/** Props of AwsServicesBoxDisk. */
export interface AwsServicesBoxDiskProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'aws'>;
  /** The services box subnet's availability zone, where the volume must be. */
  readonly availabilityZone: string;
}

/**
 * The services box's data volume: encrypted gp3 of `diskGiB`, tagged for the DLM snapshot policy, created empty or
 * from `servicesBox.restoreFrom` (snapshot_id), kept when the instance goes. Attached by {@link attachTo} once the
 * instance exists; its stable device paths are {@link devices}.
 */
export class AwsServicesBoxDisk extends Construct {
  /** The volume. */
  readonly volume: EbsVolume;

  constructor(scope: Construct, id: string, props: AwsServicesBoxDiskProps) {
    super(scope, id);
    const { topology } = props;
    const box = topology.servicesBox;
    this.volume = new EbsVolume(this, 'volume', {
      availabilityZone: props.availabilityZone,
      type: 'gp3',
      size: box.diskGiB,
      encrypted: true,
      ...(topology.settings.kmsKeyArn ? { kmsKeyId: topology.settings.kmsKeyArn } : {}),
      ...(box.restoreFrom ? { snapshotId: box.restoreFrom } : {}),
      // A replaced or deleted volume of a kept installation leaves a last snapshot: a restore that picked the wrong
      // backup can still go back to the data it replaced. A throwaway installation leaves nothing billable behind.
      finalSnapshot: !topology.throwaway,
      tags: { ...roleTags(topology, 'servicesBox', 'data'), ...backupTag(topology) },
      lifecycle: restoreTrigger(this, { restoreFrom: box.restoreFrom, protection: box.protection, sourceAttributes: ['snapshot_id'] }),
    });
  }

  /**
   * Where the volume appears on the box: the NVMe id of Nitro instances (`vol-0abc` as `vol0abc`), else the Xen name.
   */
  get devices(): string[] {
    return [`/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_${Fn.replace(this.volume.id, '-', '')}`, '/dev/xvdf'];
  }

  /** Attaches the volume to the box. */
  attachTo(instanceId: string): VolumeAttachment {
    return new VolumeAttachment(this, 'attachment', {
      deviceName: DEVICE_NAME,
      volumeId: this.volume.id,
      instanceId,
      // A restore replaces the volume: stopping the box first detaches a mounted filesystem cleanly (the box stays
      // stopped until started again, see the README's restore drill).
      stopInstanceBeforeDetaching: true,
    });
  }
}
