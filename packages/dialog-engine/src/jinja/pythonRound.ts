/**
 * Python's `round(x, ndigits)` on a float: the exact binary value rounded to `ndigits` decimals, ties to even
 * (so `round(2.5) == 2`, `round(0.125, 2) == 0.12`, and `round(2.675, 2) == 2.67` because 2.675 is stored as
 * 2.67499…).
 */
export function pythonRound(value: number, digits: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21 || digits > 20) return value;
  if (digits < 0) {
    const scale = 10 ** -digits;
    return pythonRound(value / scale, 0) * scale;
  }
  // toFixed(100) is the exact decimal expansion of the double for every value this renderer meets.
  const exact = Math.abs(value).toFixed(100);
  const point = exact.indexOf('.');
  const kept = exact.slice(0, point + 1 + digits);
  const rest = exact.slice(point + 1 + digits);
  const first = rest[0] ?? '0';
  const tie = first === '5' && /^0*$/.test(rest.slice(1));
  const lastDigit = Number(kept.replace('.', '').slice(-1));
  const up = first > '5' || (first === '5' && !tie) || (tie && lastDigit % 2 === 1);
  const truncated = Number(kept.endsWith('.') ? kept.slice(0, -1) : kept);
  const rounded = up ? truncated + 10 ** -digits : truncated;
  const result = Number(rounded.toFixed(digits));
  return value < 0 ? -result : result;
}
