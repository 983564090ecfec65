import { writeFileSync } from 'node:fs';
import { topologyJsonSchemaText } from '../topology/json-schema';

// Regenerates topology.schema.json from the zod schema; a test fails when the committed file is stale.
writeFileSync('topology.schema.json', topologyJsonSchemaText());
process.stdout.write('wrote topology.schema.json\n');
