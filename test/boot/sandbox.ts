import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BootDocument } from './documents';

/** The real endpoints the boot scripts call, and the path on the fake cloud each stands for. */
const ENDPOINTS: readonly [string, string][] = [
  ['http://169.254.169.254', ''],
  ['http://metadata.google.internal', ''],
  ['https://iamcredentials.googleapis.com', '/iam'],
  ['https://secretmanager.googleapis.com', '/secretmanager'],
];

/** The result of running a script. */
export interface Run {
  readonly status: number;
  readonly output: string;
}

/**
 * A box's files under a temporary root: every file the cloud-config writes, with its absolute paths (/etc/circleci,
 * /usr/local/sbin, /run, /var/lib/circleci) and the clouds' endpoints moved into the sandbox and onto the fake
 * cloud, and stub commands ahead of the real ones on PATH. Each stub appends its name and arguments to calls.log.
 */
export class Sandbox {
  readonly root = mkdtempSync(join(tmpdir(), 'boot-'));
  readonly bin = join(this.root, 'bin');
  readonly tmp = join(this.root, 'tmp');
  readonly log = join(this.root, 'calls.log');

  constructor(
    document: BootDocument,
    private readonly cloudUrl: string,
  ) {
    mkdirSync(this.bin, { recursive: true });
    mkdirSync(this.tmp, { recursive: true });
    mkdirSync(join(this.root, 'run'), { recursive: true });
    writeFileSync(this.log, '');
    for (const file of document.config.write_files) this.write(file.path, file.content, file.permissions);
    // Stubs that only record: sleep (retries run at once), logger, and a curl that records its arguments.
    this.stub('sleep', 'exit 0');
    this.stub('logger', 'exit 0');
    this.stub('curl', 'exec /usr/bin/curl "$@"');
  }

  /** A path of the box, inside the sandbox. */
  path(boxPath: string): string {
    return join(this.root, boxPath.replace(/^\/usr\/local\/sbin\//, '/sbin/'));
  }

  /** Rewrites a box's text to the sandbox's paths and the fake cloud's endpoints. */
  rewrite(text: string): string {
    let out = text
      .replace(/\/usr\/local\/sbin\//g, `${this.root}/sbin/`)
      .replace(/(^|[\s"'=:(<>])\/(etc\/circleci|run|var\/lib\/circleci)\b/g, (_all, before: string, dir: string) => `${before}${this.root}/${dir}`);
    for (const [real, fake] of ENDPOINTS) out = out.split(real).join(`${this.cloudUrl}${fake}`);
    return out;
  }

  /** Writes a file of the box (rewritten) into the sandbox. */
  write(boxPath: string, content: string, permissions = '0644'): void {
    const file = this.path(boxPath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, this.rewrite(content));
    chmodSync(file, Number.parseInt(permissions, 8));
  }

  /** A stub command on PATH: records its arguments, then runs `body` (sh). */
  stub(name: string, body: string): void {
    const file = join(this.bin, name);
    writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' "${name} $*" >>${this.log}\n${body}\n`);
    chmodSync(file, 0o755);
  }

  /** The stubs' calls, one line each. */
  calls(): string[] {
    return readFileSync(this.log, 'utf8').split('\n').filter((line) => line !== '');
  }

  read(boxPath: string): string | undefined {
    const file = this.path(boxPath);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  }

  /** Every file under a box folder (relative names), to find leftovers. */
  list(boxDir: string): string[] {
    const dir = this.path(boxDir);
    return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
  }

  /** Runs a command of the box with the stubs first on PATH; never blocks the event loop (the fake cloud answers). */
  run(command: string, args: readonly string[] = [], env: Readonly<Record<string, string>> = {}): Promise<Run> {
    return new Promise((resolve) => {
      const child = spawn(this.rewrite(command), [...args], {
        env: { PATH: `${this.bin}:/usr/bin:/bin`, TMPDIR: this.tmp, HOME: this.root, CIRCLECI_RETRY_SECONDS: '0', ...env },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (status) => resolve({ status: status ?? -1, output }));
    });
  }
}
