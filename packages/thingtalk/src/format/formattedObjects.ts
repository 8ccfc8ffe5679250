// The non-text messages a format specification can produce (TT `runtime/format_objects.js`): their fields,
// validity rules, and their plain-text fallback.

interface PictureObject {
  readonly type: 'picture';
  readonly url: string;
}

interface RdlObject {
  readonly type: 'rdl';
  readonly webCallback: string;
  readonly callback: string;
  readonly displayTitle: string;
  readonly displayText?: string;
  readonly pictureUrl?: string;
}

interface MapObject {
  readonly type: 'map';
  readonly lat: number;
  readonly lon: number;
  readonly display?: string;
}

interface SoundObject {
  readonly type: 'sound';
  readonly name: string;
}

interface MediaObject {
  readonly type: 'media';
  readonly url: string;
}

export type FormattedObject = PictureObject | RdlObject | MapObject | SoundObject | MediaObject;

/** One formatted message: plain text, or an object for the client to render. */
export type FormattedMessage = string | FormattedObject;

type Fields = Readonly<Record<string, string | null>>;

function present(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value !== '';
}

/** Builds a format object from interpolated fields; null when its required fields are missing (it is then dropped). */
export function makeFormattedObject(type: string, fields: Fields): FormattedObject | null {
  switch (type) {
    case 'picture':
      return present(fields['url']) ? { type, url: fields['url'] } : null;
    case 'media':
      return present(fields['url']) ? { type, url: fields['url'] } : null;
    case 'sound':
      return present(fields['name']) ? { type, name: fields['name'] } : null;
    case 'map': {
      const lat = Number(fields['lat']);
      const lon = Number(fields['lon']);
      if (!present(fields['lat']) || !present(fields['lon']) || Number.isNaN(lat) || Number.isNaN(lon)) return null;
      return present(fields['display']) ? { type, lat, lon, display: fields['display'] } : { type, lat, lon };
    }
    case 'rdl':
      return makeRdl(fields);
    default:
      return null;
  }
}

// RDL defaults: a missing webCallback/callback takes the other; a text without a title becomes the title;
// a missing title is the link itself.
function makeRdl(fields: Fields): RdlObject | null {
  const webCallback = present(fields['webCallback']) ? fields['webCallback'] : fields['callback'];
  if (!present(webCallback)) return null;
  const callback = present(fields['callback']) ? fields['callback'] : webCallback;
  let displayTitle = fields['displayTitle'];
  let displayText = fields['displayText'];
  if (!present(displayTitle) && present(displayText)) {
    displayTitle = displayText;
    displayText = null;
  }
  const rdl: RdlObject = { type: 'rdl', callback, webCallback, displayTitle: present(displayTitle) ? displayTitle : webCallback };
  const pictureUrl = fields['pictureUrl'];
  return {
    ...rdl,
    ...(present(displayText) ? { displayText } : {}),
    ...(present(pictureUrl) ? { pictureUrl } : {}),
  };
}

/** The text fallback of a formatted message (for speech, text-only clients and `$event`). */
export function formattedToString(message: FormattedMessage): string {
  if (typeof message === 'string') return message;
  switch (message.type) {
    case 'picture':
      return `Picture: ${message.url}`;
    case 'rdl':
      return `Link: ${message.displayTitle} <${message.webCallback}>`;
    case 'map':
      return `Location: ${message.display ?? `[Latitude: ${message.lat} deg, Longitude: ${message.lon} deg]`}`;
    case 'sound':
      return `Sound effect: ${message.name}`;
    case 'media':
      return `Media: ${message.url}`;
  }
}
