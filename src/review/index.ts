// Review of synthesized stacks: read back from the Terraform JSON alone, in the topology's terms.

export { reviewStack, type FirewallReview, type StackReview, type StackReviewInput } from './review-stack';
export { renderStackMarkdown } from './render-markdown';
export { stackReviewJson, type StackReviewJson } from './render-json';
export { readInstallation } from './installation/read';
export { installationFacts, type InstallationFact, type InstallationPart } from './installation/facts';
export type { BackupSummary, BuilderFleetSummary, CertificateMode, InstallationSummary, ScheduleSummary, ServicesBoxSummary } from './installation/summary';
export { firewallRules, readFirewall } from './firewall/read';
export { compareFirewall, type DifferenceKind, type FirewallComparison, type FirewallDifference, type PlatformRuleSeen } from './firewall/compare';
export { PLATFORM_ALLOWANCES, type CloudPlatformAllowance } from './firewall/platform';
export type { RecoveredDeny, RecoveredEntry, RecoveredFirewall } from './firewall/recovered';
export type { RecoveredPeer, StackRule } from './firewall/rule';
export { tableRules } from './firewall/table-rules';
export { estimateCost, type CloudComparison, type CostEstimate, type PricedPart } from './cost';
export { installationDiagram } from './diagram';
export { outDir, readStack, stackFile, staleness, type Freshness } from './stack-files';
export { synthesize } from './synthesize';
export { ReviewInputError, readTextFile } from './input-file';
export { reviewPlan, type PlanReviewFailure, type PlanReviewReport } from './plan';
