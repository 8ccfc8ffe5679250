import type { TSchema } from 'typebox';
import { Memory } from 'typebox/system';

/**
 * The same schema without its `$id`, for embedding inside another named schema.
 *
 * Every exported schema carries a stable `$id`; JSON Schema validators such as Ajv (used by Fastify) refuse a
 * document in which one `$id` occurs twice, so named schemas are embedded through this function.
 */
export function inline<Schema extends TSchema>(schema: Schema): Schema {
  return Memory.Discard(schema, ['$id']) as Schema;
}
