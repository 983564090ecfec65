import { parse } from 'yaml';
import { RESTORE_FROM, RESTORE_PATCH } from '../../helpers/restore';
import { resourcesOf } from '../../helpers/synth';
import { fileOf, only, ref, synthAws } from './support';

describe('AWS services box data volume', () => {
  const json = synthAws();
  const [volumeName, volume] = only(json, 'aws_ebs_volume');

  test('GIVEN the default topology WHEN synthesized THEN an encrypted gp3 volume of diskGiB in the box subnet zone, protected and tagged for the DLM policy', () => {
    expect(volume).toMatchObject({ type: 'gp3', size: 200, encrypted: true, final_snapshot: true });
    expect(volume.availability_zone).toBe(ref('aws_subnet', Object.keys(resourcesOf(json, 'aws_subnet'))[0], 'availability_zone'));
    expect(volume.snapshot_id).toBeUndefined();
    // the restore marker is there from the start, its input ignored while no restore is asked for (see restore-trigger.ts)
    const [markerName, marker] = only(json, 'terraform_data');
    expect(marker).toEqual({ lifecycle: { ignore_changes: ['input'] } });
    expect(volume.lifecycle).toEqual({ prevent_destroy: true, ignore_changes: ['snapshot_id'], replace_triggered_by: [`terraform_data.${markerName}`] });
    const [, policy] = only(json, 'aws_dlm_lifecycle_policy');
    const targetTags = (policy.policy_details as { target_tags: Record<string, string> }).target_tags;
    expect(volume.tags).toMatchObject(targetTags);
  });

  test('GIVEN the default topology WHEN synthesized THEN the volume is attached to the box, which stops before a detach', () => {
    const [, attachment] = only(json, 'aws_volume_attachment');
    const [boxName] = only(json, 'aws_instance');
    expect(attachment).toEqual({
      device_name: '/dev/sdf',
      volume_id: ref('aws_ebs_volume', volumeName, 'id'),
      instance_id: ref('aws_instance', boxName, 'id'),
      stop_instance_before_detaching: true,
    });
  });

  test('GIVEN the default topology WHEN synthesized THEN the boot text mounts the volume by its NVMe id before the install', () => {
    const config = parse(String(only(json, 'aws_instance')[1].user_data)) as { runcmd: string[]; write_files: { path: string; content: string }[] };
    const script = fileOf(config as never, '/usr/local/sbin/circleci-data-disk');
    expect(script).toContain(`'/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_\${replace(aws_ebs_volume.${volumeName}.id, "-", "")}'`);
    expect(config.runcmd.indexOf('/usr/local/sbin/circleci-data-disk')).toBeLessThan(config.runcmd.indexOf('/usr/local/sbin/circleci-install'));
    expect(config.runcmd.indexOf('/usr/local/sbin/circleci-data-disk')).toBeGreaterThan(0);
  });

  test('GIVEN servicesBox.restoreFrom WHEN synthesized THEN the volume is made from the snapshot, replaced through the marker\'s changed input, without prevent_destroy', () => {
    const restored = synthAws(RESTORE_PATCH);
    const [, disk] = only(restored, 'aws_ebs_volume');
    const [markerName, marker] = only(restored, 'terraform_data');
    expect(disk.snapshot_id).toBe(RESTORE_FROM.aws);
    expect(marker).toEqual({ input: { backup: RESTORE_FROM.aws } });
    expect(disk.lifecycle).toEqual({ prevent_destroy: false, ignore_changes: ['snapshot_id'], replace_triggered_by: [`terraform_data.${markerName}`] });
  });
});
