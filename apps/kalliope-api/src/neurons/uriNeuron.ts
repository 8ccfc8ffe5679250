import { NeuronParameterError, type Neuron } from './neuron.js';
import { NeuronParameters } from './neuronParameters.js';
import { isRecord } from '../brain/parseSynapse.js';
import { allowsUri } from './uriTargets.js';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];
const MAX_REDIRECTS = 5;

function checkTarget(url: URL, allowed: readonly string[]): void {
  if (!allowsUri(url, allowed)) {
    throw new NeuronParameterError('uri', `${url.origin} is not an allowed target (KALLIOPE_URI_ALLOWED)`);
  }
}

/**
 * `uri: {url, method, headers, data, user, password, timeout}` makes an HTTP call (timeout in seconds, default 10)
 * and returns `status_code`, `content` (parsed when JSON) and `response_header` for say_template. Only targets of
 * the operator's allow-list are called, redirects included (see uriTargets.ts): none by default.
 */
export const uriNeuron = (allowed: readonly string[]): Neuron => ({
  name: 'uri',
  async run(parameters, context) {
    const read = new NeuronParameters('uri', parameters);
    const url = read.requiredString('url');
    if (!/^https?:\/\//i.test(url)) throw new NeuronParameterError('uri', '"url" must be an http(s) URL');
    let target = new URL(url);
    checkTarget(target, allowed);
    const method = (read.string('method') ?? 'GET').toUpperCase();
    if (!METHODS.includes(method)) throw new NeuronParameterError('uri', `unsupported method "${method}"`);
    const rawHeaders = read.raw('headers') ?? {};
    if (!isRecord(rawHeaders)) throw new NeuronParameterError('uri', '"headers" must be a mapping');
    const headers = new Headers(Object.entries(rawHeaders).map(([key, value]) => [key, String(value)]));
    const user = read.string('user');
    if (user !== undefined) {
      const credentials = Buffer.from(`${user}:${read.string('password') ?? ''}`).toString('base64');
      headers.set('authorization', `Basic ${credentials}`);
    }
    const timeoutMs = (read.number('timeout') ?? 10) * 1000;
    const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), context.signal]);
    let request = { method, body: read.string('data') ?? null };
    let response = await fetch(target, { ...request, headers, signal, redirect: 'manual' });
    for (let hops = 0; response.status >= 300 && response.status < 400 && response.headers.has('location'); hops += 1) {
      if (hops >= MAX_REDIRECTS) throw new NeuronParameterError('uri', `more than ${MAX_REDIRECTS} redirects`);
      target = new URL(response.headers.get('location') ?? '', target);
      checkTarget(target, allowed);
      const keepsMethod = response.status === 307 || response.status === 308;
      if (!keepsMethod) request = { method: request.method === 'HEAD' ? 'HEAD' : 'GET', body: null };
      await response.body?.cancel();
      response = await fetch(target, { ...request, headers, signal, redirect: 'manual' });
    }
    const text = await response.text();
    let content: unknown = text;
    if (response.headers.get('content-type')?.includes('json')) {
      try {
        content = JSON.parse(text);
      } catch {
        content = text;
      }
    }
    return { status_code: response.status, content, response_header: Object.fromEntries(response.headers) };
  },
});
