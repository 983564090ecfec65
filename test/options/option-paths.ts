import { topologyJsonSchema } from '../../src/topology/json-schema';

/** The part of a JSON Schema node the walk reads. */
interface SchemaNode {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/**
 * Every leaf option of a schema node, as dotted paths: objects are walked into, a list of objects becomes `[]`, and
 * the alternatives of a union of objects (a secret given by variable or existing; the certificate's two modes) are
 * merged, each key once. Scalars, lists of scalars and free-form mappings (tags, peers) are leaves.
 */
function leaves(node: SchemaNode, prefix: string): string[] {
  const objects = (node.anyOf ?? node.oneOf ?? []).filter((alternative) => alternative.properties);
  if (objects.length > 0) {
    const keys = new Map<string, SchemaNode>();
    for (const alternative of objects) for (const [key, child] of Object.entries(alternative.properties ?? {})) if (!keys.has(key)) keys.set(key, child);
    return [...keys].flatMap(([key, child]) => leaves(child, join(prefix, key)));
  }
  if (node.type === 'object' && node.properties) {
    return Object.entries(node.properties).flatMap(([key, child]) => leaves(child, join(prefix, key)));
  }
  if (node.type === 'array' && node.items?.type === 'object') return leaves(node.items, `${prefix}[]`);
  return [prefix];
}

/** Every leaf option path of the topology schema, derived from the schema itself, in the schema's order. */
export function optionPaths(): string[] {
  return leaves(topologyJsonSchema() as SchemaNode, '');
}
