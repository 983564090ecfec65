export { AwsInstallation, type AwsInstallationProps } from './installation';
export { type AwsExistingNetwork } from './network';
