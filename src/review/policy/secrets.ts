import type { TerraformJson } from '../terraform/json';
import { isObject, isTrue } from '../terraform/values';

/** A PEM private key with key material after its header; a bare header (a script checking a file) is not one. */
const PEM_PRIVATE_KEY = /-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----(\s|\\n)+[A-Za-z0-9+/=]{20,}/;

/** A key that names a secret: `password`, `DB_PASSWORD`, `client_secret`, `CIRCLE_SECRET_PASSPHRASE`. */
const KEY = '[\\w.-]*(password|passwd|secret|passphrase)';

/** A literal value: not a reference, format or placeholder, not a boolean or null, at least four characters. */
const VALUE = '["\']?(?!(true|false|null|none)\\b)[^\\s"\'`$%{}<>()|;&\\\\]{4,}';

/** Literal secrets a text may hold, each with how a finding names it. */
const PATTERNS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'a PEM private key', pattern: PEM_PRIVATE_KEY },
  { name: 'an AWS access key id', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: 'an AWS secret access key', pattern: /aws_?secret_?access_?key["']?\s*[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i },
  // A value that starts with $, %, { or < is a reference, a format or a placeholder, not a literal secret. Besides
  // `key=value`, a colon counts only after a YAML key at the start of a line or a quoted JSON key: log lines such as
  // `echo "fetch-secret: cannot read"` are not assignments.
  { name: 'a literal password, secret or passphrase', pattern: new RegExp(`(\\b${KEY}\\s*=|(^|\\n)\\s*(- )?${KEY}\\s*:\\s|"${KEY}"\\s*:)\\s*${VALUE}`, 'i') },
];

/** True when the text holds a PEM private key. */
export function hasPrivateKey(text: string): boolean {
  return PEM_PRIVATE_KEY.test(text);
}

/** Names of the sensitive variables of a stack. */
function sensitiveVariables(stack: TerraformJson): string[] {
  return Object.entries(stack.variable ?? {})
    .filter(([, variable]) => isObject(variable) && isTrue(variable.sensitive))
    .map(([name]) => name);
}

/** The sensitive variables a text references, or holds the default value of. */
export function sensitiveVariablesIn(stack: TerraformJson, text: string): string[] {
  return sensitiveVariables(stack).filter((name) => {
    const byDefault = stack.variable?.[name]?.default;
    const referenced = new RegExp(`\\bvar\\.${name}\\b`).test(text);
    const pasted = typeof byDefault === 'string' && byDefault.length >= 4 && text.includes(byDefault);
    return referenced || pasted;
  });
}

/** What kinds of secret a text holds literally, or inlines from sensitive variables; empty when none. */
export function secretsIn(stack: TerraformJson, text: string): string[] {
  const literal = PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
  return [...literal, ...sensitiveVariablesIn(stack, text).map((name) => `the sensitive variable ${name}`)];
}
