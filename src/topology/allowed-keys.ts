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

/** The keys the schema allows in the mapping at a path of the topology file, for "unknown key" messages. */
export function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: AnySchema | undefined = topologySchema;
  for (const key of path) {
    schema = schema && child(schema, key);
  }
  if (!schema) return [];
  return [...new Set(objectShapes(schema).flatMap((shape) => Object.keys(shape)))].filter((key) => key !== '$schema');
}
