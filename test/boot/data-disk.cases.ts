import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bootText } from './documents';
import { Sandbox } from './sandbox';

const { documents } = bootText(['aws'], ['default']);
const servicesBox = documents.find((d) => d.cloud === 'aws' && d.topology === 'default' && d.box === 'services box')!;
const SCRIPT = '/usr/local/sbin/circleci-data-disk';
const UUID = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';

/**
 * The data-disk script in a sandbox: the box's paths it touches (fstab, the mount point, the state folders, the
 * devices) moved under the sandbox, and stubs for the commands that need a real disk. `blkid -p` answers the exit
 * status in blkid-status (2: no signature at all), which mkfs.ext4 sets to 0; mount and mountpoint keep a list of
 * mounted paths. `[ -b` becomes `[ -e`: the sandbox cannot make block devices without root (the structure test
 * checks the script asks for a block device).
 */
class DiskBox {
  readonly sandbox = new Sandbox(servicesBox, 'http://127.0.0.1:9');
  readonly root = this.sandbox.root;

  constructor(blkidStatus: number) {
    const text = servicesBox.config.write_files.find((f) => f.path === SCRIPT)!.content;
    const moved = text
      .replace(/(['\s])\/dev\//g, `$1${this.root}/dev/`)
      .replace(/\/etc\/fstab/g, `${this.root}/etc/fstab`)
      .replace(/\/srv\/circleci-data/g, `${this.root}/srv/circleci-data`)
      .replace(/(\s)\/(var\/lib\/docker|var\/lib\/replicated|data)\b/g, `$1${this.root}/$2`)
      .replace('[ -b "$candidate" ]', '[ -e "$candidate" ]');
    this.sandbox.write(SCRIPT, moved, '0700');
    mkdirSync(join(this.root, 'etc'), { recursive: true });
    writeFileSync(join(this.root, 'etc/fstab'), 'LABEL=cloudimg-rootfs / ext4 defaults 0 1\n');
    writeFileSync(join(this.root, 'blkid-status'), String(blkidStatus));
    writeFileSync(join(this.root, 'mounted'), '');
    writeFileSync(join(this.root, 'uuid'), UUID);
    this.sandbox.stub('blkid', `if [ "$1" = -p ]; then exit "$(cat ${this.root}/blkid-status)"; fi\ncat ${this.root}/uuid`);
    this.sandbox.stub('mkfs.ext4', `echo 0 >${this.root}/blkid-status`);
    this.sandbox.stub('mountpoint', `grep -qx "$2" ${this.root}/mounted`);
    this.sandbox.stub('mount', `echo "$1" >>${this.root}/mounted`);
  }

  /** Puts another disk in place, as a restore does: a filesystem with another UUID. */
  replaceDisk(uuid: string): void {
    writeFileSync(join(this.root, 'uuid'), uuid);
  }

  /** Makes the cloud's second device name appear, as the disk does once attached. */
  attach(): void {
    mkdirSync(join(this.root, 'dev'), { recursive: true });
    writeFileSync(join(this.root, 'dev/xvdf'), '');
  }

  run() {
    return this.sandbox.run(SCRIPT);
  }

  fstab(): string[] {
    return this.sandbox.read('/etc/fstab')!.trimEnd().split('\n');
  }

  calls(name: string): string[] {
    return this.sandbox.calls().filter((call) => call.startsWith(`${name} `));
  }
}

describe('the services box data-disk script, run against stub blkid, mkfs and mount', () => {
  test('GIVEN a new, empty disk WHEN the box first boots THEN it is formatted once, mounted by UUID and each state folder bound from it', async () => {
    const box = new DiskBox(2);
    box.attach();
    expect(await box.run()).toMatchObject({ status: 0 });
    expect(box.calls('mkfs.ext4')).toEqual([`mkfs.ext4 -q -L circleci-data ${box.root}/dev/xvdf`]);
    const data = `${box.root}/srv/circleci-data`;
    expect(box.fstab()).toEqual([
      'LABEL=cloudimg-rootfs / ext4 defaults 0 1',
      `UUID=${UUID} ${data} ext4 defaults,nofail,x-systemd.device-timeout=10min 0 2`,
      `${data}/var-lib-docker ${box.root}/var/lib/docker none bind,nofail,x-systemd.requires-mounts-for=${data} 0 0`,
      `${data}/var-lib-replicated ${box.root}/var/lib/replicated none bind,nofail,x-systemd.requires-mounts-for=${data} 0 0`,
      `${data}/data ${box.root}/data none bind,nofail,x-systemd.requires-mounts-for=${data} 0 0`,
    ]);
    expect(box.calls('mount')).toEqual([`mount ${data}`, `mount ${box.root}/var/lib/docker`, `mount ${box.root}/var/lib/replicated`, `mount ${box.root}/data`]);
  });

  test('GIVEN the disk is set up WHEN the script runs again (a reboot, a hand run after a restore) THEN nothing is formatted, added twice or mounted again', async () => {
    const box = new DiskBox(2);
    box.attach();
    await box.run();
    const fstab = box.fstab();
    expect(await box.run()).toMatchObject({ status: 0 });
    expect(box.calls('mkfs.ext4')).toHaveLength(1);
    // The disk's line is written anew (a restored disk has another UUID), so it may move; systemd orders the binds
    // after it by x-systemd.requires-mounts-for, not by place.
    expect([...box.fstab()].sort()).toEqual([...fstab].sort());
    expect(box.calls('mount')).toHaveLength(4);
  });

  test('GIVEN a restore put another installation’s disk in place WHEN the script is run by hand THEN fstab names the new disk only', async () => {
    const box = new DiskBox(2);
    box.attach();
    await box.run();
    const other = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    box.replaceDisk(other);
    expect(await box.run()).toMatchObject({ status: 0 });
    expect(box.fstab().filter((line) => line.includes(' ext4 defaults,nofail'))).toEqual([`UUID=${other} ${box.root}/srv/circleci-data ext4 defaults,nofail,x-systemd.device-timeout=10min 0 2`]);
  });

  test('GIVEN a disk made from a backup (a filesystem on it) WHEN the box boots THEN it is never formatted', async () => {
    const box = new DiskBox(0);
    box.attach();
    expect(await box.run()).toMatchObject({ status: 0 });
    expect(box.calls('mkfs.ext4')).toEqual([]);
    expect(box.fstab()).toContain(`UUID=${UUID} ${box.root}/srv/circleci-data ext4 defaults,nofail,x-systemd.device-timeout=10min 0 2`);
  });

  test('GIVEN blkid cannot read the disk WHEN the box boots THEN the boot stops without formatting or touching fstab', async () => {
    const box = new DiskBox(4);
    box.attach();
    const run = await box.run();
    expect(run).toMatchObject({ status: 1, output: expect.stringContaining('blkid could not read') });
    expect(box.calls('mkfs.ext4')).toEqual([]);
    expect(box.fstab()).toEqual(['LABEL=cloudimg-rootfs / ext4 defaults 0 1']);
  });

  test('GIVEN an installation made before the data disk (state on the boot disk) WHEN the script first runs THEN that state is copied onto the disk before the bind mount hides it', async () => {
    const box = new DiskBox(2);
    box.attach();
    mkdirSync(join(box.root, 'var/lib/replicated'), { recursive: true });
    writeFileSync(join(box.root, 'var/lib/replicated/license.json'), '{}');
    expect(await box.run()).toMatchObject({ status: 0 });
    expect(existsSync(join(box.root, 'srv/circleci-data/var-lib-replicated/license.json'))).toBe(true);
  });

  test('GIVEN the disk never appears WHEN the box boots THEN the boot stops after the wait, naming the devices it looked for', async () => {
    const box = new DiskBox(2);
    const run = await box.run();
    expect(run).toMatchObject({ status: 1, output: expect.stringMatching(/no data disk at .*\/dev\/xvdf after 10 minutes/) });
    expect(box.calls('sleep')).toHaveLength(120);
    expect(box.calls('mkfs.ext4')).toEqual([]);
  });
});
