import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('gives every schema the $id of its key', () => {
    for (const [name, schema] of Object.entries(api.schemas)) {
      expect(schema).toMatchObject({ $id: name });
    }
  });

  it('exports the schema of key area.Name as the constant AreaName', () => {
    const exported = api as unknown as Record<string, unknown>;
    for (const [name, schema] of Object.entries(api.schemas)) {
      const [area = '', type = ''] = name.split('.');
      expect(exported[`${area.charAt(0).toUpperCase()}${area.slice(1)}${type}`]).toBe(schema);
    }
  });

  it('names the schemas the design document promises', () => {
    expect(Object.keys(api.schemas)).toEqual(
      expect.arrayContaining([
        'almond.Message',
        'almond.Input',
        'apiai.QueryRequest',
        'apiai.QueryResponse',
        'apiai.Intent',
        'apiai.Entity',
        'apiai.Status',
        'kalliope.Synapse',
        'kalliope.RunResponse',
      ]),
    );
  });

  it('embeds no $id inside a schema (Ajv rejects a document that repeats one)', () => {
    for (const schema of Object.values(api.schemas)) {
      const text = JSON.stringify(schema);
      expect(text.indexOf('"$id"')).toBe(text.lastIndexOf('"$id"'));
    }
  });
});
