/** An existing Key Vault secret as the topology names it, split into what the adapter needs. */
export interface KeyVaultSecretRef {
  /** The vault's name (lower case: the DNS label of its URL). */
  readonly vault: string;
  /** The secret's name. */
  readonly secret: string;
  /** The secret's Azure resource id (versionless), when the topology gave it: no lookup of the vault by name is then needed. */
  readonly resourceId?: string;
}

/** `https://<vault>.vault.azure.net/secrets/<name>[/<version>]`: the data-plane URL a box fetches. */
const SECRET_URL = /^https:\/\/([a-z0-9-]+)\.vault\.azure\.net\/secrets\/([A-Za-z0-9-]+)(?:\/[0-9a-f]*)?$/;

/**
 * `/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<vault>/secrets/<name>`: the vault's
 * id (`az keyvault show --name <vault> --query id`) and the secret's name, in the casing Azure prints. A vault name is 3 to 24 letters, digits and dashes
 * (terraform-provider-azurerm 4.55.0 internal/services/keyvault/validate/vault_name.go).
 */
const RESOURCE_ID = /^\/subscriptions\/([0-9a-fA-F-]{36})\/resourceGroups\/([-\w._()]+)\/providers\/Microsoft\.KeyVault\/vaults\/([a-zA-Z0-9-]{3,24})\/secrets\/([A-Za-z0-9-]+)$/;

/** Either form, as one pattern: what the topology's JSON Schema tells an editor. */
export const KEY_VAULT_SECRET_REF = new RegExp(`${SECRET_URL.source}|${RESOURCE_ID.source}`);

/** The forms the topology documents, for messages. */
export const KEY_VAULT_SECRET_FORMS =
  'a Key Vault secret URL https://<vault>.vault.azure.net/secrets/<name> (its vault is looked up by name in the deployment subscription) or a secret resource id /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<vault>/secrets/<name> (any subscription of the tenant)';

/** The parts of an existing secret's reference, or undefined when it is none of the documented forms. */
export function parseKeyVaultSecretRef(text: string): KeyVaultSecretRef | undefined {
  const url = SECRET_URL.exec(text);
  if (url) return { vault: url[1], secret: url[2] };
  const id = RESOURCE_ID.exec(text);
  return id ? { vault: id[3].toLowerCase(), secret: id[4], resourceId: text } : undefined;
}

/** The URL a box fetches the secret from (the latest version when the reference names none). */
export function keyVaultSecretUrl(text: string): string {
  const ref = parseKeyVaultSecretRef(text);
  if (!ref) throw new Error(`${text} is not ${KEY_VAULT_SECRET_FORMS} (validation should have caught this)`);
  return ref.resourceId ? `https://${ref.vault}.vault.azure.net/secrets/${ref.secret}` : text;
}
