import { refusedParameter } from '@parley/server-kit';
import type { FastifySchemaValidationError } from 'fastify';
import { KALLIOPE_ERRORS, type KalliopeHttpError } from './kalliopeErrors.js';

// Kalliope checks a JSON body only for the parameter its route needs (and `order`'s type): a body its route schema
// refuses answers that parameter's "not set" error (docs/protocols/kalliope.md §5.5).
const notSet: Readonly<Record<string, () => KalliopeHttpError>> = {
  order: KALLIOPE_ERRORS.orderNotSet,
  name: KALLIOPE_ERRORS.nameNotSet,
  mute: KALLIOPE_ERRORS.muteNotSet,
  deaf: KALLIOPE_ERRORS.deafNotSet,
};

/** The catalog error of a request that failed its route schema: the missing or mistyped parameter, "not set". */
export function refusedRequest(validation: readonly FastifySchemaValidationError[]): KalliopeHttpError {
  const parameter = refusedParameter(validation);
  const error = parameter === undefined ? undefined : notSet[parameter];
  return error === undefined ? KALLIOPE_ERRORS.badJson() : error();
}
