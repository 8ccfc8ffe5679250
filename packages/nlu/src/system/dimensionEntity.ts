import type { JsonValue } from '../jsonValue.js';
import type { SystemEntityName } from './systemEntityMatch.js';

/** The recognizers' unit names mapped to the api.ai unit entity and its unit symbol. */
const UNITS: Readonly<Record<string, readonly [SystemEntityName, string]>> = {
  Picometer: ['unit-length', 'pm'], Nanometer: ['unit-length', 'nm'], Micrometer: ['unit-length', 'µm'],
  Millimeter: ['unit-length', 'mm'], Centimeter: ['unit-length', 'cm'], Decimeter: ['unit-length', 'dm'],
  Meter: ['unit-length', 'm'], Kilometer: ['unit-length', 'km'], Inch: ['unit-length', 'in'],
  Foot: ['unit-length', 'ft'], Yard: ['unit-length', 'yd'], Mile: ['unit-length', 'mi'],
  Milligram: ['unit-weight', 'mg'], Gram: ['unit-weight', 'g'], Kilogram: ['unit-weight', 'kg'],
  Ton: ['unit-weight', 't'], Pound: ['unit-weight', 'lb'], Ounce: ['unit-weight', 'oz'],
  Milliliter: ['unit-volume', 'ml'], Liter: ['unit-volume', 'l'], Gallon: ['unit-volume', 'gal'],
  'Fluid ounce': ['unit-volume', 'fl oz'], Pint: ['unit-volume', 'pt'], Quart: ['unit-volume', 'qt'],
  'Cubic meter': ['unit-volume', 'm3'],
  'Square meter': ['unit-area', 'm2'], 'Square kilometer': ['unit-area', 'km2'], 'Square foot': ['unit-area', 'ft2'],
  Acre: ['unit-area', 'acre'], Hectare: ['unit-area', 'ha'],
  'Meter per second': ['unit-speed', 'm/s'], 'Kilometer per hour': ['unit-speed', 'km/h'],
  'Mile per hour': ['unit-speed', 'mph'], Knot: ['unit-speed', 'kn'],
  Bit: ['unit-information', 'bit'], Byte: ['unit-information', 'B'], Kilobyte: ['unit-information', 'KB'],
  Megabyte: ['unit-information', 'MB'], Gigabyte: ['unit-information', 'GB'], Terabyte: ['unit-information', 'TB'],
};

/** `{amount, unit}` under the api.ai unit entity a dimension belongs to; undefined for units we do not map. */
export function dimensionEntity(amount: number, unitName: string): { entity: SystemEntityName; value: JsonValue } | undefined {
  const known = UNITS[unitName];
  return known === undefined ? undefined : { entity: known[0], value: { amount, unit: known[1] } };
}
