import type { InstallReading } from './boot-settings';

/** How often the services box's disk is snapshotted, as the topology writes it. */
export type BackupFrequency = 'daily' | 'weekly';

/** The services box's snapshot schedule read from the stack. */
export interface BackupSummary {
  /** The resource holding the schedule. */
  readonly resource: string;
  /** Daily or weekly; null when the schedule is neither. */
  readonly frequency: BackupFrequency | null;
  /** Day of a weekly snapshot (MON..SUN); null for a daily one. */
  readonly weekday: string | null;
  /** Time of day, HH:MM UTC; null when the stack does not say. */
  readonly at: string | null;
  /** Snapshots kept; null when the stack does not say. */
  readonly retention: number | null;
}

/** What keeps the services box from being deleted by accident. */
export interface ProtectionSummary {
  /** AWS termination protection, GCP deletion protection, or an Azure CanNotDelete lock on the VM. */
  readonly deletionProtection: boolean;
  /** Terraform's `lifecycle.prevent_destroy` on the VM. */
  readonly preventDestroy: boolean;
}

/** The services box as the stack renders it. */
export interface ServicesBoxSummary {
  /** Terraform address of the VM; null when the stack has none. */
  readonly resource: string | null;
  /** Instance type / machine type / VM size. */
  readonly instanceType: string | null;
  /** Size of the disk holding the installation's state, GiB. */
  readonly diskGiB: number | null;
  /** Fixed private IP, when the stack fixes one. */
  readonly privateIp: string | null;
  /** Terraform address of the static public address (Elastic IP, external address, public IP). */
  readonly publicAddress: string | null;
  /** Protection against deletion. */
  readonly protection: ProtectionSummary;
  /** The snapshot schedule; null when nothing backs the box up. */
  readonly backup: BackupSummary | null;
  /** How the box gets CircleCI's services, from its boot text; null without boot text. */
  readonly install: InstallReading | null;
  /** The backup its data disk is made from (a restore); null for an empty disk. */
  readonly restoredFrom: string | null;
}

/** A working-hours schedule read from the stack. */
export interface ScheduleSummary {
  /** Working days, MON..SUN. */
  readonly days: readonly string[];
  /** Start of the working day, HH:MM. */
  readonly start: string | null;
  /** End of the working day, HH:MM. */
  readonly end: string | null;
  /** The time zone as the cloud names it (IANA, or Windows names on Azure). */
  readonly timezone: string | null;
}

/** The builder fleet as the stack renders it. */
export interface BuilderFleetSummary {
  /** Terraform address of the group / scale set; null when the stack has none. */
  readonly resource: string | null;
  /** The instance types of the fleet's templates (one for a homogeneous fleet). */
  readonly instanceTypes: readonly string[];
  /** CIRCLE_NUM_CONTAINERS from the builders' boot text; null when absent or not one number. */
  readonly containersPerBuilder: number | null;
  /** Builders in working hours (or always, without a schedule). */
  readonly desired: number | null;
  /** Fewest builders. */
  readonly min: number | null;
  /** Most builders. */
  readonly max: number | null;
  /** Whether some builders may run on spot / preemptible capacity. */
  readonly spot: boolean;
  /** Builders on spot capacity in working hours, where the stack keeps them apart (Azure's spot scale set). */
  readonly spotBuilders?: number | null;
  /** The working-hours schedule; null without one. */
  readonly schedule: ScheduleSummary | null;
  /** How builders drain before they go, e.g. `lifecycle hook (3600 s)`; empty when nothing drains them. */
  readonly drain: readonly string[];
  /** How builders get the CircleCI builder, from their boot text; null without boot text. */
  readonly install: InstallReading | null;
}

/** How the installation's certificate is provided. */
export type CertificateMode = 'provided' | 'self-signed';

/** The installation in the topology's terms, recovered from a stack's Terraform JSON alone. */
export interface InstallationSummary {
  /** The services box. */
  readonly servicesBox: ServicesBoxSummary;
  /** The builders. */
  readonly builders: BuilderFleetSummary;
  /** The DNS record's name (no trailing dot); null when the stack has no record. */
  readonly dnsName: string | null;
  /** Self-signed when the stack generates a certificate (tls_self_signed_cert), provided otherwise. */
  readonly certificate: CertificateMode;
}

/** What a stack without a services box VM yields. */
export const NO_SERVICES_BOX: ServicesBoxSummary = {
  resource: null,
  instanceType: null,
  diskGiB: null,
  privateIp: null,
  publicAddress: null,
  protection: { deletionProtection: false, preventDestroy: false },
  backup: null,
  install: null,
  restoredFrom: null,
};

/** What a stack without a builder group yields. */
export const NO_BUILDERS: BuilderFleetSummary = {
  resource: null,
  instanceTypes: [],
  containersPerBuilder: null,
  desired: null,
  min: null,
  max: null,
  spot: false,
  schedule: null,
  drain: [],
  install: null,
};
