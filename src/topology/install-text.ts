import type { InstallChoice } from './schema/install';

/** A box's install choice in a few words, for `validate` and the review. */
export function describeInstall(choice: InstallChoice, box: 'services box' | 'builders'): string {
  if (choice.method === 'none') return 'none (the image holds CircleCI)';
  if (choice.method === 'commands') return `the topology's ${choice.commands.length} command${choice.commands.length === 1 ? '' : 's'}`;
  return box === 'services box' ? 'documented (Replicated installer, then the admin console on 8800)' : 'documented (CircleCI provision-builder and init-builder)';
}
