import type { z } from 'zod';
import { CLOUDS } from '../../cloud';
import { profileOf, type CloudProfile } from '../../clouds';
import { UBUNTU_SYSTEM_ACCOUNTS } from '../../clouds/ubuntu';
import { servicesBoxDiskGiB } from '../../sizing/services-box';
import { SHOWN_VALUE } from '../fields';
import { readSshPublicKey, shownKey, type SshPublicKey } from '../ssh-key';
import type { TopologySpec } from './index';

type Ctx = z.RefinementCtx;

/** Items in words: `a`, `a and b`, `a, b and c`. */
function inWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function titles(profiles: readonly CloudProfile[]): string {
  return inWords(profiles.map((profile) => profile.title));
}

/** The keys a cloud takes, in words: `ssh-ed25519 and ssh-rsa (2048 bits or more)`. */
function acceptedKeys(profile: CloudProfile): string {
  const { keyTypes, minRsaBits } = profile.ssh;
  return inWords(keyTypes.map((type) => (type === 'ssh-rsa' ? `ssh-rsa (${minRsaBits} bits or more)` : type)));
}

function keyFault(profile: CloudProfile, key: SshPublicKey): string | undefined {
  const accepts = `${profile.title} accepts only ${acceptedKeys(profile)}`;
  if (!profile.ssh.keyTypes.includes(key.type)) return `is an ${key.type} key; ${accepts}`;
  if (key.type === 'ssh-rsa' && key.bits < profile.ssh.minRsaBits) return `is a ${key.bits}-bit ssh-rsa key; ${accepts}`;
  return undefined;
}

/** Each key against each selected cloud; a key that does not parse has its problem reported by its field already. */
function checkKeys(ctx: Ctx, keys: readonly string[], profiles: readonly CloudProfile[]): void {
  keys.forEach((text, index) => {
    const reading = readSshPublicKey(text);
    if (!reading.ok) return;
    for (const profile of profiles) {
      const message = keyFault(profile, reading.key);
      if (message) ctx.addIssue({ code: 'custom', path: ['ssh', 'publicKeys', index], message, params: { [SHOWN_VALUE]: shownKey(reading.key) } });
    }
  });
}

function checkUsername(ctx: Ctx, username: string, profiles: readonly CloudProfile[]): void {
  const reserving = profiles.filter((profile) => profile.ssh.reservedUsernames.includes(username));
  if (reserving.length > 0) {
    const why = UBUNTU_SYSTEM_ACCOUNTS.includes(username)
      ? 'the Ubuntu image already has this account, so the administrator would not be created'
      : `${titles(reserving)} refuses it as an administrator's name`;
    ctx.addIssue({ code: 'custom', path: ['ssh', 'username'], message: `is reserved on ${titles(reserving)} (${why}); choose another, e.g. circleci` });
  }
  const tooLong = profiles.filter((profile) => username.length > profile.ssh.maxUsernameLength);
  if (tooLong.length > 0) {
    const limits = [...new Set(tooLong.map((profile) => profile.ssh.maxUsernameLength))].sort((a, b) => a - b);
    const takes = limits.map((limit) => `${limit} characters on ${titles(tooLong.filter((profile) => profile.ssh.maxUsernameLength === limit))}`);
    ctx.addIssue({ code: 'custom', path: ['ssh', 'username'], message: `is ${username.length} characters long; an administrator's name may have at most ${inWords(takes)}` });
  }
}

/** The disk the services box gets, given or from the daily-active-users table, against each cloud's largest. */
function checkDisk(ctx: Ctx, box: TopologySpec['servicesBox'], profiles: readonly CloudProfile[]): void {
  const size = servicesBoxDiskGiB(box);
  const tooSmall = profiles.filter((profile) => size > profile.disks.maxGiB).sort((a, b) => a.disks.maxGiB - b.disks.maxGiB);
  if (tooSmall.length === 0) return;
  const largest = `the largest disk the services box can have on ${inWords(tooSmall.map((profile) => `${profile.title} (${profile.disks.maxGiB} GiB)`))}`;
  const fix = `set servicesBox.diskGiB to ${tooSmall[0].disks.maxGiB} or less`;
  const message = box.diskGiB === undefined
    ? `is not set, and the ${size} GiB servicesBox.dailyActiveUsers gives is more than ${largest}; ${fix}`
    : `is more than ${largest}; ${fix}`;
  ctx.addIssue({ code: 'custom', path: ['servicesBox', 'diskGiB'], message });
}

/** A drain time the topology gives, against how long each selected cloud lets a removed builder drain. */
function checkDrain(ctx: Ctx, seconds: number | undefined, profiles: readonly CloudProfile[]): void {
  if (seconds === undefined) return;
  for (const profile of profiles) {
    const { minSeconds, maxSeconds, mechanism } = profile.drain;
    if (seconds < minSeconds || seconds > maxSeconds) {
      ctx.addIssue({ code: 'custom', path: ['builders', 'drainTimeoutSeconds'], message: `is outside what ${profile.title} allows: ${mechanism}; leave it out for ${profile.drain.defaultSeconds} s there` });
    }
  }
}

/** The services box's snapshot schedule against what each selected cloud's schedule can express. */
function checkBackup(ctx: Ctx, backup: TopologySpec['servicesBox']['backup'], profiles: readonly CloudProfile[]): void {
  const minute = Number(backup.at.slice(3));
  for (const profile of profiles) {
    const { startStepMinutes, minDailyRetention, service } = profile.backup;
    if (minute % startStepMinutes !== 0) {
      const steps = startStepMinutes === 60 ? 'on the hour' : `on a multiple of ${startStepMinutes} minutes past the hour`;
      ctx.addIssue({ code: 'custom', path: ['servicesBox', 'backup', 'at'], message: `must be ${steps} on ${profile.title} (${service} start ${steps})` });
    }
    if (backup.frequency === 'daily' && backup.retention < minDailyRetention) {
      ctx.addIssue({ code: 'custom', path: ['servicesBox', 'backup', 'retention'], message: `must be at least ${minDailyRetention} for daily backups on ${profile.title} (${service} keeps daily points that long)` });
    }
  }
}

/** Further spot types asked for, against whether each selected cloud's fleet can run them with this base. */
function checkSpotAlternatives(ctx: Ctx, spot: TopologySpec['builders']['spot'], profiles: readonly CloudProfile[]): void {
  if (!spot?.enabled || spot.alternatives === undefined || spot.alternatives === 0) return;
  for (const profile of profiles) {
    const { when, why } = profile.spotAlternatives;
    if (when === 'always' || (when === 'all-spot' && spot.onDemandBase === 0)) continue;
    const allowed = when === 'all-spot' ? 'only with builders.spot.onDemandBase 0' : '0 or left out';
    ctx.addIssue({ code: 'custom', path: ['builders', 'spot', 'alternatives'], message: `must be ${allowed} on ${profile.title}: ${why}` });
  }
}

/** What each selected cloud's profile says an administrator's login, the disk, a drain and the backups may be. */
export function profileRuleChecks(spec: TopologySpec, ctx: Ctx): void {
  const profiles = CLOUDS.filter((cloud) => spec.clouds.includes(cloud)).map(profileOf);
  checkKeys(ctx, spec.ssh.publicKeys, profiles);
  checkUsername(ctx, spec.ssh.username, profiles);
  checkDisk(ctx, spec.servicesBox, profiles);
  checkDrain(ctx, spec.builders.drainTimeoutSeconds, profiles);
  checkBackup(ctx, spec.servicesBox.backup, profiles);
  checkSpotAlternatives(ctx, spec.builders.spot, profiles);
}
