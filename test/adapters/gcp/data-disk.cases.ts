import { RESTORE_FROM, RESTORE_PATCH } from '../../helpers/restore';
import { onlyResource, resourcesOf, synthCloud, type TerraformJson } from '../../helpers/synth';
import { parse } from 'yaml';

type Json = Record<string, any>;

const dataDiskOf = (json: TerraformJson): [string, Json] => {
  const found = Object.entries(resourcesOf(json, 'google_compute_disk')).find(([, d]) => d.name === 'ci-services-box-data');
  if (!found) throw new Error('no data disk');
  return found as [string, Json];
};

describe('GCP services box data disk', () => {
  const json = synthCloud('gcp');
  const [diskName, disk] = dataDiskOf(json);
  const instance = onlyResource(json, 'google_compute_instance') as Json;

  it('GIVEN the default topology WHEN synthesized THEN a balanced disk of diskGiB in the box zone, protected, attached as circleci-data', () => {
    expect(disk).toMatchObject({ size: 200, type: 'pd-balanced', zone: 'us-central1-b', labels: { 'circleci-role': 'services-box' } });
    expect(disk.snapshot).toBeUndefined();
    expect(disk.image).toBeUndefined();
    const [markerName, marker] = Object.entries(resourcesOf(json, 'terraform_data'))[0];
    expect(marker).toMatchObject({ lifecycle: { ignore_changes: ['input'] } });
    expect(disk.lifecycle).toEqual({ prevent_destroy: true, ignore_changes: ['snapshot'], replace_triggered_by: [`terraform_data.${markerName}`] });
    expect(instance.attached_disk).toEqual([{ source: `\${google_compute_disk.${diskName}.self_link}`, device_name: 'circleci-data', mode: 'READ_WRITE' }]);
  });

  it('GIVEN the default topology WHEN synthesized THEN the snapshot schedule covers the data disk and follows it through a replacement', () => {
    const attachment = (Object.values(resourcesOf(json, 'google_compute_disk_resource_policy_attachment')) as Json[]).find((a) => a.disk.includes(diskName));
    expect(attachment?.lifecycle).toEqual({ replace_triggered_by: [`google_compute_disk.${diskName}`] });
  });

  it('GIVEN the default topology WHEN synthesized THEN the boot text mounts the disk by its device name before the install', () => {
    const config = parse(instance.metadata['user-data']) as { runcmd: string[]; write_files: { path: string; content: string }[] };
    expect(config.write_files.find((f) => f.path === '/usr/local/sbin/circleci-data-disk')?.content).toContain("'/dev/disk/by-id/google-circleci-data'");
    expect(config.runcmd.indexOf('/usr/local/sbin/circleci-data-disk')).toBeLessThan(config.runcmd.indexOf('/usr/local/sbin/circleci-install'));
  });

  it('GIVEN servicesBox.restoreFrom WHEN synthesized THEN the disk is made from the snapshot, replaced through the marker', () => {
    const restored = synthCloud('gcp', RESTORE_PATCH);
    const [, fromBackup] = dataDiskOf(restored);
    const [markerName, marker] = Object.entries(resourcesOf(restored, 'terraform_data'))[0];
    expect(marker).toMatchObject({ input: { backup: RESTORE_FROM.gcp } });
    expect(marker.lifecycle).toBeUndefined();
    expect(fromBackup.snapshot).toBe(RESTORE_FROM.gcp);
    expect(fromBackup.lifecycle).toEqual({ prevent_destroy: false, ignore_changes: ['snapshot'], replace_triggered_by: [`terraform_data.${markerName}`] });
  });
});
