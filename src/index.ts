// The public API of the kit, for other CDKTF apps and tools: what is not re-exported here is internal.

export { CLOUDS, ARCHITECTURES, HOURS_PER_MONTH, type Cloud, type Arch } from './cloud';

export {
  topologySchema,
  parseTopology,
  parseTopologyText,
  loadTopologyFile,
  resolveTopology,
  resolveAll,
  TopologyError,
  type TopologySpec,
  type TopologyInput,
  type TopologyIssue,
  type ResolvedTopology,
  type ResolvedServicesBox,
  type ResolvedBuilders,
  type ResolvedSchedule,
  type ResolvedCertificate,
  type CloudSecret,
  type SecretRef,
} from './topology';

export {
  planFleet,
  compareClouds,
  containersPerBuilder,
  servicesBoxTier,
  SizingError,
  DEFAULT_CONTAINER,
  DEFAULT_RESERVE,
  type Shape,
  type FleetRequest,
  type FleetPlan,
  type FleetPool,
  type FleetBasis,
  type CloudFleet,
  type ServicesBoxSize,
} from './sizing';
export { catalogFor, findInstanceType, type InstanceCatalog, type InstanceCategory, type InstanceType, type PriceSource } from './catalog';

export {
  buildMatrix,
  matrixTables,
  firewallEntries,
  ruleCidrs,
  Port,
  parsePort,
  formatPort,
  ROLES,
  ROLE_TAG,
  SEED_RULES,
  BOOT_RULES,
  DEFAULT_RULE_NAMES,
  type FirewallMatrix,
  type FirewallRule,
  type FirewallEntry,
  type MatrixChanges,
  type CidrPeer,
  type PortRange,
  type Protocol,
  type Direction,
  type RoleName,
  type RuleOrigin,
} from './firewall';

export { AwsInstallation, type AwsInstallationProps, type AwsExistingNetwork } from './adapters/aws';
export { GcpInstallation, type GcpInstallationProps, type ExistingGcpNetwork } from './adapters/gcp';
export { AzureInstallation, type AzureInstallationProps, type ExistingAzureSubnets } from './adapters/azure';
export { sizingPlanOutput } from './adapters/shared/sizing-output';

export { AwsStack, GcpStack, AzureStack, addInstallationStack } from '../stacks';
export { terraformModule, writeTerraformModules } from '../stacks/module-output';
export { REQUIRED_TERRAFORM, requireTerraform } from '../stacks/terraform-version';
