import { UBUNTU_SSH_RULES } from '../ubuntu';
import type { CloudProfile } from '../profile';
import { AWS_IMAGES } from './images';
import { AWS_REGIONS } from './regions';

/** AWS as the kit knows it. */
export const AWS_PROFILE: CloudProfile = {
  cloud: 'aws',
  title: 'AWS',
  offerCheck: (region, type) => `aws ec2 describe-instance-type-offerings --region ${region} --filters Name=instance-type,Values=${type}`,
  regions: AWS_REGIONS,
  images: AWS_IMAGES,
  // The keys go to authorized_keys through cloud-init (no EC2 key pair), so Ubuntu's sshd decides.
  ssh: UBUNTU_SSH_RULES,
  // gp3 volumes are 1 GiB to 16 TiB.
  disks: { maxGiB: 16384, source: 'docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html (gp3)', asOf: '2026-12-06' },
  reservedAddresses: { first: 4, last: 1, words: 'AWS reserves its first four addresses and the last' },
  drain: {
    minSeconds: 30,
    maxSeconds: 7200,
    defaultSeconds: 3600,
    mechanism: 'a lifecycle hook holds a terminating builder for its heartbeat timeout, 30 s to 7,200 s',
    source: 'docs.aws.amazon.com/autoscaling/ec2/APIReference/API_PutLifecycleHook.html (HeartbeatTimeout)',
    asOf: '2026-12-06',
  },
  backup: {
    startStepMinutes: 1,
    minDailyRetention: 1,
    // Both take any minute in their EventBridge cron and keep a single backup if asked.
    service: 'Data Lifecycle Manager (AWS Backup for a throwaway installation)',
    // Snapshot ids are snap- and 8 or 17 hex digits (docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Snapshot.html).
    restoreFrom: { pattern: /^snap-([0-9a-f]{8}|[0-9a-f]{17})$/, allowed: 'an EBS snapshot id, snap- and 8 or 17 hex digits' },
    source: 'docs.aws.amazon.com/dlm/latest/APIReference/API_CreateRule.html (Times: hh:mm); docs.aws.amazon.com/aws-backup/latest/devguide/API_BackupRule.html (ScheduleExpression)',
    asOf: '2026-12-06',
  },
  spotAlternatives: {
    when: 'always',
    why: 'a mixed instances policy lists further types beside an on-demand base',
    source: 'docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html',
    asOf: '2026-12-06',
  },
  platformAllowances: [],
  requiredApis: [],
  prerequisites: [],
};
