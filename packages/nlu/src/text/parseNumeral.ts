/** Languages that write "1.000,5" (dot groups thousands, comma marks decimals). */
const COMMA_DECIMAL_LANGUAGES = /^(de|fr|es|it|pt|nl|ru|pl|tr|sv|da|nb|no|fi|cs|id|uk|ro|hu)\b/i;

/**
 * Reads a digit string written with grouping and decimal separators. English reads "1,000.5";
 * languages in {@link COMMA_DECIMAL_LANGUAGES} read "1.000,5". Returns undefined for forms that
 * are not a single number (for example "1.2.3", a version or a date).
 */
export function parseNumeral(digits: string, lang?: string): number | undefined {
  const commaDecimal = lang !== undefined && COMMA_DECIMAL_LANGUAGES.test(lang);
  const group = commaDecimal ? '.' : ',';
  const decimal = commaDecimal ? ',' : '.';
  const escape = (separator: string): string => (separator === '.' ? '\\.' : separator);
  const shape = new RegExp(
    String.raw`^(?:\d{1,3}(?:${escape(group)}\d{3})+|\d+)(?:${escape(decimal)}\d+)?$`,
  );
  const ascii = digits.replace(/\p{Nd}/gu, (digit) => String(digitValue(digit)));
  if (!shape.test(ascii)) return undefined;
  return Number(ascii.split(group).join('').replace(decimal, '.'));
}

/** Value of any Unicode decimal digit: digits come in runs of ten, so count back to the start of the run. */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0) ?? 0x30;
  let first = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(first - 1))) first -= 1;
  return (code - first) % 10;
}
