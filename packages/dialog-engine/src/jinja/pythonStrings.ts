/** Python string operations the filters and the string methods share. */

const WHITESPACE = ' \t\n\r\f\v';

export function strip(text: string, chars: string | null, side: 'both' | 'left' | 'right'): string {
  const set = chars ?? WHITESPACE;
  let start = 0;
  let end = text.length;
  if (side !== 'right') while (start < end && set.includes(text[start] ?? '')) start += 1;
  if (side !== 'left') while (end > start && set.includes(text[end - 1] ?? '')) end -= 1;
  return text.slice(start, end);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

/** Jinja2's `title`: each word starts upper-case, the rest lower-case; words are split on spaces and `-([{<`. */
export function title(text: string): string {
  return text
    .split(/([-\s([{<]+)/)
    .map((part) => capitalize(part))
    .join('');
}

/** `str.replace(old, new, count)`; `count < 0` replaces every occurrence. */
export function replace(text: string, old: string, replacement: string, count: number): string {
  const parts = old === '' ? ['', ...[...text], ''] : text.split(old);
  if (count < 0 || count >= parts.length - 1) return parts.join(replacement);
  return parts.slice(0, count + 1).join(replacement) + old + parts.slice(count + 1).join(old);
}

/** `str.split(sep, maxsplit)`: without a separator, runs of whitespace split and ends are dropped. */
export function split(text: string, separator: string | null, maxSplit: number): string[] {
  if (separator === '') throw new Error('empty separator');
  const parts = separator === null ? strip(text, null, 'both').split(/\s+/).filter((part) => part !== '') : text.split(separator);
  if (maxSplit < 0 || parts.length <= maxSplit + 1) return parts;
  const joiner = separator ?? ' ';
  return [...parts.slice(0, maxSplit), parts.slice(maxSplit).join(joiner)];
}
