import type { FastifyRequest } from 'fastify';
import type { Neuron } from '../neurons/neuron.js';
import type { RunningBrain } from '../runtime/running-brain.js';
import { DEFAULT_SESSION, type KalliopeService } from '../runtime/kalliope-service.js';

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
export const SESSION_HEADER = 'x-parley-session';

export function sessionOf(request: FastifyRequest): string {
  const value = request.headers[SESSION_HEADER];
  return typeof value === 'string' && value !== '' ? `session:${value}` : DEFAULT_SESSION;
}

/** The raw body as the catch-all content-type parser left it. */
export function rawBody(request: FastifyRequest): string {
  return typeof request.body === 'string' ? request.body : '';
}
