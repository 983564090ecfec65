import { z } from 'zod';

/**
 * How a box gets its CircleCI part. `documented` follows CircleCI Enterprise's own instructions (the Replicated
 * installer on the services box, CircleCI's provision and init-builder scripts on builders); `commands` runs the
 * operator's own shell lines instead (an internal mirror, a pinned version); `none` installs nothing, for an image
 * that already holds CircleCI. Commands run as root with the box's settings (and, on builders, the passphrase)
 * in the environment, under `set -euo pipefail`: a failing line fails the boot.
 */
export function installSchema(box: string) {
  return z
    .discriminatedUnion('method', [
      z.strictObject({ method: z.literal('documented') }),
      z.strictObject({
        method: z.literal('commands'),
        commands: z
          .array(z.string().min(1).max(4096))
          .min(1)
          .max(100)
          .meta({ description: `Shell lines that install and start CircleCI on the ${box}, run in order at first boot.` }),
      }),
      z.strictObject({ method: z.literal('none') }),
    ])
    .default({ method: 'documented' })
    .meta({ description: `How the ${box} gets CircleCI: documented (CircleCI's own installer), commands (the operator's own), or none (the image holds it).` });
}

/** The install choice of one box, as validated. */
export type InstallChoice = z.output<ReturnType<typeof installSchema>>;
