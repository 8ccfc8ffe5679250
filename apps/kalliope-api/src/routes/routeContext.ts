import type { FastifyReply, FastifyRequest } from 'fastify';
import { readJsonBody } from '../http/kalliopeMapping.js';
import type { Neuron } from '../neurons/neuron.js';
import type { RunningBrain } from '../runtime/runningBrain.js';
import { DEFAULT_SESSION, type KalliopeService } from '../runtime/kalliopeService.js';

/** The neuron modules the running settings allow, and their names as `GET /neurons` lists them. */
export interface NeuronCatalog {
  modules(): ReadonlyMap<string, Neuron>;
  names(): { core: string[]; community: string[] };
}

/** What every route plugin receives. */
export interface RouteContext {
  readonly service: KalliopeService;
  readonly brain: RunningBrain;
  readonly neurons: NeuronCatalog;
  /** Closes the server once the current answer is sent. */
  readonly stopServer: () => void;
}

/** The optional header that gives a client its own dialogue instead of the brain-wide one. */
const SESSION_HEADER = 'x-parley-session';

/** What a session key may be: short (it is an indexed database key) and of a safe charset. */
const SESSION_KEY_PATTERN = /^[A-Za-z0-9._:@-]{1,128}$/;

/** False when the request carries a session header that is not a valid session key. */
export function hasValidSessionHeader(request: FastifyRequest): boolean {
  const value = request.headers[SESSION_HEADER];
  return value === undefined || value === '' || (typeof value === 'string' && SESSION_KEY_PATTERN.test(value));
}

export function sessionOf(request: FastifyRequest): string {
  const value = request.headers[SESSION_HEADER];
  return typeof value === 'string' && value !== '' ? `session:${value}` : DEFAULT_SESSION;
}

/** The raw body as the catch-all content-type parser left it. */
export function rawBody(request: FastifyRequest): string {
  return typeof request.body === 'string' ? request.body : '';
}

/**
 * preValidation of the routes with a JSON body schema: Flask's `get_json()` (readJsonBody) turns the raw body into
 * the object that Fastify then validates against the route's body schema. Fastify's callback form: nothing to wait
 * for, so no promise per request.
 */
export function parseJsonRequest(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  try {
    request.body = readJsonBody(request.headers['content-type'], rawBody(request));
  } catch (error) {
    done(error as Error);
    return;
  }
  done();
}
