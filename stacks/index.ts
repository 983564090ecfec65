export { AwsStack } from './aws-stack';
export { AzureStack } from './azure-stack';
export { GcpStack } from './gcp-stack';
export { addInstallationStack } from './installation-stack';
