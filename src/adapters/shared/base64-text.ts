import { Fn, Token } from 'cdktf';

/** Fn.rawString escapes quotes, newlines and `${`; backslashes and template directives are left to the caller. */
function escapeForRawString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/%\{/g, '%%{');
}

/**
 * Base64 of a boot text (user data, custom data). A literal when the text is one, so a review can decode it; when
 * it holds Terraform references, base64encode() at plan time of the literal parts, each escaped for Terraform,
 * joined with the references. Terraform functions take no literal holding quotes, and cdktf's HCL output leaves
 * quotes unescaped in strings that hold `${`, so the literal parts must go through rawString.
 */
export function base64Text(text: string): string {
  if (!Token.isUnresolved(text)) return Buffer.from(text, 'utf8').toString('base64');
  const parts = text.split(/(\$\{TfToken\[TOKEN\.\d+\]\})/).filter((part) => part !== '');
  return Fn.base64encode(Fn.join('', parts.map((part) => (Token.isUnresolved(part) ? part : Fn.rawString(escapeForRawString(part))))));
}
