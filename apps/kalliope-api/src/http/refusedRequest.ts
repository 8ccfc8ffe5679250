import type { FastifySchemaValidationError } from 'fastify';
import { KALLIOPE_ERRORS, type KalliopeHttpError } from './kalliopeErrors.js';

// Kalliope checks a JSON body only for the parameter its route needs (and `order`'s type): a body its route schema
// refuses answers that parameter's "not set" error (docs/protocols/kalliope.md, "Request checks").
const notSet: Readonly<Record<string, () => KalliopeHttpError>> = {
  order: KALLIOPE_ERRORS.orderNotSet,
  name: KALLIOPE_ERRORS.nameNotSet,
  mute: KALLIOPE_ERRORS.muteNotSet,
  deaf: KALLIOPE_ERRORS.deafNotSet,
};

/** The catalog error of a request that failed its route schema: the missing or mistyped parameter, "not set". */
export function refusedRequest(validation: readonly FastifySchemaValidationError[]): KalliopeHttpError {
  const [first] = validation;
  const missing = first?.params['missingProperty'];
  const field = typeof missing === 'string' ? missing : first?.instancePath.split('/')[1];
  const error = field === undefined ? undefined : notSet[field];
  return error === undefined ? KALLIOPE_ERRORS.badJson() : error();
}
