import type { Cloud } from '../../src/cloud';
import type { ResolvedTopology, TopologySpec } from '../../src/topology';
import type { TerraformJson } from '../helpers/synth';
import type { VariantName } from './variants';

/** A patch of topology data: mappings merge, anything else replaces, `undefined` deletes. */
export type Patch = { readonly [key: string]: unknown };

/** A topology as one cloud sees it: the validated spec and what resolve() made of it for the cloud. */
export interface Model<C extends Cloud = Cloud> {
  readonly cloud: C;
  readonly spec: TopologySpec;
  readonly resolved: ResolvedTopology<C>;
}

/**
 * The option is rendered: `read` takes the value out of the variant's synthesized JSON, and it must equal `expected`
 * (what the topology asks for). To show that the value comes from the option, either the default topology's JSON
 * must read differently, or, with `otherwise`, the same variant with that patch applied must expect something else.
 */
export interface Rendered {
  /** One line for the README: where the option shows in the Terraform. */
  readonly how: string;
  /** The variant that sets the option. */
  readonly variant: VariantName;
  readonly read: (json: TerraformJson, model: Model) => unknown;
  readonly expected: (model: Model) => unknown;
  /** The option at another value, for options whose effect the default topology cannot isolate (sizing). */
  readonly otherwise?: Patch;
  /** What the default topology (the option left out) reads, for an option whose default is the cloud's own. */
  readonly byDefault?: unknown;
  /** Values this cloud refuses at validation, with the message. */
  readonly refuses?: Refusals;
  /** What is still wrong on this cloud, written as the correct behaviour (a test.todo). */
  readonly todo?: string;
}

/**
 * A value refused at validation (parsing, or resolving for the cloud): the patch, applied to the default topology with
 * only this cloud selected, and the pattern of the message on the option's path.
 */
export interface Refusal {
  readonly patch: Patch;
  readonly message: RegExp;
  /** The refused values in a few words, for the README. */
  readonly what: string;
}

/** One refused value or several. */
export type Refusals = Refusal | readonly Refusal[];

/** The refusals as a list. */
export function refusalList(refusals: Refusals | undefined): readonly Refusal[] {
  if (refusals === undefined) return [];
  return Array.isArray(refusals) ? refusals : [refusals as Refusal];
}

/** The option is refused on this cloud, whatever its value. */
export interface Refused {
  readonly how: string;
  readonly refused: Refusal;
}

/** The option renders nothing on this cloud by design; `check` asserts what it does instead. */
export interface Meta {
  readonly how: string;
  readonly meta: string;
  readonly check: (model: Model) => void;
}

/** The option is not yet honored on this cloud: the correct behaviour, as a test.todo; values already refused. */
export interface Todo {
  readonly how: string;
  readonly todo: string;
  readonly refuses?: Refusals;
}

export type Cell = Rendered | Refused | Meta | Todo;

/** One option of the schema, on each cloud it applies to. */
export interface Row {
  readonly path: string;
  readonly aws?: Cell;
  readonly gcp?: Cell;
  readonly azure?: Cell;
  /** What is still wrong on every cloud (usually validation), as the correct behaviour. */
  readonly todo?: readonly string[];
}

/** A rendered cell: `expected` may be a value or a function of the model. */
export function rendered(
  variant: VariantName,
  how: string,
  read: Rendered['read'],
  expected: unknown,
  more: Partial<Pick<Rendered, 'otherwise' | 'byDefault' | 'refuses' | 'todo'>> = {},
): Rendered {
  return { how, variant, read, expected: typeof expected === 'function' ? (expected as Rendered['expected']) : () => expected, ...more };
}

/** The clouds an option applies to: its own cloud for `<cloud>.*`, `….existing.<cloud>` and `….restoreFrom.<cloud>`, else every cloud. */
export function cloudsOf(path: string): Cloud[] {
  const parts = path.split('.');
  const clouds: Cloud[] = ['aws', 'gcp', 'azure'];
  const own = clouds.find((cloud) => parts[0] === cloud || (['existing', 'restoreFrom'].includes(parts.at(-2) ?? '') && parts.at(-1) === cloud));
  return own ? [own] : clouds;
}
