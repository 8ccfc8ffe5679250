// Identifiers as words, the way the reference describes them (thingtalk 1.10 `utils.js` clean / cleanKind).

/** `picture_url` → "picture url", `fileSize` → "file size", `p_name` → "name" (dataset placeholders lose the prefix). */
export function cleanName(name: string): string {
  const bare = /^[vwgp]_/.test(name) ? name.slice(2) : name;
  return bare
    .replace(/_/g, ' ')
    .replace(/([^A-Z ])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** Prefixes dropped from a kind, each tried in turn on what the previous ones left. */
const KIND_PREFIXES = [
  'org.thingpedia.builtin.thingengine.',
  'org.thingpedia.builtin.',
  'org.thingpedia.',
  'io.home-assistant.',
  'com.',
  'gov.',
  'org.',
  'uk.co.',
];

/** `com.yahoo.finance` → "yahoo finance", `org.thingpedia.builtin.thingengine.phone` → "phone". */
export function cleanKind(kind: string): string {
  let rest = kind;
  for (const prefix of KIND_PREFIXES) {
    if (rest.startsWith(prefix)) rest = rest.slice(prefix.length);
  }
  return cleanName(rest.replace(/[.-]/g, ' '));
}

/** Every word capitalized: "yandex translate" → "Yandex Translate". */
export function capitalizeWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' ');
}
