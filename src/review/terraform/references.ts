import { allResources, resourceAt, type StackResource, type TerraformJson } from './json';
import { stringsWithin } from './values';

/** What a Terraform expression refers to. */
export interface Reference {
  /** The kind of object named. */
  readonly kind: 'resource' | 'data' | 'var' | 'local' | 'module' | 'bare';
  /**
   * Its address as declared: `aws_instance.box`, `data.aws_ami.ubuntu`, `var.name`, `local.name`, `module.name`; for
   * a `bare` name (`${HOME}`, which Terraform rejects: an unescaped shell variable, most often), the name.
   */
  readonly address: string;
  /** The attribute path after the address, e.g. `["id"]` in `aws_instance.box.id`; empty when there is none. */
  readonly attribute: readonly string[];
}

/**
 * Roots that are not declarations of the stack: `each.value`, `count.index`, `self.id` (provisioners), `path.module`,
 * `terraform.workspace`.
 */
const BUILT_IN_ROOTS = new Set(['each', 'count', 'self', 'path', 'terraform']);
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);
const IDENTIFIER_START = /[A-Za-z_]/;
const IDENTIFIER_PART = /[A-Za-z0-9_-]/;

/** Names a `for` expression or a `%{ for }` directive binds, e.g. `s` in `[for s in var.subnets : s.id]`. */
function forBoundNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/\bfor\s+([A-Za-z_][\w-]*)(?:\s*,\s*([A-Za-z_][\w-]*))?\s+in\b/g)) {
    names.add(m[1]);
    if (m[2]) names.add(m[2]);
  }
  return names;
}

function reference(segments: readonly string[]): Reference | undefined {
  const [root, second, third] = segments;
  if (second === undefined) return { kind: 'bare', address: root, attribute: [] };
  if (root === 'var') return { kind: 'var', address: `var.${second}`, attribute: segments.slice(2) };
  if (root === 'local') return { kind: 'local', address: `local.${second}`, attribute: segments.slice(2) };
  if (root === 'module') return { kind: 'module', address: `module.${second}`, attribute: segments.slice(2) };
  if (root === 'data') return third === undefined ? undefined : { kind: 'data', address: `data.${second}.${third}`, attribute: segments.slice(3) };
  return { kind: 'resource', address: `${root}.${second}`, attribute: segments.slice(2) };
}

/**
 * A scanner over Terraform's native syntax, as far as finding references needs: template strings with `${ }`
 * interpolations and `%{ }` directives (and their `$${` / `%%{` escapes), quoted strings nested in expressions,
 * braces, function calls and attribute traversals.
 */
class Scanner {
  private pos = 0;
  readonly found: string[][] = [];

  constructor(private readonly text: string) {}

  /** A whole template; inside an expression's quoted string, up to the closing quote. */
  template(quoted: boolean): void {
    const t = this.text;
    const interesting = quoted ? /[$%"\\]/g : /[$%]/g;
    while (this.pos < t.length) {
      // Jump over plain text: long strings (boot scripts) are mostly that.
      interesting.lastIndex = this.pos;
      if (!interesting.test(t)) {
        this.pos = t.length;
        return;
      }
      this.pos = interesting.lastIndex - 1;
      const c = t[this.pos];
      if (quoted && c === '\\') this.pos += 2;
      else if (quoted && c === '"') {
        this.pos++;
        return;
      } else if ((c === '$' || c === '%') && t[this.pos + 1] === c && t[this.pos + 2] === '{') this.pos += 3;
      else if ((c === '$' || c === '%') && t[this.pos + 1] === '{') {
        this.pos += 2;
        this.expression();
      } else this.pos++;
    }
  }

  /** An expression, up to and including the `}` that closes it (or the end of the text). */
  expression(): void {
    const t = this.text;
    let depth = 0;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === '"') {
        this.pos++;
        this.template(true);
      } else if (c === '{') {
        depth++;
        this.pos++;
      } else if (c === '}') {
        this.pos++;
        if (depth-- === 0) return;
      } else if (IDENTIFIER_START.test(c) && !IDENTIFIER_PART.test(t[this.pos - 1] ?? ' ')) this.traversal();
      else this.pos++;
    }
  }

  private identifier(): string {
    const start = this.pos;
    while (this.pos < this.text.length && IDENTIFIER_PART.test(this.text[this.pos])) this.pos++;
    return this.text.slice(start, this.pos);
  }

  /** `root.a.b[0].c`: keeps the leading dotted names; a name right after a `.` belongs to something before it. */
  private traversal(): void {
    const afterDot = this.previousSignificant() === '.';
    const segments = [this.identifier()];
    while (this.text[this.pos] === '.' && IDENTIFIER_START.test(this.text[this.pos + 1] ?? '')) {
      this.pos++;
      segments.push(this.identifier());
    }
    const rest = this.text.slice(this.pos);
    // A function call (`base64encode(`, `provider::aws::arn_parse(`), or a bare object key (`{ name = ... }`).
    const call = /^\s*\(/.test(rest) || rest.startsWith('::');
    const key = segments.length === 1 && /^\s*(=(?!=)|:)/.test(rest);
    if (!afterDot && !call && !key && !KEYWORDS.has(segments[0])) this.found.push(segments);
  }

  private previousSignificant(): string | undefined {
    let i = this.pos - 1;
    while (i >= 0 && /\s/.test(this.text[i])) i--;
    return this.text[i];
  }
}

function collect(text: string, scan: (scanner: Scanner) => void, bound: ReadonlySet<string>): Reference[] {
  const scanner = new Scanner(text);
  scan(scanner);
  const ignored = new Set([...BUILT_IN_ROOTS, ...forBoundNames(text), ...bound]);
  const seen = new Map<string, Reference>();
  for (const segments of scanner.found) {
    if (ignored.has(segments[0])) continue;
    const ref = reference(segments);
    if (ref && !seen.has(ref.address)) seen.set(ref.address, ref);
  }
  return [...seen.values()];
}

/**
 * The references of a string as Terraform's JSON syntax reads it, a template: `aws_instance.x.id`,
 * `data.aws_ami.ubuntu.id`, `var.name`, `local.name`, also inside function calls (`${base64encode(local.x)}`) and
 * directives. `each.`, `count.`, `self.`, `path.`, `terraform.`, names a `for` binds and the `bound` names (dynamic
 * block iterators) are not references.
 */
export function templateReferences(text: string, bound: ReadonlySet<string> = new Set()): Reference[] {
  if (!/[$%]\{/.test(text)) return [];
  return collect(text, (s) => s.template(false), bound);
}

/** The references of a bare expression, as in `depends_on` and `replace_triggered_by`. */
export function expressionReferences(text: string): Reference[] {
  return collect(text, (s) => s.expression(), new Set());
}

/** The reference a value is exactly, e.g. `${aws_vpc.main.id}`: nothing around it, no call, no second reference. */
export function wholeReference(value: unknown): Reference | undefined {
  if (typeof value !== 'string' || !/^\$\{\s*[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)+\s*\}$/.test(value)) return undefined;
  const refs = templateReferences(value);
  return refs.length === 1 && refs[0].kind !== 'bare' ? refs[0] : undefined;
}

/** The address a value refers to when it is one interpolation naming one object, e.g. `${aws_vpc.main.id}` → `aws_vpc.main`. */
export function soleReference(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\$\{[^${}]*\}$/.test(value)) return undefined;
  const refs = templateReferences(value);
  return refs.length === 1 && refs[0].kind !== 'bare' ? refs[0].address : undefined;
}

/** True when the string holds an interpolation or directive, i.e. its value is only known at plan or apply time. */
export function isComputed(value: string): boolean {
  return /(^|[^$])\$\{|(^|[^%])%\{/.test(value);
}

/**
 * Every address the value's strings refer to, however deeply nested: `aws_instance.box`, `data.aws_ami.ubuntu`,
 * `local.user_data`, `var.secret`, in first-seen order.
 */
export function referencedAddresses(value: unknown): string[] {
  return [...new Set(stringsWithin(value).flatMap(addressesIn))];
}

/** The review asks who refers to whom over and over, of the same strings: each string is scanned once. */
const ADDRESSES = new Map<string, readonly string[]>();
const MOST_REMEMBERED = 20_000;

function addressesIn(text: string): readonly string[] {
  const known = ADDRESSES.get(text);
  if (known) return known;
  if (ADDRESSES.size >= MOST_REMEMBERED) ADDRESSES.clear();
  const found = templateReferences(text)
    .filter((ref) => ref.kind !== 'bare')
    .map((ref) => ref.address);
  ADDRESSES.set(text, found);
  return found;
}

/** The stack's resources a value refers to. */
export function referencedResources(stack: TerraformJson, value: unknown): StackResource[] {
  return referencedAddresses(value)
    .map((address) => resourceAt(stack, address))
    .filter((found): found is StackResource => found !== undefined);
}

/** The first resource of the given types that the value refers to. */
export function referenced(stack: TerraformJson, value: unknown, ...types: readonly string[]): StackResource | undefined {
  return referencedResources(stack, value).find((resource) => types.includes(resource.type));
}

/** True when the value refers to the resource at the address. */
export function refersTo(value: unknown, address: string): boolean {
  return referencedAddresses(value).includes(address);
}

/** The stack's resources whose attributes refer to the resource at the address. */
export function resourcesReferring(stack: TerraformJson, address: string): StackResource[] {
  return allResources(stack).filter((resource) => refersTo(resource.attributes, address));
}
