// Measure units of ThingTalk 1.x and their conversion to the base unit of each dimension
// (facts from thingtalk-units: ms, m, mps, kg, Pa, C, kcal, byte, m2, m3, W, lx, lm, dB, dBm are the base units).

interface LinearUnit {
  readonly base: string;
  readonly factor: number;
}

const LINEAR: Readonly<Record<string, LinearUnit>> = {
  ms: { base: 'ms', factor: 1 },
  s: { base: 'ms', factor: 1000 },
  min: { base: 'ms', factor: 60_000 },
  h: { base: 'ms', factor: 3_600_000 },
  day: { base: 'ms', factor: 86_400_000 },
  week: { base: 'ms', factor: 604_800_000 },
  mon: { base: 'ms', factor: 2_592_000_000 },
  year: { base: 'ms', factor: 31_536_000_000 },
  m: { base: 'm', factor: 1 },
  km: { base: 'm', factor: 1000 },
  mm: { base: 'm', factor: 0.001 },
  cm: { base: 'm', factor: 0.01 },
  mi: { base: 'm', factor: 1609.344 },
  in: { base: 'm', factor: 0.0254 },
  ft: { base: 'm', factor: 0.3048 },
  yd: { base: 'm', factor: 0.9144 },
  mps: { base: 'mps', factor: 1 },
  kmph: { base: 'mps', factor: 1000 / 3600 },
  mph: { base: 'mps', factor: 0.44704 },
  kg: { base: 'kg', factor: 1 },
  g: { base: 'kg', factor: 0.001 },
  lb: { base: 'kg', factor: 0.45359237 },
  oz: { base: 'kg', factor: 0.028349523125 },
  Pa: { base: 'Pa', factor: 1 },
  bar: { base: 'Pa', factor: 100_000 },
  psi: { base: 'Pa', factor: 6894.757293168 },
  mmHg: { base: 'Pa', factor: 133.322387415 },
  inHg: { base: 'Pa', factor: 3386.389 },
  atm: { base: 'Pa', factor: 101_325 },
  kcal: { base: 'kcal', factor: 1 },
  kJ: { base: 'kcal', factor: 0.239006 },
  byte: { base: 'byte', factor: 1 },
  KB: { base: 'byte', factor: 1e3 },
  MB: { base: 'byte', factor: 1e6 },
  GB: { base: 'byte', factor: 1e9 },
  TB: { base: 'byte', factor: 1e12 },
  KiB: { base: 'byte', factor: 1024 },
  MiB: { base: 'byte', factor: 1024 ** 2 },
  GiB: { base: 'byte', factor: 1024 ** 3 },
  TiB: { base: 'byte', factor: 1024 ** 4 },
  m2: { base: 'm2', factor: 1 },
  km2: { base: 'm2', factor: 1e6 },
  cm2: { base: 'm2', factor: 1e-4 },
  ft2: { base: 'm2', factor: 0.09290304 },
  m3: { base: 'm3', factor: 1 },
  l: { base: 'm3', factor: 0.001 },
  ml: { base: 'm3', factor: 1e-6 },
  gal: { base: 'm3', factor: 0.00378541 },
  W: { base: 'W', factor: 1 },
  kW: { base: 'W', factor: 1000 },
  lx: { base: 'lx', factor: 1 },
  lm: { base: 'lm', factor: 1 },
  dB: { base: 'dB', factor: 1 },
  dBm: { base: 'dBm', factor: 1 },
};

/**
 * The base unit a unit converts to (`F` → `C`, `KB` → `byte`), or undefined for an unknown unit.
 * `defaultTemperature` (thingtalk 1.10: the user's preferred temperature unit, which the program does not know)
 * is a temperature and runs as Celsius.
 */
export function baseUnitOf(unit: string): string | undefined {
  if (unit === 'C' || unit === 'F' || unit === 'K' || unit === 'defaultTemperature') return 'C';
  return LINEAR[unit]?.base;
}

/** `value` in `unit`, expressed in the base unit. */
export function toBaseUnit(value: number, unit: string): number {
  if (unit === 'C' || unit === 'defaultTemperature') return value;
  if (unit === 'F') return ((value - 32) * 5) / 9;
  if (unit === 'K') return value - 273.15;
  const linear = LINEAR[unit];
  if (linear === undefined) throw new Error(`Unknown unit ${unit}`);
  return value * linear.factor;
}

/** A base-unit amount expressed in `unit` (the inverse of toBaseUnit). */
export function fromBaseUnit(value: number, unit: string): number {
  if (unit === 'C' || unit === 'defaultTemperature') return value;
  if (unit === 'F') return (value * 9) / 5 + 32;
  if (unit === 'K') return value + 273.15;
  const linear = LINEAR[unit];
  if (linear === undefined) throw new Error(`Unknown unit ${unit}`);
  return value / linear.factor;
}
