// com.thecatapi: random cat pictures from The Cat API (https://api.thecatapi.com/v1/images/search).
import type { Row } from '../runtime/values.js';
import { defineDevice, type Device } from './device.js';
import type { DevicePlugin } from './devicePlugin.js';
import { getJson, joinUrl } from './http.js';
import { readThingpediaFile } from './thingpediaFiles.js';
import { CAT_API_KIND } from './builtinKinds.js';


export interface CatApiDeviceOptions {
  /** Default `https://api.thecatapi.com`. */
  readonly baseUrl?: string;
  /** Sent as `x-api-key` when given (the API serves small requests without one). */
  readonly apiKey?: string;
}

interface CatImage {
  readonly id: string;
  readonly url: string;
}

function isCatImage(value: unknown): value is CatImage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)['id'] === 'string' &&
    typeof (value as Record<string, unknown>)['url'] === 'string'
  );
}

export function createCatApiDevice(options: CatApiDeviceOptions = {}): Device {
  const baseUrl = options.baseUrl ?? 'https://api.thecatapi.com';
  const headers: Record<string, string> = options.apiKey === undefined ? {} : { 'x-api-key': options.apiKey };
  return defineDevice({
    kind: CAT_API_KIND,
    name: 'The Cat API',
    description: 'Where every day is Caturday!',
    queries: {
      async get(params, ctx): Promise<Row[]> {
        const count = typeof params['count'] === 'number' ? Math.max(1, Math.floor(params['count'])) : 1;
        const url = joinUrl(baseUrl, `v1/images/search?limit=${count}&mime_types=jpg,png`);
        const body = await getJson(url, ctx, headers);
        if (!Array.isArray(body)) throw new Error(`Unexpected answer from ${url}`);
        return body
          .filter(isCatImage)
          .slice(0, count)
          .map((image) => ({ count, image_id: image.id, picture_url: image.url, link: image.url }));
      },
    },
  });
}

export const catApiPlugin: DevicePlugin<CatApiDeviceOptions> = {
  kind: CAT_API_KIND,
  get classSource() {
    return readThingpediaFile(CAT_API_KIND, 'manifest');
  },
  get datasetSource() {
    return readThingpediaFile(CAT_API_KIND, 'dataset');
  },
  create: createCatApiDevice,
};
