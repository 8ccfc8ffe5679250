/** Maps a language tag to a culture code of the recognizers ("en-US" → "en-us"); English when absent. */
export function cultureOf(lang: string | undefined): string {
  const tag = (lang ?? 'en').trim().toLowerCase().replace('_', '-');
  return tag === '' ? 'en-us' : tag;
}
