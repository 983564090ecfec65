import type { Cloud } from '../../../src/cloud';
import type { TerraformJson } from '../../helpers/synth';
import { profileOf } from '../../../src/clouds';
import { rendered, type Model, type Refusal, type Row } from '../cells';
import { all, installMethod, one, servicesBoxBoot, type Attributes } from '../terraform';
import { RESTORE_FROM } from '../../helpers/restore';
import { byCloud, everywhere } from './helpers';

function boxType(json: TerraformJson, cloud: Cloud): string {
  return byCloud(cloud, {
    aws: () => one(json, 'aws_instance').instance_type,
    gcp: () => one(json, 'google_compute_instance').machine_type,
    azure: () => one(json, 'azurerm_linux_virtual_machine').size,
  });
}

/** The data disk, which holds the box's state. */
function dataDisk(json: TerraformJson, cloud: Cloud): Attributes {
  return byCloud(cloud, {
    aws: () => one(json, 'aws_ebs_volume'),
    gcp: () => all(json, 'google_compute_disk').find((disk) => disk.image === undefined)!,
    azure: () => one(json, 'azurerm_managed_disk'),
  });
}

/** The sizes of the data disk and of the boot disk, which keeps the same size (see the README's "Upgrading"). */
function boxDisk(json: TerraformJson, cloud: Cloud): number[] {
  return byCloud(cloud, {
    aws: () => [one(json, 'aws_ebs_volume').size, one(json, 'aws_instance').root_block_device.volume_size],
    gcp: () => [dataDisk(json, cloud).size, all(json, 'google_compute_disk').find((disk) => disk.image !== undefined)!.size],
    azure: () => [one(json, 'azurerm_managed_disk').disk_size_gb, one(json, 'azurerm_linux_virtual_machine').os_disk.disk_size_gb],
  });
}

/** What the data disk is made from: the backup id, as the cloud's argument holds it. */
function diskSource(json: TerraformJson, cloud: Cloud): unknown {
  const disk = dataDisk(json, cloud);
  return byCloud(cloud, { aws: () => disk.snapshot_id, gcp: () => disk.snapshot, azure: () => [disk.create_option, disk.source_resource_id] });
}

const literally = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));

/** A malformed backup id of a cloud, refused naming the value and what is allowed. */
function malformedBackup(cloud: Cloud, id: string): Refusal {
  const { allowed } = profileOf(cloud).backup.restoreFrom;
  return { patch: { servicesBox: { restoreFrom: { [cloud]: id } } }, message: literally(`is "${id}"; expected ${allowed}`), what: `anything but ${allowed.split(',')[0]}` };
}

const RESTORE_HOW = {
  aws: 'data volume `snapshot_id`; a `terraform_data` marker replaces the volume once (`ignore_changes` on the source, no `prevent_destroy` meanwhile)',
  gcp: 'data disk `snapshot`; replaced once the same way',
  azure: 'data disk `create_option` Copy and `source_resource_id` (a snapshot or a disk); replaced once the same way, its lock lifted meanwhile',
} as const;

const MALFORMED = { aws: 'vol-0123456789abcdef0', gcp: 'ci-services-box-data-20261201', azure: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ci/providers/Microsoft.Compute/images/golden' } as const;

/** servicesBox.restoreFrom.<cloud>: the data disk made from the backup; a malformed id refused. */
function restoreCell(cloud: Cloud): Pick<Row, Cloud> {
  const expected = cloud === 'azure' ? ['Copy', RESTORE_FROM.azure] : RESTORE_FROM[cloud];
  return { [cloud]: rendered('everything', RESTORE_HOW[cloud], (json) => diskSource(json, cloud), expected, { refuses: malformedBackup(cloud, MALFORMED[cloud]) }) };
}

const dlmSchedule = (json: TerraformJson) => one(json, 'aws_dlm_lifecycle_policy').policy_details.schedule[0];
const gcpSnapshots = (json: TerraformJson) => one(json, 'google_compute_resource_policy').snapshot_schedule_policy;
const azurePolicy = (json: TerraformJson) => one(json, 'azurerm_backup_policy_vm');

/** The time of day of a DLM create rule, as HH:MM. */
function dlmTime(rule: { times?: string[]; cron_expression?: string }): string {
  const cron = /^cron\((\d+) (\d+) /.exec(rule.cron_expression ?? '');
  return cron ? `${cron[2].padStart(2, '0')}:${cron[1].padStart(2, '0')}` : String(rule.times?.[0]);
}

/** A disk one GiB above the largest a cloud's services box can have. */
function diskTooLarge(cloud: Cloud): Refusal {
  const { title, disks } = profileOf(cloud);
  return { patch: { servicesBox: { diskGiB: disks.maxGiB + 1 } }, message: new RegExp(`is more than the largest disk the services box can have on ${title} \\(${disks.maxGiB} GiB\\)`), what: `more than ${disks.maxGiB} GiB` };
}

const DISK_HOW = {
  aws: 'data volume `size` (`aws_ebs_volume`), and the root volume',
  gcp: 'data disk `size` (`google_compute_disk`), and the boot disk',
  azure: 'data disk `disk_size_gb` (`azurerm_managed_disk`), and the OS disk',
} as const;

/** servicesBox.diskGiB on each cloud: the disk's size, and a size above the cloud's largest refused. */
function diskCells(): Pick<Row, Cloud> {
  const cell = (cloud: Cloud) => rendered('everything', DISK_HOW[cloud], (json) => boxDisk(json, cloud), [500, 500], { refuses: diskTooLarge(cloud) });
  return { aws: cell('aws'), gcp: cell('gcp'), azure: cell('azure') };
}

const BOX_TYPE_HOW = { aws: '`aws_instance.instance_type`', gcp: '`google_compute_instance.machine_type`', azure: '`azurerm_linux_virtual_machine.size`' } as const;

/** The services box: size, disk, backups, protection. */
export const SERVICES_BOX_ROWS: readonly Row[] = [
  {
    path: 'servicesBox.dailyActiveUsers',
    ...everywhere(
      'alternatives',
      { aws: 'type and data volume size from the table', gcp: 'type and data disk size from the table', azure: 'size and data disk size from the table' },
      (json, { cloud }) => boxDisk(json, cloud),
      ({ resolved }: Model) => [resolved.servicesBox.diskGiB, resolved.servicesBox.diskGiB],
    ),
  },
  {
    path: 'servicesBox.vcpus',
    ...everywhere('everything', BOX_TYPE_HOW, (json, { cloud }) => boxType(json, cloud), ({ resolved }: Model) => resolved.servicesBox.instanceType, {
      otherwise: { servicesBox: { vcpus: 32 } },
    }),
  },
  {
    path: 'servicesBox.memoryGiB',
    ...everywhere('everything', BOX_TYPE_HOW, (json, { cloud }) => boxType(json, cloud), ({ resolved }: Model) => resolved.servicesBox.instanceType, {
      otherwise: { servicesBox: { memoryGiB: 32 } },
    }),
  },
  {
    path: 'servicesBox.diskGiB',
    ...diskCells(),
  },
  {
    path: 'servicesBox.backup.frequency',
    aws: rendered('everything', 'DLM `cron_expression` (weekly) or `interval` 24 h; throwaway: AWS Backup rule `schedule`', (json) => Object.keys(dlmSchedule(json).create_rule), ['cron_expression']),
    gcp: rendered('everything', '`weekly_schedule` or `daily_schedule`', (json) => Object.keys(gcpSnapshots(json).schedule), ['weekly_schedule']),
    azure: rendered('everything', 'backup policy `frequency`', (json) => azurePolicy(json).backup.frequency, 'Weekly'),
  },
  {
    path: 'servicesBox.backup.at',
    aws: rendered('everything', 'DLM `times` / cron hour and minute; throwaway: in the AWS Backup cron', (json) => dlmTime(dlmSchedule(json).create_rule), '01:00'),
    gcp: rendered('everything', 'snapshot schedule `start_time`', (json) => gcpSnapshots(json).schedule.weekly_schedule?.day_of_weeks[0].start_time, '01:00', {
      refuses: { patch: { servicesBox: { backup: { at: '01:30' } } }, message: /must be on the hour on GCP/, what: 'a time off the hour' },
    }),
    azure: rendered('everything', 'backup policy `time`', (json) => azurePolicy(json).backup.time, '01:00', {
      refuses: { patch: { servicesBox: { backup: { at: '01:15' } } }, message: /must be on a multiple of 30 minutes past the hour on Azure/, what: 'a time off :00 / :30' },
    }),
  },
  {
    path: 'servicesBox.backup.weekday',
    aws: rendered('everything', 'day of the DLM cron (throwaway: of the AWS Backup cron)', (json) => / \? \* (\w+) \*\)$/.exec(dlmSchedule(json).create_rule.cron_expression ?? '')?.[1], 'SAT'),
    gcp: rendered('everything', '`weekly_schedule.day_of_weeks`', (json) => gcpSnapshots(json).schedule.weekly_schedule?.day_of_weeks[0].day, 'SATURDAY'),
    azure: rendered('everything', 'backup and retention `weekdays`', (json) => [azurePolicy(json).backup.weekdays, azurePolicy(json).retention_weekly?.weekdays], [['Saturday'], ['Saturday']]),
  },
  {
    path: 'servicesBox.backup.retention',
    aws: rendered('everything', 'DLM `retain_rule.count`; throwaway: AWS Backup `delete_after` (count x days between backups)', (json) => dlmSchedule(json).retain_rule.count, 12),
    gcp: rendered('everything', '`max_retention_days` (count x days between snapshots)', (json) => gcpSnapshots(json).retention_policy.max_retention_days, 12 * 7),
    azure: rendered('everything', '`retention_weekly.count` / `retention_daily.count`', (json) => azurePolicy(json).retention_weekly?.count, 12, {
      refuses: { patch: { servicesBox: { backup: { retention: 3 } } }, message: /at least 7 for daily backups on Azure/, what: 'fewer than 7 daily backups' },
    }),
  },
  {
    path: 'servicesBox.protection',
    aws: rendered('alternatives', '`disable_api_termination` and `prevent_destroy` (box, data volume, Elastic IP)', (json) => [one(json, 'aws_instance').disable_api_termination, one(json, 'aws_instance').lifecycle.prevent_destroy, one(json, 'aws_ebs_volume').lifecycle.prevent_destroy], [false, false, false]),
    gcp: rendered('alternatives', '`deletion_protection` and `prevent_destroy` (VM, disks, addresses)', (json) => [one(json, 'google_compute_instance').deletion_protection, ...all(json, 'google_compute_disk').map((disk) => disk.lifecycle.prevent_destroy)], [false, false, false]),
    azure: rendered('alternatives', 'CanNotDelete locks (VM, data disk) and `prevent_destroy`', (json) => [all(json, 'azurerm_management_lock').length, one(json, 'azurerm_linux_virtual_machine').lifecycle.prevent_destroy, one(json, 'azurerm_managed_disk').lifecycle.prevent_destroy], [0, false, false]),
  },
  {
    path: 'servicesBox.install.method',
    ...everywhere(
      'everything',
      { aws: 'user data runs `circleci-install` (Replicated installer by default), or nothing for `none`', gcp: 'the same, in `user-data` metadata', azure: 'the same, in custom data' },
      (json, { cloud }) => installMethod(servicesBoxBoot(cloud, json), 'get.replicated.com'),
      'none',
    ),
  },
  {
    path: 'servicesBox.install.commands',
    ...everywhere('alternatives', { aws: 'the lines of `circleci-install`', gcp: 'the same', azure: 'the same' }, (json, { cloud }) => servicesBoxBoot(cloud, json).includes('bash /opt/mirror/replicated.sh no-proxy'), true),
  },
  { path: 'servicesBox.restoreFrom.aws', ...restoreCell('aws') },
  { path: 'servicesBox.restoreFrom.gcp', ...restoreCell('gcp') },
  { path: 'servicesBox.restoreFrom.azure', ...restoreCell('azure') },
];
