const CONJUNCTION = new Intl.ListFormat('en', { type: 'conjunction' });

/** "a", "a and b", "a, b, and c": lists in descriptions, as thingtalk 1.10 joins them. */
export function listOf(items: readonly string[]): string {
  return CONJUNCTION.format(items);
}

const DISJUNCTION = new Intl.ListFormat('en', { type: 'disjunction' });

/** "a", "a or b", "a, b, or c". */
export function listOfAlternatives(items: readonly string[]): string {
  return DISJUNCTION.format(items);
}
