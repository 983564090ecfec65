import type { TerraformStack } from 'cdktf';

/**
 * The Terraform the stack needs: 1.11 for write-only arguments, which keep the secrets' values out of state (and 1.10
 * for the S3 backend's own lock file). An older Terraform stops at init with a message saying so, rather than at an
 * argument it does not know.
 */
export const REQUIRED_TERRAFORM = '>= 1.11.0';

/** Declares {@link REQUIRED_TERRAFORM} in the stack's terraform block. */
export function requireTerraform(stack: TerraformStack): void {
  stack.addOverride('terraform.required_version', REQUIRED_TERRAFORM);
}
