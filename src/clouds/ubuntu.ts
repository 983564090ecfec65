import type { SshRules } from './profile';

/**
 * Accounts the Ubuntu 24.04 LTS server images already hold (base-passwd's static list plus the system users the cloud
 * images add): an administrator of that name would not be created, and its keys would land in the wrong home.
 * Source: Debian/Ubuntu base-passwd `passwd.master` and the noble cloud images' /etc/passwd.
 */
export const UBUNTU_SYSTEM_ACCOUNTS: readonly string[] = [
  'root', 'daemon', 'bin', 'sys', 'sync', 'games', 'man', 'lp', 'mail', 'news', 'uucp', 'proxy', 'www-data', 'backup',
  'list', 'irc', '_apt', 'nobody', 'systemd-network', 'systemd-timesync', 'systemd-resolve', 'messagebus', 'syslog',
  'uuidd', 'tcpdump', 'tss', 'landscape', 'fwupd-refresh', 'polkitd', 'sshd', 'pollinate', 'dnsmasq', 'lxd',
];

/**
 * The longest user name Ubuntu 24.04's useradd takes (shadow 4.13 checks it against utmp's 32-byte ut_user; useradd(8):
 * "Usernames may only be up to 32 characters long"): a longer administrator would not be created.
 */
export const UBUNTU_MAX_USERNAME_LENGTH = 32;

/** The release the default images carry, in every cloud's spelling. */
export const UBUNTU_RELEASE = '24.04 LTS (noble)';

/** What Ubuntu's sshd takes as an administrator's login: OpenSSH 9.6 reads these key types, RSA of 1024 bits and more. */
export const UBUNTU_SSH_RULES: SshRules = {
  keyTypes: ['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'],
  minRsaBits: 1024,
  reservedUsernames: UBUNTU_SYSTEM_ACCOUNTS,
  maxUsernameLength: UBUNTU_MAX_USERNAME_LENGTH,
  source: 'sshd_config(5) RequiredRSASize, OpenSSH 9.6 (Ubuntu 24.04)',
  asOf: '2026-12-06',
};
