import { describe, expect, it } from 'vitest';
import { jsonSchemaBundle } from './bundle.js';
import { schemas } from './schemas.js';

describe('jsonSchemaBundle', () => {
  const bundle = jsonSchemaBundle();

  it('holds every schema under its $id, as plain JSON', () => {
    expect(Object.keys(bundle.$defs)).toEqual(Object.keys(schemas));
    for (const [name, schema] of Object.entries(bundle.$defs)) {
      expect(schema).toMatchObject({ $id: name });
    }
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);
  });
});
