import type { Cloud } from '../../cloud';
import type { TerraformJson } from '../terraform/json';
import { awsFirewallRules } from './aws';
import { azureFirewallRules } from './azure';
import { gcpFirewallRules } from './gcp';
import { recoverFirewall, type RecoveredFirewall } from './recovered';
import type { StackRule } from './rule';

const READERS: Readonly<Record<Cloud, (stack: TerraformJson) => StackRule[]>> = {
  aws: awsFirewallRules,
  gcp: gcpFirewallRules,
  azure: azureFirewallRules,
};

/** A stack's firewall rules read from its security group / firewall / NSG resources alone, on one cloud or on all. */
export function firewallRules(stack: TerraformJson, cloud?: Cloud): StackRule[] {
  return cloud ? READERS[cloud](stack) : Object.values(READERS).flatMap((read) => read(stack));
}

/** A stack's firewall as the comparison with the matrix takes it. */
export function readFirewall(stack: TerraformJson, cloud: Cloud): RecoveredFirewall {
  return recoverFirewall(firewallRules(stack, cloud));
}
