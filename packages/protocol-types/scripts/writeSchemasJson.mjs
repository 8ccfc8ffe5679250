// Build step after tsup: writes dist/schemas.json, the JSON Schema bundle of every wire format.
import { writeFileSync } from 'node:fs';
import { jsonSchemaBundle } from '../dist/index.js';

const target = new URL('../dist/schemas.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(jsonSchemaBundle(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
