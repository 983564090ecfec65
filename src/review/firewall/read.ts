import type { Cloud } from '../../cloud';
import type { TerraformJson } from '../policy/terraform-json';
import { readAwsFirewall } from './aws';
import { readAzureFirewall } from './azure';
import { readGcpFirewall } from './gcp';
import type { RecoveredFirewall } from './recovered';

const READERS: Readonly<Record<Cloud, (stack: TerraformJson) => RecoveredFirewall>> = {
  aws: readAwsFirewall,
  gcp: readGcpFirewall,
  azure: readAzureFirewall,
};

/** A stack's firewall read from its security group / firewall / NSG resources alone. */
export function readFirewall(stack: TerraformJson, cloud: Cloud): RecoveredFirewall {
  return READERS[cloud](stack);
}
