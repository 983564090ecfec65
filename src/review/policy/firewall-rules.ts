import { awsRules } from './firewall-aws';
import { azureRules } from './firewall-azure';
import { gcpRules } from './firewall-gcp';
import type { RenderedRule } from './firewall-rule';
import type { TerraformJson } from './terraform-json';

/** Every allowing firewall rule of a stack, on whichever clouds its resources belong to. */
export function renderedRules(stack: TerraformJson): RenderedRule[] {
  return [...awsRules(stack), ...gcpRules(stack), ...azureRules(stack)];
}
