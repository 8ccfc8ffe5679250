import { schemas } from './schemas.js';

/** A JSON Schema 2020-12 document holding every schema under `$defs`, keyed by its `$id`. */
export interface JsonSchemaBundle {
  $schema: 'https://json-schema.org/draft/2020-12/schema';
  title: string;
  description: string;
  $defs: Record<string, unknown>;
}

/**
 * Every schema as one plain-JSON document (what `dist/schemas.json` contains), for code generators in other
 * languages and for OpenAPI `components.schemas`.
 */
export function jsonSchemaBundle(): JsonSchemaBundle {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Parley protocol types',
    description: 'Wire formats of the Web Almond API, the api.ai v1 API and the Kalliope REST API.',
    $defs: JSON.parse(JSON.stringify(schemas)) as Record<string, unknown>,
  };
}
