export { AzureInstallation, type AzureInstallationProps } from './installation';
export type { ExistingAzureSubnets } from './network';
