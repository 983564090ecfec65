import { AZURE_PROFILE } from '../../src/clouds/azure';
import { ECDSA_P256, ECDSA_P384, ECDSA_P521, ED25519, RSA_1024, RSA_2048 } from '../helpers/ssh-keys';
import { issueAt, issuesOf, resolvedFor, topologySpec } from '../helpers/topology';

/** The default topology on AWS and GCP only. */
const WITHOUT_AZURE = { clouds: ['aws', 'gcp'], azure: undefined };
const AWS_ONLY = { clouds: ['aws'], gcp: undefined, azure: undefined };

describe('SSH keys: each parses, and each selected cloud takes its type and size', () => {
  it('GIVEN a key that does not parse THEN it is refused at its index, showing its type and never the key', () => {
    const broken = `ssh-ed25519 ${ED25519.split(' ')[1].slice(0, 67)} admin@example.com`;
    const issue = issueAt({ ssh: { publicKeys: [ED25519, broken] } }, 'ssh.publicKeys[1]');
    expect(issue).toEqual({ path: 'ssh.publicKeys[1]', value: 'ssh-ed25519', message: expect.stringMatching(/not base64/) });
  });

  it('GIVEN an ECDSA key with Azure selected THEN it is refused, naming Azure and what it accepts, showing type and comment only', () => {
    const issue = issueAt({ ssh: { publicKeys: [ED25519, ECDSA_P256] } }, 'ssh.publicKeys[1]');
    expect(issue.value).toBe('ecdsa-sha2-nistp256 … ecdsa@example.com');
    expect(issue.message).toBe('is an ecdsa-sha2-nistp256 key; Azure accepts only ssh-ed25519 and ssh-rsa (2048 bits or more)');
  });

  it.each([
    ['P-256', ECDSA_P256],
    ['P-384', ECDSA_P384],
    ['P-521', ECDSA_P521],
  ])('GIVEN an ECDSA %s key on AWS and GCP only THEN it is accepted', (_, key) => {
    expect(topologySpec({ ...WITHOUT_AZURE, ssh: { publicKeys: [key] } }).ssh.publicKeys).toEqual([key]);
  });

  it('GIVEN a 1024-bit RSA key with Azure selected THEN it is refused, naming the size Azure needs', () => {
    const issue = issueAt({ ssh: { publicKeys: [RSA_1024] } }, 'ssh.publicKeys[0]');
    expect(issue.message).toBe('is a 1024-bit ssh-rsa key; Azure accepts only ssh-ed25519 and ssh-rsa (2048 bits or more)');
    expect(issue.value).toBe('ssh-rsa … old@example.com');
  });

  it('GIVEN a 1024-bit RSA key on AWS and GCP only THEN it is accepted (sshd takes 1024 bits)', () => {
    expect(topologySpec({ ...WITHOUT_AZURE, ssh: { publicKeys: [RSA_1024] } }).ssh.publicKeys).toEqual([RSA_1024]);
  });

  it('GIVEN a 2048-bit RSA key on all three clouds THEN it is accepted', () => {
    expect(topologySpec({ ssh: { publicKeys: [RSA_2048] } }).ssh.publicKeys).toEqual([RSA_2048]);
  });
});

describe("ssh.username against each selected cloud's reserved names and length", () => {
  it('GIVEN admin with Azure selected THEN it is refused, naming Azure and why', () => {
    expect(issueAt({ ssh: { username: 'admin' } }, 'ssh.username')).toEqual({
      path: 'ssh.username',
      value: 'admin',
      message: "is reserved on Azure (Azure refuses it as an administrator's name); choose another, e.g. circleci",
    });
  });

  it('GIVEN admin on AWS only THEN it is accepted: AWS reserves only the Ubuntu system accounts', () => {
    expect(topologySpec({ ...AWS_ONLY, ssh: { username: 'admin' } }).ssh.username).toBe('admin');
  });

  it('GIVEN an Ubuntu system account on AWS only THEN it is refused, saying the image already has it', () => {
    expect(issueAt({ ...AWS_ONLY, ssh: { username: 'sshd' } }, 'ssh.username').message).toBe(
      'is reserved on AWS (the Ubuntu image already has this account, so the administrator would not be created); choose another, e.g. circleci',
    );
  });

  it('GIVEN a 33-character name THEN it is refused on every cloud; 32 characters are accepted', () => {
    expect(issueAt({ ...AWS_ONLY, ssh: { username: 'a'.repeat(33) } }, 'ssh.username').message).toBe(
      "is 33 characters long; an administrator's name may have at most 32 characters on AWS",
    );
    expect(issueAt({ ssh: { username: 'a'.repeat(33) } }, 'ssh.username').message).toMatch(/at most 32 characters on AWS, GCP and Azure$/);
    expect(topologySpec({ ssh: { username: 'a'.repeat(32) } }).ssh.username).toHaveLength(32);
  });
});

describe("servicesBox.diskGiB against each selected cloud's largest disk", () => {
  it('GIVEN 4096 GiB with Azure selected THEN it is refused, naming Azure and its limit; 4095 is accepted', () => {
    expect(issueAt({ servicesBox: { diskGiB: 4096 } }, 'servicesBox.diskGiB')).toEqual({
      path: 'servicesBox.diskGiB',
      value: 4096,
      message: 'is more than the largest disk the services box can have on Azure (4095 GiB); set servicesBox.diskGiB to 4095 or less',
    });
    expect(topologySpec({ servicesBox: { diskGiB: 4095 } }).servicesBox.diskGiB).toBe(4095);
  });

  it('GIVEN 16384 GiB on AWS and GCP THEN it is accepted; 16385 is refused naming AWS, and accepted on GCP alone', () => {
    expect(topologySpec({ ...WITHOUT_AZURE, servicesBox: { diskGiB: 16384 } }).servicesBox.diskGiB).toBe(16384);
    expect(issueAt({ ...WITHOUT_AZURE, servicesBox: { diskGiB: 16385 } }, 'servicesBox.diskGiB').message).toMatch(/on AWS \(16384 GiB\)/);
    expect(topologySpec({ clouds: ['gcp'], aws: undefined, azure: undefined, servicesBox: { diskGiB: 16385 } }).servicesBox.diskGiB).toBe(16385);
  });

  it('GIVEN no diskGiB THEN the size the daily-active-users table gives is the one checked', () => {
    // No cloud's largest disk is below the table's largest (2048 GiB) today, so Azure's is lowered for this test.
    const lowered = jest.replaceProperty(AZURE_PROFILE, 'disks', { ...AZURE_PROFILE.disks, maxGiB: 1000 });
    try {
      expect(issueAt({ servicesBox: { dailyActiveUsers: 6000, diskGiB: undefined } }, 'servicesBox.diskGiB').message).toBe(
        'is not set, and the 2048 GiB servicesBox.dailyActiveUsers gives is more than the largest disk the services box can have on Azure (1000 GiB); set servicesBox.diskGiB to 1000 or less',
      );
      expect(topologySpec({ servicesBox: { dailyActiveUsers: 1000, diskGiB: undefined } }).servicesBox.dailyActiveUsers).toBe(1000);
    } finally {
      lowered.restore();
    }
  });
});

describe('builders.schedule.timezone is an IANA time zone on every cloud', () => {
  it.each([
    ['America/NewYork', 'is not a time zone in the IANA database; did you mean America/New_York?'],
    ['europe/berlin', 'is not a time zone in the IANA database; did you mean Europe/Berlin?'],
    ['Mars/Olympus', 'is not a time zone in the IANA database; write it as listed there, e.g. Europe/Berlin, America/New_York or UTC'],
  ])('GIVEN %s on AWS only THEN it is refused, with an example', (timezone, message) => {
    expect(issueAt({ ...AWS_ONLY, builders: { schedule: { timezone } } }, 'builders.schedule.timezone')).toEqual({ path: 'builders.schedule.timezone', value: timezone, message });
  });

  it.each(['Etc/GMT+5', 'America/Argentina/Buenos_Aires', 'Antarctica/Troll', 'UTC'])('GIVEN %s on AWS and GCP THEN it is accepted', (timezone) => {
    expect(topologySpec({ ...WITHOUT_AZURE, builders: { schedule: { timezone } } }).builders.schedule?.timezone).toBe(timezone);
  });

  it('GIVEN an unknown zone with Azure selected THEN it is reported once, not again for its missing Windows name', () => {
    const issues = issuesOf({ builders: { schedule: { timezone: 'America/NewYork' } } }).filter((issue) => issue.path === 'builders.schedule.timezone');
    expect(issues.map((issue) => issue.message)).toEqual(['is not a time zone in the IANA database; did you mean America/New_York?']);
  });
});

describe('the profile rules are reported together with the rest', () => {
  it('GIVEN a bad key, a reserved name, a too large disk and an unknown zone THEN all four are reported at once', () => {
    const issues = issuesOf({
      ssh: { username: 'root', publicKeys: [ECDSA_P256] },
      servicesBox: { diskGiB: 5000 },
      builders: { schedule: { timezone: 'Europe/Berln' } },
    });
    expect(issues.map((issue) => issue.path).sort()).toEqual(['builders.schedule.timezone', 'servicesBox.diskGiB', 'ssh.publicKeys[0]', 'ssh.username']);
  });
});

describe('Drain time and backup schedule, per cloud', () => {
  test('GIVEN no drain time WHEN resolved THEN each cloud gets an hour or the most it allows', () => {
    expect(resolvedFor('aws').builders.drainTimeoutSeconds).toBe(3600);
    expect(resolvedFor('azure').builders.drainTimeoutSeconds).toBe(900);
    expect(resolvedFor('gcp').builders.drainTimeoutSeconds).toBe(90);
  });

  test('GIVEN a drain time of an hour and all three clouds WHEN validated THEN GCP and Azure refuse it, each saying what it allows', () => {
    const messages = issuesOf({ builders: { drainTimeoutSeconds: 3600 } }).map((issue) => `${issue.path}: ${issue.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^builders\.drainTimeoutSeconds: is outside what GCP allows: a deleted VM runs its shutdown script for about 90 s/),
      expect.stringMatching(/^builders\.drainTimeoutSeconds: is outside what Azure allows: .*at most 15 minutes/),
    ]);
  });

  test('GIVEN a drain time of two hours on AWS alone WHEN validated THEN it is accepted and rendered as the hook’s heartbeat', () => {
    expect(resolvedFor('aws', { clouds: ['aws'], gcp: undefined, azure: undefined, builders: { drainTimeoutSeconds: 7200 } }).builders.drainTimeoutSeconds).toBe(7200);
  });

  test('GIVEN a backup at 01:30 WHEN validated with GCP and Azure THEN GCP refuses it (on the hour only) and Azure takes it', () => {
    const issues = issuesOf({ servicesBox: { backup: { at: '01:30' } } });
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([expect.stringMatching(/^servicesBox\.backup\.at: must be on the hour on GCP/)]);
    expect(issuesOf({ servicesBox: { backup: { at: '01:10' } } }).map((issue) => issue.message)).toEqual([
      expect.stringMatching(/on the hour on GCP/),
      expect.stringMatching(/on a multiple of 30 minutes past the hour on Azure/),
    ]);
  });
});
