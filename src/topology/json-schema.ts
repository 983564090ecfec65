import { z } from 'zod';
import { topologySchema } from './schema';

/**
 * The topology file's JSON Schema, derived from the zod schema (the single source of truth), describing the file
 * as written: defaults make keys optional. Editors use it for completion via `# yaml-language-server: $schema=`.
 */
export function topologyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(topologySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://github.com/circleci-installation-kit/topology.schema.json',
    title: 'CircleCI installation topology',
    description: 'One self-hosted CircleCI-style installation: services box, builders, firewall matrix, DNS, TLS; rendered on AWS, GCP and Azure.',
  };
}

/** The schema file's text, as committed at the top of the repository. */
export function topologyJsonSchemaText(): string {
  return `${JSON.stringify(topologyJsonSchema(), null, 2)}\n`;
}
