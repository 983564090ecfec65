import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { SecretManagerSecretIamMember } from '@cdktf/provider-google/lib/secret-manager-secret-iam-member';
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountIamMember } from '@cdktf/provider-google/lib/service-account-iam-member';
import { Construct } from 'constructs';
import type { RoleName } from '../../firewall/model';
import { ROLE_SLUGS } from '../shared/naming';
import type { GcpSecret } from './secrets';
import { accountId } from './naming';

/**
 * Access scopes a box's own token carries. Secret Manager accepts only the `cloud-platform` scope, and a VM with that
 * scope can call every Google API its service account has roles on. Instead the VM gets the `iam` scope, which the
 * IAM Credentials API accepts for generateAccessToken: with it the box mints a short-lived `cloud-platform` token
 * for a second service account that holds nothing but secretAccessor on the box's own secrets. The VM's own token is
 * then limited to logs, metrics and minting that one reader's token.
 */
export const VM_SCOPES = [
  'https://www.googleapis.com/auth/logging.write',
  'https://www.googleapis.com/auth/monitoring.write',
  'https://www.googleapis.com/auth/iam',
] as const;

/** Project roles a box's own service account holds: its logs and metrics, nothing else. */
const VM_PROJECT_ROLES = ['roles/logging.logWriter', 'roles/monitoring.metricWriter'] as const;

/** Props of RoleIdentity. */
export interface RoleIdentityProps {
  /** Resource name prefix (topology name). */
  readonly prefix: string;
  /** The GCP project. */
  readonly project: string;
  /** The role whose boxes run as this identity. */
  readonly role: RoleName;
}

/**
 * A role's identity: the service account its VMs run as (not the default compute account) and the secret reader
 * it may impersonate. Secrets are granted one by one with `allowRead`.
 */
export class RoleIdentity extends Construct {
  /** The service account the role's VMs run as. */
  readonly vm: ServiceAccount;
  /** The service account that may read the role's secrets; VMs reach it only by impersonation. */
  readonly secretReader: ServiceAccount;

  constructor(scope: Construct, id: string, props: RoleIdentityProps) {
    super(scope, id);
    const slug = ROLE_SLUGS[props.role];
    this.vm = new ServiceAccount(this, 'vm', {
      accountId: accountId(props.prefix, slug),
      displayName: `CircleCI ${slug} (${props.prefix})`,
      description: `Identity of the ${slug} VMs: logs, metrics, and impersonating their secret reader`,
    });
    this.secretReader = new ServiceAccount(this, 'secret_reader', {
      accountId: accountId(props.prefix, slug, 'secrets'),
      displayName: `CircleCI ${slug} secret reader (${props.prefix})`,
      description: `Reads only the secrets of the ${slug}; impersonated by the ${slug} VMs at boot`,
    });
    const vmMember = `serviceAccount:${this.vm.email}`;
    for (const role of VM_PROJECT_ROLES) {
      new ProjectIamMember(this, role.replace(/\W+/g, '_'), { project: props.project, role, member: vmMember });
    }
    new ServiceAccountIamMember(this, 'impersonate_secret_reader', {
      serviceAccountId: this.secretReader.name,
      role: 'roles/iam.serviceAccountTokenCreator',
      member: vmMember,
    });
  }

  /** Lets the role's secret reader read one secret, and nothing else in Secret Manager. */
  allowRead(secret: GcpSecret): SecretManagerSecretIamMember {
    return new SecretManagerSecretIamMember(this, `read_${secret.node.id}`, {
      secretId: secret.secretId,
      role: 'roles/secretmanager.secretAccessor',
      member: `serviceAccount:${this.secretReader.email}`,
    });
  }
}
