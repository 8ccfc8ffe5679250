import { NeuronParameterError, type Neuron } from './neuron.js';
import { NeuronParameters } from './neuron-parameters.js';
import { isRecord } from '../brain/parse-synapse.js';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];

/**
 * `uri: {url, method, headers, data, user, password, timeout}` makes an HTTP call (timeout in seconds, default 10)
 * and returns `status_code`, `content` (parsed when JSON) and `response_header` for say_template.
 */
export const uriNeuron: Neuron = {
  name: 'uri',
  async run(parameters, context) {
    const read = new NeuronParameters('uri', parameters);
    const url = read.requiredString('url');
    if (!/^https?:\/\//i.test(url)) throw new NeuronParameterError('uri', '"url" must be an http(s) URL');
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
    const response = await fetch(url, {
      method,
      headers,
      body: read.string('data') ?? null,
      signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), context.signal]),
    });
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
};
