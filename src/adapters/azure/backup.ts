import { BackupPolicyVm, type BackupPolicyVmConfig } from '@cdktf/provider-azurerm/lib/backup-policy-vm';
import { BackupProtectedVm } from '@cdktf/provider-azurerm/lib/backup-protected-vm';
import { RecoveryServicesVault } from '@cdktf/provider-azurerm/lib/recovery-services-vault';
import { Construct } from 'constructs';
import { TopologyError } from '../../topology/errors';
import type { ResolvedTopology } from '../../topology/resolved';
import { azureName, tagsFor } from './names';
import { WEEKDAY_NAMES } from '../../topology/fields';

/** Props of {@link AzureServicesBoxBackup}. */
export interface AzureServicesBoxBackupProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Resource group of the vault. */
  readonly resourceGroupName: string;
  /** The services box VM's id. */
  readonly vmId: string;
}

/** Azure Backup keeps daily recovery points for at least 7 days. */
const MIN_DAILY_RETENTION = 7;
/** Azure requires 5 days of instant restore snapshots for a weekly policy; 2 is its default for a daily one. */
const INSTANT_RESTORE_DAYS = { daily: 2, weekly: 5 };

/** The schedule and retention of the topology's backup, in Azure Backup's terms. */
function schedule(topology: ResolvedTopology<'azure'>): Pick<BackupPolicyVmConfig, 'backup' | 'retentionDaily' | 'retentionWeekly' | 'instantRestoreRetentionDays'> {
  const backup = topology.servicesBox.backup;
  if (!/:(00|30)$/.test(backup.at)) {
    throw TopologyError.at(['servicesBox', 'backup', 'at'], backup.at, 'must be on the hour or half hour on Azure (Azure Backup schedules in 30-minute steps)');
  }
  if (backup.frequency === 'weekly') {
    const weekday = WEEKDAY_NAMES[backup.weekday];
    return {
      backup: { frequency: 'Weekly', time: backup.at, weekdays: [weekday] },
      retentionWeekly: { count: backup.retention, weekdays: [weekday] },
      instantRestoreRetentionDays: INSTANT_RESTORE_DAYS.weekly,
    };
  }
  if (backup.retention < MIN_DAILY_RETENTION) {
    throw TopologyError.at(['servicesBox', 'backup', 'retention'], backup.retention, `must be at least ${MIN_DAILY_RETENTION} for daily backups on Azure`);
  }
  return {
    backup: { frequency: 'Daily', time: backup.at },
    retentionDaily: { count: backup.retention },
    instantRestoreRetentionDays: INSTANT_RESTORE_DAYS.daily,
  };
}

/**
 * Backups of the services box without downtime: a Recovery Services vault, a VM backup policy on the topology's
 * schedule (times in UTC, as the topology writes them) and the box as a protected item.
 */
export class AzureServicesBoxBackup extends Construct {
  constructor(scope: Construct, id: string, props: AzureServicesBoxBackupProps) {
    super(scope, id);
    const { topology, resourceGroupName } = props;
    const vault = new RecoveryServicesVault(this, 'vault', {
      name: azureName(topology, 'backup'),
      resourceGroupName,
      location: topology.region,
      sku: 'Standard',
      // Soft delete keeps deleted backups for 14 days; a throwaway installation turns it off so that it can be
      // destroyed at once (a vault holding soft-deleted items cannot be deleted).
      softDeleteEnabled: !topology.throwaway,
      tags: tagsFor(topology, 'servicesBox'),
    });
    const policy = new BackupPolicyVm(this, 'policy', {
      name: azureName(topology, 'services-box'),
      resourceGroupName,
      recoveryVaultName: vault.name,
      timezone: 'UTC',
      ...schedule(topology),
    });
    new BackupProtectedVm(this, 'protected_vm', {
      resourceGroupName,
      recoveryVaultName: vault.name,
      sourceVmId: props.vmId,
      backupPolicyId: policy.id,
    });
  }
}
