import { isObject } from '../terraform/values';
import type { LintStack } from './problem';

/** A block of the stack whose values the lint reads: a resource, data source, output, local or provider. */
export interface StackBlock {
  /** Its address: `aws_instance.box`, `data.aws_ami.ubuntu`, `output.url`, `local.user_data`, `provider.aws`. */
  readonly address: string;
  /** Its body (a local's value). */
  readonly body: unknown;
  /** True for resources and data sources, whose meta-arguments (`depends_on`, `lifecycle`) are read specially. */
  readonly hasMetaArguments: boolean;
}

function byName(blocks: Readonly<Record<string, unknown>> | undefined, prefix: string): StackBlock[] {
  return Object.entries(blocks ?? {}).map(([name, body]) => ({ address: `${prefix}${name}`, body, hasMetaArguments: false }));
}

function byTypeAndName(blocks: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined, prefix: string): StackBlock[] {
  return Object.entries(blocks ?? {}).flatMap(([type, named]) =>
    Object.entries(isObject(named) ? named : {}).map(([name, body]) => ({ address: `${prefix}${type}.${name}`, body, hasMetaArguments: true })),
  );
}

/** Every block of the stack that may hold expressions. */
export function stackBlocks(stack: LintStack): StackBlock[] {
  return [
    ...byTypeAndName(stack.resource, ''),
    ...byTypeAndName(stack.data, 'data.'),
    ...byName(stack.output, 'output.'),
    ...byName(stack.locals, 'local.'),
    ...Object.entries(stack.provider ?? {}).flatMap(([name, configs]) =>
      (Array.isArray(configs) ? configs : [configs]).map((body) => ({ address: `provider.${name}`, body, hasMetaArguments: false })),
    ),
    ...byName(stack.module, 'module.'),
  ];
}

/** Every address the stack declares that an expression may refer to. */
export function declaredAddresses(stack: LintStack): Set<string> {
  const declared = new Set<string>();
  for (const [type, named] of Object.entries(stack.resource ?? {})) for (const name of Object.keys(named ?? {})) declared.add(`${type}.${name}`);
  for (const [type, named] of Object.entries(stack.data ?? {})) for (const name of Object.keys(named ?? {})) declared.add(`data.${type}.${name}`);
  for (const name of Object.keys(stack.variable ?? {})) declared.add(`var.${name}`);
  for (const name of Object.keys(stack.locals ?? {})) declared.add(`local.${name}`);
  for (const name of Object.keys(stack.module ?? {})) declared.add(`module.${name}`);
  return declared;
}
