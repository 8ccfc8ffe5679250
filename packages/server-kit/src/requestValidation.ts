// How the apps validate requests against their route schemas: Ajv exactly as the schema says. Fastify's default
// Ajv would coerce ("5" → 5, a scalar → a one-item array), drop undeclared properties and fill defaults, which
// would let through requests the original servers refused and change the values the handlers see.

/** Fastify's `ajv` server option for validation without coercion, removal of properties or defaults. */
export const requestValidationAjv = {
  customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false },
} as const;
