// com.xkcd: comics from the xkcd JSON interface (https://xkcd.com/info.0.json, /<n>/info.0.json)
// and What If posts from its Atom feed (https://what-if.xkcd.com/feed.atom).
import type { Row } from '../runtime/values.js';
import { defineDevice, type Device, type InvocationContext } from './device.js';
import type { DevicePlugin } from './devicePlugin.js';
import { getJson, getText, joinUrl } from './http.js';
import { readThingpediaFile } from './thingpediaFiles.js';
import { parseAtomEntries } from './parseAtomEntries.js';
import { XKCD_KIND } from './builtinKinds.js';


export interface XkcdDeviceOptions {
  /** Default `https://xkcd.com`. */
  readonly baseUrl?: string;
  /** Default `https://what-if.xkcd.com`. */
  readonly whatIfUrl?: string;
  /** Uniform random number in [0, 1) for `random_comic` (default Math.random). */
  readonly random?: () => number;
}

interface ComicInfo {
  readonly num: number;
  readonly title: string;
  readonly img: string;
  readonly alt: string;
}

function toComicInfo(value: unknown, url: string): ComicInfo {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const { num, title, img, alt } = record;
  if (typeof num !== 'number' || typeof title !== 'string' || typeof img !== 'string')
    throw new Error(`Unexpected answer from ${url}`);
  return { num, title, img, alt: typeof alt === 'string' ? alt : '' };
}

export function createXkcdDevice(options: XkcdDeviceOptions = {}): Device {
  const baseUrl = options.baseUrl ?? 'https://xkcd.com';
  const whatIfUrl = options.whatIfUrl ?? 'https://what-if.xkcd.com';
  const random = options.random ?? Math.random;

  async function fetchComic(number: number | null, ctx: InvocationContext): Promise<ComicInfo> {
    const url = joinUrl(baseUrl, number === null ? 'info.0.json' : `${number}/info.0.json`);
    return toComicInfo(await getJson(url, ctx), url);
  }

  function toRow(comic: ComicInfo): Row {
    return {
      number: comic.num,
      title: comic.title,
      picture_url: comic.img,
      link: joinUrl(baseUrl, `${comic.num}/`),
      alt_text: comic.alt,
    };
  }

  return defineDevice({
    kind: XKCD_KIND,
    name: 'XKCD',
    description: 'A webcomic of romance, sarcasm, math, and language.',
    queries: {
      async get_comic(params, ctx): Promise<Row[]> {
        const number = typeof params['number'] === 'number' ? params['number'] : null;
        return [toRow(await fetchComic(number, ctx))];
      },
      async random_comic(_params, ctx): Promise<Row[]> {
        const latest = await fetchComic(null, ctx);
        const number = 1 + Math.min(latest.num - 1, Math.floor(random() * latest.num));
        return [toRow(number === latest.num ? latest : await fetchComic(number, ctx))];
      },
      async what_if(_params, ctx): Promise<Row[]> {
        const feed = await getText(joinUrl(whatIfUrl, 'feed.atom'), ctx);
        return parseAtomEntries(feed).map((entry) => ({
          title: entry.title,
          link: entry.link,
          updated_time: new Date(entry.updated),
        }));
      },
    },
  });
}

export const xkcdPlugin: DevicePlugin<XkcdDeviceOptions> = {
  kind: XKCD_KIND,
  get classSource() {
    return readThingpediaFile(XKCD_KIND, 'manifest');
  },
  get datasetSource() {
    return readThingpediaFile(XKCD_KIND, 'dataset');
  },
  create: createXkcdDevice,
};
