import type { Arch, Cloud } from '../cloud';
import type { Direction, RoleName } from '../firewall/model';
import type { PortRange } from '../firewall/ports';

/** Where a fact was read and the date it was current, so a reader can re-check it. */
export interface FactSource {
  /** The public source: provider source file, API document or data file, with its version or commit. */
  readonly source: string;
  /** ISO date (YYYY-MM-DD) the fact was read or current. */
  readonly asOf: string;
}

/** A setting of the account, project or subscription the stacks need but cannot make themselves. */
export interface Prerequisite extends FactSource {
  /** What it is and what needs it, in words. */
  readonly what: string;
  /** The cloud's own command that sets it up, once. */
  readonly command: string;
}

/** One region / location of a cloud, as far as the kit needs to know it. */
export interface RegionFacts {
  /** The cloud's name for it, e.g. us-east-1, europe-west1, westeurope. */
  readonly name: string;
  /** Its availability zones as the cloud names them (Azure: 1, 2, 3); empty where it has none. */
  readonly zones: readonly string[];
  /** The catalog families offered there (the `family` of the kit's catalog rows). */
  readonly families: readonly string[];
  /**
   * Facts the table's source does not give for this region. An empty `zones` or `families` listed here means
   * "not known", not "none": a check must not refuse a zone or a family on the strength of it.
   */
  readonly unsourced?: readonly ('zones' | 'families')[];
}

/** Every region of a cloud the kit knows, with the source of the list. */
export interface RegionTable extends FactSource {
  /** The regions, in the cloud's own order of names. */
  readonly regions: readonly RegionFacts[];
}

/** The images a box boots unless the topology names one, and how to read an image reference back. */
export interface ImageFacts {
  /** The default image for each CPU architecture, in the form the review reads back from the Terraform. */
  readonly ubuntu: Readonly<Record<Arch, string>>;
  /** The architecture an image reference (a name pattern, family or URN the cloud uses) is built for, when it says. */
  archOf(image: string): Arch | undefined;
}

/** What the cloud accepts as an administrator's SSH login. */
export interface SshRules extends FactSource {
  /** OpenSSH key types the cloud takes, e.g. ssh-ed25519, ssh-rsa. */
  readonly keyTypes: readonly string[];
  /** The fewest bits of an RSA key it takes. */
  readonly minRsaBits: number;
  /** User names the cloud refuses for the administrator, lower case. */
  readonly reservedUsernames: readonly string[];
  /** The longest administrator user name the cloud and its image take. */
  readonly maxUsernameLength: number;
}

/** Disk size limits of the disks the kit creates, GiB. */
export interface DiskLimits extends FactSource {
  /** The largest disk the services box's state may live on. */
  readonly maxGiB: number;
}

/** How long the cloud lets a builder that is being removed drain its builds, seconds. */
export interface DrainLimits extends FactSource {
  /** The least the cloud takes. */
  readonly minSeconds: number;
  /** The most the cloud allows. */
  readonly maxSeconds: number;
  /** What the kit uses when the topology says nothing: an hour, or the most the cloud allows. */
  readonly defaultSeconds: number;
  /** The mechanism and its bounds, in words, for messages. */
  readonly mechanism: string;
}

/** What the cloud's snapshot schedule of the services box's disk can express. */
export interface BackupLimits extends FactSource {
  /** Start times are on multiples of this many minutes past the hour (1: any minute). */
  readonly startStepMinutes: number;
  /** The fewest daily snapshots it keeps. */
  readonly minDailyRetention: number;
  /** The schedule's service, for messages. */
  readonly service: string;
  /** Which backup ids `servicesBox.restoreFrom` takes on the cloud: what the data disk can be created from. */
  readonly restoreFrom: RestoreSource;
}

/** The shape of a backup id a data disk can be created from. */
export interface RestoreSource {
  /** The whole id must match. */
  readonly pattern: RegExp;
  /** What is allowed, in words, for messages. */
  readonly allowed: string;
}

/** When the builder fleet can run further instance types on spot besides the plan's own. */
export interface SpotAlternatives extends FactSource {
  /** Always, only when every builder is spot (no on-demand base), or never. */
  readonly when: 'always' | 'all-spot' | 'never';
  /** Why not otherwise, for messages. */
  readonly why: string;
}

/** Traffic a cloud needs opened on purpose beyond the matrix; the review lists it as a platform rule. */
export interface PlatformAllowance {
  /** The rule's name in the stack. */
  readonly name: string;
  /** The role it opens. */
  readonly role: RoleName;
  /** Inbound or outbound. */
  readonly direction: Direction;
  /** The port. */
  readonly port: PortRange;
  /** The networks it is open to, exactly. */
  readonly cidrs: readonly string[];
  /** Why the cloud needs it. */
  readonly why: string;
}

/** Addresses a cloud keeps for itself in every subnet. */
export interface AddressReservation {
  /** How many at the start of the subnet. */
  readonly first: number;
  /** How many at the end. */
  readonly last: number;
  /** The reservation in words, for messages. */
  readonly words: string;
}

/**
 * Every fact about one cloud the kit relies on, once: the adapters, resolve(), validation and the review read them
 * from here. A field is required, so a fourth cloud's profile does not compile until it says each of them.
 */
export interface CloudProfile {
  /** The cloud. */
  readonly cloud: Cloud;
  /** Its name in messages, e.g. AWS. */
  readonly title: string;
  /** The regions the kit knows, with their zones and the families offered. */
  readonly regions: RegionTable;
  /** The cloud's own command that says whether a region offers a type, for regions whose offer the kit lacks. */
  offerCheck(region: string, type: string): string;
  /** Default images by architecture. */
  readonly images: ImageFacts;
  /** What an SSH login may be. */
  readonly ssh: SshRules;
  /** Disk limits. */
  readonly disks: DiskLimits;
  /** What every subnet keeps for the cloud. */
  readonly reservedAddresses: AddressReservation;
  /** How long a builder may drain when it is removed. */
  readonly drain: DrainLimits;
  /** What the services box's snapshot schedule can be. */
  readonly backup: BackupLimits;
  /** Whether spot builders can use further instance types. */
  readonly spotAlternatives: SpotAlternatives;
  /** Firewall openings the cloud's own machinery needs. */
  readonly platformAllowances: readonly PlatformAllowance[];
  /** Service APIs a project or account must have enabled for the stack (empty where the cloud has no such switch). */
  readonly requiredApis: readonly string[];
  /** What the account, project or subscription must have before a first deploy that the stack cannot make itself. */
  readonly prerequisites: readonly Prerequisite[];
}
