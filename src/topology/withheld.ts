import type { TopologyIssue } from './errors';

/** The topology's secrets: where a value pasted by mistake is a secret, whatever shape it has. */
export const SECRET_PATHS = ['github.clientSecret', 'secretPassphrase', 'certificate.privateKey', 'certificate.chain'] as const;

/** What a secret's place accepts: a reference to the value, never the value. */
export const SECRET_SHAPES =
  '{ variable: <terraform variable name> } (set TF_VAR_<name> when deploying) or { existing: { aws: <Secrets Manager ARN>, gcp: projects/<project>/secrets/<name>, azure: https://<vault>.vault.azure.net/secrets/<name> or /subscriptions/<subscription>/resourceGroups/<group>/providers/Microsoft.KeyVault/vaults/<vault>/secrets/<name> } }';

/** The message for a problem at a secret's place; the value found is never part of it. */
export const WITHHELD = `value withheld (a secret is never shown): must be ${SECRET_SHAPES}`;

// A PEM block, or a long run of base64 with letters and digits: key material, a token or a certificate.
const PEM = /-----BEGIN [A-Z0-9 ]+-----/;
const BASE64_RUN = /[A-Za-z0-9+/_-]{40,}/;

/** True when a text looks like key material, so that no message shows it. */
export function looksLikeKeyMaterial(text: string): boolean {
  if (PEM.test(text)) return true;
  const run = BASE64_RUN.exec(text)?.[0];
  return run !== undefined && /\d/.test(run) && /[A-Za-z]/.test(run);
}

function secretPathOf(path: string): string | undefined {
  return SECRET_PATHS.find((secret) => path === secret || path.startsWith(`${secret}.`) || path.startsWith(`${secret}[`));
}

/**
 * The issues with every problem inside a secret's place replaced by one that names the place and withholds what
 * was found there (a key name may be the secret too). Only "existing.<cloud> is missing", which shows nothing the
 * operator wrote, is kept as it is.
 */
export function withholdSecrets(issues: readonly TopologyIssue[]): TopologyIssue[] {
  const out: TopologyIssue[] = [];
  for (const issue of issues) {
    const secret = secretPathOf(issue.path);
    const harmless = issue.value === undefined && /\.existing\.(aws|gcp|azure)$/.test(issue.path);
    const kept = secret === undefined || harmless ? issue : { path: secret, message: WITHHELD };
    if (!out.some((o) => o.path === kept.path && o.message === kept.message)) out.push(kept);
  }
  return out;
}
