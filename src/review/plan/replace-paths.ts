import type { PathStep } from './plan';

// Provider schemas name attributes in snake_case, so a step with other characters can only be a map key.
const ATTRIBUTE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A path into a resource as Terraform users write it: `ami`, `root_block_device[0].volume_size`,
 * `tags["circleci-role"]`.
 */
export function renderPath(path: readonly PathStep[]): string {
  return path.reduce<string>((text, step, index) => {
    if (typeof step === 'number') return `${text}[${step}]`;
    if (!ATTRIBUTE_NAME.test(step)) return `${text}[${JSON.stringify(step)}]`;
    return index === 0 ? step : `${text}.${step}`;
  }, '');
}
