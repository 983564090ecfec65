import { DataAzurermClientConfig } from '@cdktf/provider-azurerm/lib/data-azurerm-client-config';
import { DataAzurermResources } from '@cdktf/provider-azurerm/lib/data-azurerm-resources';
import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { KeyVaultSecret } from '@cdktf/provider-azurerm/lib/key-vault-secret';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Sleep } from '@cdktf/provider-time/lib/sleep';
import { Construct } from 'constructs';
import { keyVaultSecretUrl, parseKeyVaultSecretRef } from '../../clouds/azure/key-vault-secret-ref';
import { KEY_VAULT_ROLE_PROPAGATION } from '../../clouds/azure/role-propagation';
import type { RoleName } from '../../firewall/model';
import { parseIpv4Cidr, privateBlockOf } from '../../topology/cidr';
import type { ResolvedTopology } from '../../topology/resolved';
import { ROLE_SLUGS, terraformId } from '../shared/naming';
import { KeyVaultEndpointCheck } from './key-vault-endpoints';
import { keyVaultName, tagsFor } from './names';
import { SECRET_NAMES, secretSources, type SecretName, type SecretSource } from './secret-sources';

/** Props of {@link AzureKeyVault}. */
export interface AzureKeyVaultProps {
  /** The installation. */
  readonly topology: ResolvedTopology<'azure'>;
  /** Resource group of the vault. */
  readonly resourceGroupName: string;
  /** Subnets whose boxes read secrets through the vault's firewall (they need the Microsoft.KeyVault service endpoint). */
  readonly subnetIds: readonly string[];
  /** Whether the subnets are the topology's existing ones (ids known now), which the kit checks for the Key Vault service endpoint instead of adding it. @default false */
  readonly checkServiceEndpoints?: boolean;
}

/** A secret the boxes read at boot. */
export interface StoredSecret {
  /** Key Vault URL of the secret, what a box fetches. */
  readonly url: string;
  /** Azure resource id of the secret: the scope a role assignment grants read on. */
  readonly scope: string;
}

const SECRETS_OFFICER = 'Key Vault Secrets Officer';
const SECRETS_USER = 'Key Vault Secrets User';
/** Days a deleted vault or secret stays recoverable: Azure's longest for an installation, its shortest for a throwaway. */
const SOFT_DELETE_DAYS = { kept: 90, throwaway: 7 };

/**
 * Key Vault's firewall takes public IPv4 ranges, and single addresses written without /32. Administrators' private
 * ranges (allowed with an existing network) are left out: Azure refuses RFC 1918 space as an IP rule
 * (learn.microsoft.com/azure/key-vault/general/network-security), and the vault never sees a private source address
 * except from a subnet, which it admits through the subnet's service endpoint.
 */
function keyVaultIpRules(cidrs: readonly string[]): string[] {
  return cidrs
    .filter((cidr) => parseIpv4Cidr(cidr) !== undefined && privateBlockOf(cidr) === undefined)
    .map((cidr) => (cidr.endsWith('/32') ? cidr.slice(0, -3) : cidr));
}

/**
 * The installation's secrets in Key Vault: a vault (RBAC, purge protection unless throwaway, firewall closed but for the boxes' subnets,
 * the administrators' networks and the deployer's addresses, since Terraform writes the secrets over the vault's data plane) holding the secrets given as values, next to the
 * existing secrets the topology names. Read access is granted per secret, never per vault.
 */
export class AzureKeyVault extends Construct {
  /** Every secret of the installation, stored here or existing. */
  readonly secrets: Readonly<Record<SecretName, StoredSecret>>;
  /** The vault, when any secret is stored in it. */
  readonly vault?: KeyVault;

  constructor(scope: Construct, id: string, props: AzureKeyVaultProps) {
    super(scope, id);
    const { topology } = props;
    const sources = secretSources(this, topology);
    const stored = SECRET_NAMES.filter((name) => sources[name].kind === 'value');
    const secrets: Partial<Record<SecretName, StoredSecret>> = {};
    if (stored.length > 0) {
      const client = new DataAzurermClientConfig(this, 'current', {});
      const vaultName = keyVaultName(topology);
      const vault = new KeyVault(this, 'vault', {
        name: vaultName,
        resourceGroupName: props.resourceGroupName,
        location: topology.region,
        tenantId: client.tenantId,
        skuName: 'standard',
        rbacAuthorizationEnabled: true,
        // Purge protection holds a deleted vault, and its name (derived from the installation's), for the whole
        // soft-delete period and cannot be turned off: a throwaway installation could not be made again for 7 days.
        purgeProtectionEnabled: !topology.throwaway,
        softDeleteRetentionDays: topology.throwaway ? SOFT_DELETE_DAYS.throwaway : SOFT_DELETE_DAYS.kept,
        publicNetworkAccessEnabled: true,
        networkAcls: {
          defaultAction: 'Deny',
          bypass: 'None',
          ipRules: [
            ...new Set(keyVaultIpRules([...(topology.firewall.peers.administrators?.ingressCidrs ?? []), ...topology.settings.keyVault.deployerAddresses])),
          ],
          virtualNetworkSubnetIds: [...props.subnetIds],
        },
        tags: tagsFor(topology),
      });
      this.vault = vault;
      if (props.checkServiceEndpoints) new KeyVaultEndpointCheck(this, 'subnet_endpoints', { subnetIds: props.subnetIds });
      // Terraform writes the secrets through the data plane, which RBAC closes even to the vault's creator.
      const officer = new RoleAssignment(this, 'deployer_secrets_officer', {
        scope: vault.id,
        roleDefinitionName: SECRETS_OFFICER,
        principalId: client.objectId,
        description: 'The identity running Terraform writes the installation secrets',
      });
      // Azure RBAC takes minutes to reach Key Vault's data plane, and the provider does not retry the 403 it answers
      // meanwhile: without the wait the first apply fails writing the secrets and only a rerun succeeds.
      const propagated = new Sleep(this, 'deployer_role_propagation', {
        createDuration: KEY_VAULT_ROLE_PROPAGATION.wait,
        triggers: { role_assignment: officer.id },
      });
      for (const name of stored) {
        const source = sources[name] as Extract<SecretSource, { kind: 'value' }>;
        const secret = new KeyVaultSecret(this, terraformId('secret', name), {
          name,
          keyVaultId: vault.id,
          // A variable's value is written write-only (Terraform >= 1.11), never kept in state; a computed one (the
          // self-signed key) is in state anyway, through the resource that computes it.
          ...(source.writeOnlyVersion === undefined ? { value: source.value } : { valueWo: source.value, valueWoVersion: source.writeOnlyVersion }),
          contentType: source.contentType,
          tags: tagsFor(topology),
          dependsOn: [propagated],
        });
        // The URL is written from names known now, so custom data stays a literal a review can read.
        secrets[name] = { url: `https://${vaultName}.vault.azure.net/secrets/${name}`, scope: secret.resourceVersionlessId };
      }
    }
    for (const name of SECRET_NAMES) {
      const source = sources[name];
      if (source.kind === 'existing') secrets[name] = { url: keyVaultSecretUrl(source.id), scope: this.existingScope(source.id) };
    }
    this.secrets = secrets as Record<SecretName, StoredSecret>;
  }

  /** Lets one role's identity read exactly these secrets; the assignments, for boxes to wait on before they boot. */
  allowRead(role: RoleName, principalId: string, names: readonly SecretName[]): RoleAssignment[] {
    return names.map(
      (name) =>
        new RoleAssignment(this, terraformId(ROLE_SLUGS[role], 'reads', name), {
          scope: this.secrets[name].scope,
          roleDefinitionName: SECRETS_USER,
          principalId,
          principalType: 'ServicePrincipal',
          description: `The ${ROLE_SLUGS[role]} identity reads ${name} at boot`,
        }),
    );
  }

  /**
   * An existing secret's resource id: as given, or, for a URL, its vault looked up by name in the provider's
   * subscription and the secret under it.
   */
  private existingScope(id: string): string {
    const ref = parseKeyVaultSecretRef(id);
    if (!ref) throw new Error(`${id} is not a Key Vault secret reference (validation should have caught this)`);
    if (ref.resourceId) return ref.resourceId;
    const lookupId = terraformId('existing_vault', ref.vault);
    const lookup =
      (this.node.tryFindChild(lookupId) as DataAzurermResources | undefined) ??
      new DataAzurermResources(this, lookupId, { name: ref.vault, type: 'Microsoft.KeyVault/vaults' });
    return `${lookup.resources.get(0).id}/secrets/${ref.secret}`;
  }
}
