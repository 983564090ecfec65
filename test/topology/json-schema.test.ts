import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topologyJsonSchemaText } from '../../src/topology/json-schema';

describe('topology.schema.json', () => {
  it('GIVEN the zod schema THEN the committed JSON Schema is what it derives (run `npm run schema` after changing it)', () => {
    expect(readFileSync(join(__dirname, '../../topology.schema.json'), 'utf8')).toBe(topologyJsonSchemaText());
  });

  it('GIVEN the JSON Schema THEN unknown keys are refused and required keys listed, as the validator does', () => {
    const schema = JSON.parse(topologyJsonSchemaText()) as { additionalProperties: boolean; required: string[]; properties: Record<string, unknown> };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['name', 'domain', 'clouds', 'network', 'builders', 'github']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['servicesBox', 'certificate', 'aws', 'gcp', 'azure']));
  });
});
