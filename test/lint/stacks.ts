import type { LintStack } from '../../src/review/lint';

type Body = Record<string, unknown>;

/** GIVEN a hand-written stack: resources by type and name, plus any other top-level blocks. */
export function stackOf(resource: Record<string, Record<string, Body>>, rest: Omit<LintStack, 'resource'> = {}): LintStack {
  return { resource, ...rest };
}

/** One resource of a type, named `it`: the address problems point at is `<type>.it`. */
export function one(type: string, body: Body, rest: Omit<LintStack, 'resource'> = {}): LintStack {
  return stackOf({ [type]: { it: body } }, rest);
}

/** The messages of problems, for short assertions. */
export function messages(problems: readonly { readonly message: string }[]): string[] {
  return problems.map((p) => p.message);
}
