import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootText, scriptsOf } from './documents';
import { describeWithTool } from './tools';

// GIVEN every box's cloud-config on every cloud, for the default topology and the one with every option
const { documents, shutdownScripts } = bootText();

describeWithTool('shellcheck', 'shellcheck finds nothing in any boot script', () => {
  const distinct = [...new Map(documents.map((d) => [d.text, d])).values()];
  const scripts = [...distinct.flatMap(scriptsOf).filter((s) => s.interpreter !== 'python3'), ...shutdownScripts];
  test(`${scripts.length} scripts, runcmd and GCP shutdown scripts among them`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'boot-shellcheck-'));
    const files = scripts.map((script, i) => {
      const file = join(dir, `script-${i}.sh`);
      writeFileSync(file, script.text);
      return file;
    });
    // WHEN shellcheck reads them all (every severity) THEN it reports nothing. SC1091 ("not following" a sourced
    // file) is left out: the sourced files are environment files the same cloud-config writes, data, not scripts.
    const output = await new Promise<string>((resolve) => execFile('shellcheck', ['--format=gcc', '--exclude=SC1091', ...files], (_error, stdout, stderr) => resolve(stdout + stderr)));
    expect(output.replace(/^\S*script-(\d+)\.sh/gm, (_all, i: string) => scripts[Number(i)].name)).toBe('');
  });
});
const each = (filter: (d: (typeof documents)[number]) => boolean = () => true) => documents.filter(filter).map((d) => [d.name, d] as const);
const unit = (d: (typeof documents)[number], name: string) => d.config.write_files.find((f) => f.path === `/etc/systemd/system/${name}`)?.content;

describe('boot steps that must succeed stop the boot loudly', () => {
  test.each(each())('%s', (_name, document) => {
    const runcmd = document.config.runcmd;
    // runcmd is one sh script: `set -eu` first makes cloud-init report a failed step instead of running on
    expect(runcmd[0]).toBe('set -eu');
    // and no line may `exit`: that would end every step after it (the AWS CLI loop once skipped the drain timer)
    expect(runcmd.filter((line) => /(^|[;&|]\s*)exit\b/.test(line))).toEqual([]);
  });
});

describe('secrets are fetched on every boot and again on a timer, so rotation reaches running boxes', () => {
  test.each(each())('%s', (_name, document) => {
    const service = unit(document, 'circleci-secrets.service');
    expect(service).toContain('WantedBy=multi-user.target');
    // A oneshot that stayed active would ignore its timer.
    expect(service).not.toContain('RemainAfterExit=yes');
    expect(unit(document, 'circleci-secrets.timer')).toMatch(/OnUnitInactiveSec=\S+/);
    expect(document.config.runcmd).toEqual(expect.arrayContaining(['systemctl enable --now circleci-secrets.service', 'systemctl enable --now circleci-secrets.timer']));
    expect(document.config.runcmd.join('\n')).not.toMatch(/fetch-secret|key-vault-secret/);
  });
});

describe('builders that block instance metadata from build containers have Docker', () => {
  test.each(each((d) => d.box === 'builders'))('%s', (_name, document) => {
    expect(unit(document, 'block-metadata-from-containers.service')).toContain('Requires=docker.service');
    expect(document.config.packages).toContain('docker.io');
  });
});

describe('every box installs and starts its CircleCI part as the topology says', () => {
  const install = (d: (typeof documents)[number]) => d.config.write_files.find((f) => f.path === '/usr/local/sbin/circleci-install')?.content;

  test.each(each((d) => d.topology === 'default'))('%s: documented by default', (_name, document) => {
    const script = install(document)!;
    expect(document.config.runcmd[document.config.runcmd.length - 1]).toBe('/usr/local/sbin/circleci-install');
    if (document.box === 'services box') expect(script).toContain('https://get.replicated.com/docker');
    else {
      expect(script).toMatch(/provision-builder\.sh[\s\S]*init-builder\.sh/);
      expect(script).toContain('[ -n "$CIRCLE_SECRET_PASSPHRASE" ]');
      // the builder's own addresses, which init-builder finds itself only on EC2 and not at all for a private builder
      expect(script).toMatch(/CIRCLE_PRIVATE_IP=[\s\S]*CIRCLE_PUBLIC_IP=[\s\S]*export CIRCLE_PRIVATE_IP CIRCLE_PUBLIC_IP[\s\S]*init-builder\.sh/);
    }
  });

  test.each(each((d) => d.topology === 'all-options'))('%s: the operator’s commands, or nothing', (_name, document) => {
    if (document.box === 'services box') expect(install(document)).toBeUndefined();
    else expect(install(document)).toContain('https://mirror.build.example.org/circleci/init-builder-0.2.sh');
  });
});

describe('the services box keeps its state on its data disk, mounted before anything installs', () => {
  const file = (d: (typeof documents)[number], path: string) => d.config.write_files.find((f) => f.path === path)?.content;
  test.each(each((d) => d.box === 'services box'))('%s', (_name, document) => {
    const script = file(document, '/usr/local/sbin/circleci-data-disk')!;
    const runcmd = document.config.runcmd;
    // before the install (or, without one, before the secrets start), so Docker's first files land on the disk
    expect(runcmd.indexOf('/usr/local/sbin/circleci-data-disk')).toBeGreaterThan(0);
    expect(runcmd.indexOf('/usr/local/sbin/circleci-data-disk')).toBeLessThan(runcmd.indexOf('systemctl enable --now circleci-secrets.service'));
    // waits for a block device (the run test in data-disk.cases.ts stands a file in for it)
    expect(script).toContain('if [ -b "$candidate" ]; then device=$candidate; break 2; fi');
    // formatted only when blkid finds no signature at all (exit 2): a restored disk is never formatted
    expect(script).toMatch(/blkid -p "\$device"[\s\S]*if \[ "\$status" -eq 2 \]; then\n\s*mkfs\.ext4/);
    expect(script.match(/mkfs/g)).toHaveLength(1);
    // mounted by filesystem UUID, the same on a disk made from a snapshot; each state folder bound from it
    expect(script).toContain('echo "UUID=$uuid /srv/circleci-data ext4');
    for (const dir of ['/var/lib/docker', '/var/lib/replicated', '/data']) expect(script).toMatch(new RegExp(`^bind ${dir} /srv/circleci-data/`, 'm'));
    // Docker, and every CircleCI service with it, never starts on the boot disk's empty folders
    expect(file(document, '/etc/systemd/system/docker.service.d/circleci-data.conf')).toBe('[Unit]\nRequiresMountsFor=/var/lib/docker /var/lib/replicated /data\n');
  });
});
