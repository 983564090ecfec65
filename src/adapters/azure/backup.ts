import { BackupPolicyVm, type BackupPolicyVmConfig } from '@cdktf/provider-azurerm/lib/backup-policy-vm';
import { BackupProtectedVm } from '@cdktf/provider-azurerm/lib/backup-protected-vm';
import { RecoveryServicesVault } from '@cdktf/provider-azurerm/lib/recovery-services-vault';
import { Construct } from 'constructs';
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

/** Azure requires 5 days of instant restore snapshots for a weekly policy; 2 is its default for a daily one. */
const INSTANT_RESTORE_DAYS = { daily: 2, weekly: 5 };

/** The schedule and retention of the topology's backup, in Azure Backup's terms. */
function schedule(topology: ResolvedTopology<'azure'>): Pick<BackupPolicyVmConfig, 'backup' | 'retentionDaily' | 'retentionWeekly' | 'instantRestoreRetentionDays'> {
  // The time (on :00 or :30) and a daily retention of at least 7 were checked with the rest of the topology.
  const backup = topology.servicesBox.backup;
  if (backup.frequency === 'weekly') {
    const weekday = WEEKDAY_NAMES[backup.weekday];
    return {
      backup: { frequency: 'Weekly', time: backup.at, weekdays: [weekday] },
      retentionWeekly: { count: backup.retention, weekdays: [weekday] },
      instantRestoreRetentionDays: INSTANT_RESTORE_DAYS.weekly,
    };
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
      // A system-assigned identity, so that the vault acts as itself wherever it needs access (restores to a
      // storage account, a customer-managed key) instead of a shared credential (CKV2_AZURE_35).
      identity: { type: 'SystemAssigned' },
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
