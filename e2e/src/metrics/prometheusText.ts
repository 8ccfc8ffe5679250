// A strict reader of the Prometheus text exposition format (version 0.0.4), for checking what /metrics serves:
// every line is a HELP, a TYPE or a sample of a family declared before it; names, label names, escapes and values
// are checked; each histogram's buckets are cumulative and its +Inf bucket equals its _count. Throws on the first
// line that is not valid.

export type MetricType = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export interface Sample {
  /** The sample's own name (`x_bucket`, `x_sum`, `x_count` for a histogram `x`). */
  name: string;
  family: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  types: Map<string, MetricType>;
  samples: Sample[];
}

const metricName = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const sampleLine = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: -?\d+)?$/;
const labelPair = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(?:,|$)/;
const suffixes: Record<MetricType, readonly string[]> = {
  counter: ['', '_total'],
  gauge: [''],
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
  untyped: [''],
};

/** A float as Prometheus reads it (Go's ParseFloat: NaN and Inf in any case; prom-client writes `Nan`). */
function parseValue(text: string, line: string): number {
  const special = /^([-+]?)(nan|inf|infinity)$/i.exec(text);
  if (special !== null) {
    if (special[2]?.toLowerCase() === 'nan') return Number.NaN;
    return special[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text)) throw new Error(`not a number: ${line}`);
  return Number(text);
}

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  let rest = text;
  while (rest !== '') {
    const match = labelPair.exec(rest);
    if (match === null) throw new Error(`bad labels: ${line}`);
    const [whole, name = '', escaped = ''] = match;
    if (name in labels) throw new Error(`label ${name} twice: ${line}`);
    labels[name] = escaped.replace(/\\(.)/g, (_all, char: string) => (char === 'n' ? '\n' : char));
    rest = rest.slice(whole.length);
  }
  return labels;
}

function familyOf(name: string, types: Map<string, MetricType>): string | undefined {
  for (const [family, type] of types) {
    if (suffixes[type].some((suffix) => name === family + suffix)) return family;
  }
  return undefined;
}

function checkHistograms(exposition: Exposition): void {
  for (const [family, type] of exposition.types) {
    if (type !== 'histogram') continue;
    const series = new Map<string, { buckets: [number, number][]; count?: number }>();
    for (const sample of exposition.samples.filter((candidate) => candidate.family === family)) {
      const { le, ...rest } = sample.labels;
      const key = JSON.stringify(Object.entries(rest).sort());
      const entry = series.get(key) ?? { buckets: [] };
      series.set(key, entry);
      if (sample.name === `${family}_bucket`) {
        if (le === undefined) throw new Error(`${family}_bucket without le`);
        entry.buckets.push([parseValue(le, le), sample.value]);
      } else if (sample.name === `${family}_count`) entry.count = sample.value;
    }
    for (const [key, { buckets, count }] of series) {
      const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
      sorted.forEach(([, value], index) => {
        if (index > 0 && value < (sorted[index - 1]?.[1] ?? 0)) throw new Error(`${family} ${key}: buckets not cumulative`);
      });
      const last = sorted.at(-1);
      if (last === undefined || last[0] !== Number.POSITIVE_INFINITY || last[1] !== count) {
        throw new Error(`${family} ${key}: the +Inf bucket must equal _count`);
      }
    }
  }
}

export function parsePrometheusText(text: string): Exposition {
  const exposition: Exposition = { types: new Map(), samples: [] };
  if (!text.endsWith('\n')) throw new Error('the exposition must end with a line feed');
  for (const line of text.slice(0, -1).split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      const [, keyword, name = '', rest = ''] = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line) ?? [];
      if (keyword === undefined) continue; // a plain comment
      if (!metricName.test(name)) throw new Error(`bad metric name: ${line}`);
      if (keyword === 'TYPE') {
        if (!(rest in suffixes)) throw new Error(`unknown type: ${line}`);
        if (exposition.types.has(name)) throw new Error(`TYPE twice: ${line}`);
        exposition.types.set(name, rest as MetricType);
      }
      continue;
    }
    const match = sampleLine.exec(line);
    if (match === null) throw new Error(`not a sample line: ${line}`);
    const [, name = '', labels = '', value = ''] = match;
    const family = familyOf(name, exposition.types);
    if (family === undefined) throw new Error(`sample of no declared family: ${line}`);
    exposition.samples.push({ name, family, labels: parseLabels(labels, line), value: parseValue(value, line) });
  }
  checkHistograms(exposition);
  return exposition;
}

/** The value of the one sample `name` whose labels include `labels`; undefined when there is none. */
export function sampleValue(exposition: Exposition, name: string, labels: Record<string, string> = {}): number | undefined {
  const found = exposition.samples.filter(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}
