import { spawnSync } from 'node:child_process';

/** Whether a command is on PATH: the linters are Debian packages `.ci/run` installs, which a laptop may lack. */
export function hasTool(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * `describe` when the tool is there; otherwise a describe named "skipped: <tool> not installed" whose one test is
 * skipped, so that the report says the check did not run instead of counting it as passed.
 */
export function describeWithTool(tool: string, name: string, body: () => void): void {
  if (hasTool(tool)) describe(name, body);
  else describe(`${name} (skipped: ${tool} not installed; apt-get install ${tool}, as .ci/run does)`, () => test.skip(`${tool} is not installed`, () => undefined));
}
