// The few fields of an Atom feed's entries that the What If query needs (title, link href, updated).

interface AtomEntry {
  readonly title: string;
  readonly link: string;
  readonly updated: string;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return XML_ENTITIES[name.toLowerCase()] ?? whole;
    })
    .trim();
}

function element(xml: string, name: string): string {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return match?.[1] === undefined ? '' : decodeXml(match[1]);
}

function linkHref(xml: string): string {
  for (const match of xml.matchAll(/<link\b([^>]*?)\/?>/g)) {
    const attributes = match[1] ?? '';
    const rel = /\brel="([^"]*)"/.exec(attributes)?.[1];
    const href = /\bhref="([^"]*)"/.exec(attributes)?.[1];
    if (href !== undefined && (rel === undefined || rel === 'alternate')) return decodeXml(href);
  }
  return '';
}

export function parseAtomEntries(xml: string): AtomEntry[] {
  const entries: AtomEntry[] = [];
  for (const match of xml.matchAll(/<entry\b[^>]*>([\s\S]*?)<\/entry>/g)) {
    const body = match[1] ?? '';
    entries.push({ title: element(body, 'title'), link: linkHref(body), updated: element(body, 'updated') });
  }
  return entries;
}
