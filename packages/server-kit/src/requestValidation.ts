// How the apps validate requests against their route schemas: Ajv exactly as the schema says. Fastify's default
// Ajv would coerce ("5" → 5, a scalar → a one-item array), drop undeclared properties and fill defaults, which
// would let through requests the original servers refused and change the values the handlers see. Each app's error
// handler turns a refusal (`error.validation`) into its protocol's error body.
import type { FastifySchemaValidationError } from 'fastify';

/** Fastify's `ajv` server option for validation without coercion, removal of properties or defaults. */
export const requestValidationAjv = {
  customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false },
} as const;

/**
 * The request parameter a schema refusal is about: the missing property, or the top-level property holding the
 * wrong value; undefined when the whole value (a body that is not an object) was refused.
 */
export function refusedParameter(validation: readonly FastifySchemaValidationError[]): string | undefined {
  const [first] = validation;
  const missing = first?.params['missingProperty'];
  if (typeof missing === 'string') return missing;
  const top = first?.instancePath.split('/')[1];
  return top === undefined || top === '' ? undefined : top;
}
