import type { Cloud } from '../../cloud';
import type { TerraformJson } from '../terraform/json';
import { readAwsInstallation } from './aws';
import { readAzureInstallation } from './azure';
import { readGcpInstallation } from './gcp';
import type { InstallationSummary } from './summary';

const READERS: Readonly<Record<Cloud, (stack: TerraformJson) => InstallationSummary>> = {
  aws: readAwsInstallation,
  gcp: readGcpInstallation,
  azure: readAzureInstallation,
};

/** A stack's Terraform JSON read back as an installation, in the topology's terms, without the model's help. */
export function readInstallation(stack: TerraformJson, cloud: Cloud): InstallationSummary {
  return READERS[cloud](stack);
}
