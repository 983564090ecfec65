import type { z } from 'zod';
import { topologySchema } from './schema';

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema {
  const def = schema._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}

function objectShapes(schema: AnySchema): Record<string, AnySchema>[] {
  const inner = unwrap(schema);
  const def = inner._zod.def as { type: string; shape?: Record<string, AnySchema>; options?: AnySchema[] };
  if (def.type === 'object' && def.shape) return [def.shape];
  if (def.type === 'union' && def.options) return def.options.flatMap(objectShapes);
  return [];
}

function child(schema: AnySchema, key: PropertyKey): AnySchema | undefined {
  const inner = unwrap(schema);
  const def = inner._zod.def as { type: string; element?: AnySchema; valueType?: AnySchema };
  if (typeof key === 'number') return def.type === 'array' ? def.element : undefined;
  if (def.type === 'record') return def.valueType;
  return objectShapes(inner).find((shape) => key in shape)?.[key as string];
}

/**
 * The keys the schema allows in the mapping at a path of the topology file, for "unknown key" messages. Where the
 * mapping has several forms (a secret is `{ variable }` or `{ existing }`), only the forms without the unknown key.
 */
export function allowedKeysAt(path: readonly PropertyKey[], unknownKey?: string): string[] {
  let schema: AnySchema | undefined = topologySchema;
  for (const key of path) {
    schema = schema && child(schema, key);
  }
  if (!schema) return [];
  const forms = objectShapes(schema);
  const without = forms.filter((shape) => unknownKey === undefined || !(unknownKey in shape));
  return [...new Set((without.length > 0 ? without : forms).flatMap((shape) => Object.keys(shape)))].filter((key) => key !== '$schema');
}

/** True when the key belongs to another form of the mapping at a path (`existing` next to `variable`). */
export function isKeyOfAnotherForm(path: readonly PropertyKey[], key: string): boolean {
  return allowedKeysAt(path).includes(key);
}
