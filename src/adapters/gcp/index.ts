export { GcpInstallation, type GcpInstallationProps } from './installation';
export type { ExistingGcpNetwork } from './network';
