// Identifiers as words, the way the reference describes them (TT `utils.js` clean / cleanKind).

/** `picture_url` → "picture url", `fileSize` → "file size". */
export function cleanName(name: string): string {
  return name
    .replace(/_/g, ' ')
    .replace(/([^A-Z ])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}

const KIND_PREFIXES = [
  'org.thingpedia.builtin.thingengine.',
  'org.thingpedia.builtin.',
  'org.thingpedia.',
  'com.',
  'org.',
  'net.',
  'edu.',
  'gov.',
  'io.',
  'tt.',
  'uk.co.',
  'co.',
];

/** `com.yahoo.finance` → "yahoo finance", `org.thingpedia.builtin.thingengine.phone` → "phone". */
export function cleanKind(kind: string): string {
  let rest = kind;
  for (const prefix of KIND_PREFIXES) {
    if (rest.startsWith(prefix)) {
      rest = rest.slice(prefix.length);
      break;
    }
  }
  return cleanName(rest.replace(/[.-]/g, ' ')).replace(/\s+/g, ' ');
}

/** Every word capitalized: "yandex translate" → "Yandex Translate". */
export function capitalizeWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' ');
}
