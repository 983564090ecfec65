import type { PolicyRule } from '../rule';
import { azurePasswordAuthentication } from './auth-001-azure-password';
import { gcpOsLoginOff } from './auth-002-gcp-os-login';
import { servicesBoxWithoutBackup } from './bak-001-services-box-backup';
import { awsEbsUnencrypted } from './disk-001-aws-ebs-encrypted';
import { azureEncryptionAtHostOff } from './disk-002-azure-encryption-at-host';
import { gcpGoogleManagedKeys } from './disk-003-gcp-customer-keys';
import { buildersWithoutDrain } from './drain-001-builders-drain';
import { gcpDefaultServiceAccount } from './iam-001-gcp-default-identity';
import { broadInstanceIdentity } from './iam-002-broad-identity';
import { imageArchitectureMismatch } from './img-001-image-architecture';
import { azureKeyVaultPurgeable } from './kv-001-azure-purge-protection';
import { imdsV2NotRequired } from './meta-001-imdsv2';
import { builderHopLimit } from './meta-002-hop-limit';
import { metadataReachableFromBuilds } from './meta-003-metadata-blocked';
import { adminPortsOpenToWorld } from './net-001-admin-ports';
import { worldOpenBeyondMatrix } from './net-002-world-open-inbound';
import { worldEgressAllTraffic } from './net-003-world-egress';
import { ruleWithoutDescription } from './net-004-rule-descriptions';
import { hiddenPublicAddress } from './net-005-hidden-public-address';
import { servicesBoxUnprotected } from './prot-001-termination-protection';
import { servicesBoxWithoutPreventDestroy } from './prot-002-prevent-destroy';
import { secretsInBootText } from './sec-001-boot-secrets';
import { privateKeyLiteral } from './sec-002-private-key-literal';
import { secretValueInState } from './sec-003-secret-in-state';
import { gcpShieldedVmOff } from './vm-001-gcp-shielded';

/** The kit's rule pack, in id order: what `runPolicies` applies by default. */
export const POLICY_RULES: readonly PolicyRule[] = [
  azurePasswordAuthentication,
  gcpOsLoginOff,
  servicesBoxWithoutBackup,
  awsEbsUnencrypted,
  azureEncryptionAtHostOff,
  gcpGoogleManagedKeys,
  buildersWithoutDrain,
  gcpDefaultServiceAccount,
  broadInstanceIdentity,
  imageArchitectureMismatch,
  azureKeyVaultPurgeable,
  imdsV2NotRequired,
  builderHopLimit,
  metadataReachableFromBuilds,
  adminPortsOpenToWorld,
  worldOpenBeyondMatrix,
  worldEgressAllTraffic,
  ruleWithoutDescription,
  hiddenPublicAddress,
  servicesBoxUnprotected,
  servicesBoxWithoutPreventDestroy,
  secretsInBootText,
  privateKeyLiteral,
  secretValueInState,
  gcpShieldedVmOff,
];
