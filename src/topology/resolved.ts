import type { Arch, Cloud } from '../cloud';
import type { FirewallMatrix } from '../firewall/model';
import type { FleetPlan } from '../sizing/types';
import type { SecretRef, Weekday } from './fields';
import type { TopologySpec } from './schema';
import type { InstallChoice } from './schema/install';

/** A secret as one cloud's adapter renders it: a sensitive variable to create, or an existing secret's id. */
export type CloudSecret =
  /** A sensitive variable, stored write-only: `version` is what tells Terraform the value changed. */
  | { readonly kind: 'variable'; readonly variable: string; readonly version: number }
  | { readonly kind: 'existing'; readonly id: string };

/** The services box as one cloud builds it. */
export interface ResolvedServicesBox {
  /** Instance type / machine type / VM size. */
  readonly instanceType: string;
  /** Its vCPUs. */
  readonly vcpus: number;
  /** Its memory, GiB. */
  readonly memoryGiB: number;
  /** Data / root disk size, GiB. */
  readonly diskGiB: number;
  /** Fixed private IP, when the topology or its subnet gives one. */
  readonly privateIp?: string;
  /** Image / AMI override; otherwise the latest Ubuntu LTS. */
  readonly image?: string;
  /** The instance type's CPU architecture, which the default image must match. */
  readonly arch: Arch;
  /** Snapshot schedule. */
  readonly backup: TopologySpec['servicesBox']['backup'];
  /** Termination / deletion protection and prevent_destroy. */
  readonly protection: boolean;
  /** How the box gets CircleCI's services. */
  readonly install: InstallChoice;
  /** The backup the data disk is created from, when the topology restores one on this cloud. */
  readonly restoreFrom?: string;
  /** On-demand cost per hour, USD (catalog region prices). */
  readonly hourlyUsd: number;
  /** Where the size came from, in words, e.g. "CircleCI table for <50 daily active users". */
  readonly sizedBy: string;
}

/** Working-hours scaling resolved into builder counts. */
export interface ResolvedSchedule {
  /** IANA time zone. */
  readonly timezone: string;
  /** Working days. */
  readonly days: readonly Weekday[];
  /** Start of the working day, HH:MM. */
  readonly start: string;
  /** End of the working day, HH:MM. */
  readonly end: string;
  /** Builders during working hours. */
  readonly workingBuilders: number;
  /** Builders outside working hours (may be 0). */
  readonly offHoursBuilders: number;
  /** Fraction of the week that is working hours. */
  readonly workingShareOfWeek: number;
}

/** The builder fleet as one cloud builds it. */
export interface ResolvedBuilders {
  /** The sizing plan: instance type, containers per builder, builders, cost. */
  readonly plan: FleetPlan;
  /** The one instance type of the plan. */
  readonly instanceType: string;
  /** Containers each builder runs (CIRCLE_NUM_CONTAINERS). */
  readonly containersPerBuilder: number;
  /** CPUs per container (CIRCLE_CONTAINER_CPUS). */
  readonly containerCpus: number;
  /** Memory per container in GiB (CIRCLE_CONTAINER_MEMORY_LIMIT is `${n}G`). */
  readonly containerMemoryGiB: number;
  /** Desired builders (working hours when scheduled). */
  readonly desired: number;
  /** Group minimum. */
  readonly min: number;
  /** Group maximum. */
  readonly max: number;
  /** Spot settings, when builders run on spot. */
  readonly spot?: { readonly onDemandBase: number; readonly alternatives: readonly string[] };
  /** Working-hours schedule, when set. */
  readonly schedule?: ResolvedSchedule;
  /** Seconds a builder may take to drain with circle-shutdown. */
  readonly drainTimeoutSeconds: number;
  /** How builders get the CircleCI builder. */
  readonly install: InstallChoice;
  /** Image / AMI override; otherwise the latest Ubuntu LTS. */
  readonly image?: string;
  /** The CPU architecture of every type the fleet may run, which the default image must match. */
  readonly arch: Arch;
  /** Estimated cost per month, USD, with the schedule applied and on-demand prices. */
  readonly monthlyUsd: number;
}

/** The certificate as one cloud renders it. */
export type ResolvedCertificate =
  | { readonly mode: 'provided'; readonly privateKey: CloudSecret; readonly chain: CloudSecret }
  | { readonly mode: 'self-signed'; readonly validityDays: number };

/**
 * Everything one cloud's adapter needs, with every default applied and every choice made: plain data, no
 * constructs. Adapters read only this; the cloud's own section is under `settings`.
 */
export interface ResolvedTopology<C extends Cloud = Cloud> {
  /** The cloud. */
  readonly cloud: C;
  /** Resource name prefix. */
  readonly name: string;
  /** Hostname of the installation. */
  readonly domain: string;
  /** Region (AWS, GCP) or location (Azure). */
  readonly region: string;
  /** The cloud's own section of the topology file, with defaults. */
  readonly settings: NonNullable<TopologySpec[C]>;
  /** A throwaway installation. */
  readonly throwaway: boolean;
  /** Tags / labels for every resource. */
  readonly tags: Readonly<Record<string, string>>;
  /** The firewall matrix with its peers' CIDRs. */
  readonly firewall: FirewallMatrix;
  /** The services box. */
  readonly servicesBox: ResolvedServicesBox;
  /** The builder fleet. */
  readonly builders: ResolvedBuilders;
  /** DNS zone and record. */
  readonly dns: { readonly zone: string; readonly create: boolean; readonly ttl: number; readonly recordName: string };
  /** TLS certificate. */
  readonly certificate: ResolvedCertificate;
  /** GitHub OAuth app. */
  readonly github: { readonly clientId: string; readonly clientSecret: CloudSecret; readonly callbackUrl: string; readonly enterpriseServer?: string };
  /** CIRCLE_SECRET_PASSPHRASE. */
  readonly secretPassphrase: CloudSecret;
  /** Administrator SSH access. */
  readonly ssh: { readonly username: string; readonly publicKeys: readonly string[] };
  /** Policy findings accepted on purpose. */
  readonly acknowledgements: readonly { readonly rule: string; readonly reason: string }[];
}

/** Resolves a topology secret reference for one cloud. */
export function cloudSecret(ref: SecretRef, cloud: Cloud): CloudSecret {
  if ('variable' in ref) return { kind: 'variable', variable: ref.variable, version: ref.version };
  const id = ref.existing[cloud];
  if (!id) throw new Error(`secret reference has no ${cloud} entry (validation should have caught this)`);
  return { kind: 'existing', id };
}
