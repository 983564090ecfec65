import { isObject, strings } from '../terraform/values';
import { declaredAddresses, stackBlocks } from './declarations';
import { expressionReferences, templateReferences, type Reference } from '../terraform/references';
import { problem, type LintProblem, type LintStack } from './problem';

const CHECK = 'references';

/** How CDKTF writes a token it could not resolve at synth time. */
const UNRESOLVED_TOKEN = /\$\{(?:Tf)?Token\[[^\]]*\]\}/;

/** A reference, or an unresolved CDKTF token, and the attribute path it was found at. */
interface Found {
  /** Where in the block, e.g. `tags.secret`. */
  readonly path: string;
  /** The reference. */
  readonly reference?: Reference;
  /** The unresolved token's text. */
  readonly token?: string;
}

/** The names a `dynamic` block binds for its content: its label, or its `iterator`. */
function dynamicIterators(dynamic: unknown): string[] {
  if (!isObject(dynamic)) return [];
  return Object.entries(dynamic).flatMap(([label, spec]) => [label, ...strings(isObject(spec) ? spec.iterator : undefined)]);
}

/** Every reference in a value, with where it is; `bound` names are in scope (dynamic block iterators). */
function referencesIn(value: unknown, path: string, bound: ReadonlySet<string>, meta: boolean): Found[] {
  if (typeof value === 'string') {
    const token = UNRESOLVED_TOKEN.exec(value);
    if (token) return [{ path, token: token[0] }];
    return templateReferences(value, bound).map((reference) => ({ path, reference }));
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => referencesIn(item, `${path}[${i}]`, bound, false));
  if (!isObject(value)) return [];
  const inner = 'dynamic' in value ? new Set([...bound, ...dynamicIterators(value.dynamic)]) : bound;
  return Object.entries(value).flatMap(([key, item]): Found[] => {
    const at = path ? `${path}.${key}` : key;
    // Meta-arguments of resources are bare expressions (`depends_on`) or names of the resource's own attributes
    // (`ignore_changes`), not templates; `provider` names a provider configuration.
    if (meta && key === 'depends_on') return strings(item).flatMap((text) => expressionReferences(text).map((reference) => ({ path: at, reference })));
    if (meta && key === 'provider') return [];
    if (meta && key === 'lifecycle' && isObject(item)) {
      return strings(item.replace_triggered_by).flatMap((text) => expressionReferences(text).map((reference) => ({ path: `${at}.replace_triggered_by`, reference })));
    }
    return referencesIn(item, at, inner, false);
  });
}

/**
 * Every `${...}` reference resolves to a resource, data source, variable, local or module the same stack declares;
 * Terraform rejects the whole configuration at plan time otherwise ("Reference to undeclared resource").
 */
export function unresolvedReferences(stack: LintStack): LintProblem[] {
  const declared = declaredAddresses(stack);
  return stackBlocks(stack).flatMap((block) =>
    referencesIn(block.body, '', new Set(), block.hasMetaArguments).flatMap((found): LintProblem[] => {
      const where = found.path ? ` (at ${found.path})` : '';
      if (found.token) return [problem(CHECK, block.address, `holds the CDKTF token ${found.token}, which was never resolved${where}`)];
      const ref = found.reference!;
      if (ref.kind === 'bare') {
        return [problem(CHECK, block.address, `interpolates the bare name "${ref.address}"${where}, which Terraform rejects; a shell variable must be escaped as $\${${ref.address}}`)];
      }
      if (declared.has(ref.address)) return [];
      return [problem(CHECK, block.address, `refers to ${ref.address}${where}, which this stack does not declare`)];
    }),
  );
}
