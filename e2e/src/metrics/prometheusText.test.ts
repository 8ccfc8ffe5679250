import { describe, expect, it } from 'vitest';
import { parsePrometheusText, sampleValue } from './prometheusText.js';

const valid = `# HELP requests_seconds Request time.
# TYPE requests_seconds histogram
requests_seconds_bucket{le="0.1",route="/a/:id"} 1
requests_seconds_bucket{le="+Inf",route="/a/:id"} 3
requests_seconds_sum{route="/a/:id"} 0.9
requests_seconds_count{route="/a/:id"} 3
# TYPE open gauge
open Nan
# TYPE hits_total counter
hits_total{path="a \\"quoted\\" \\\\ back\\nslash"} 2
`;

describe('parsePrometheusText', () => {
  it('reads families, labels with escapes, NaN and histograms', () => {
    const exposition = parsePrometheusText(valid);
    expect(exposition.types).toEqual(new Map([['requests_seconds', 'histogram'], ['open', 'gauge'], ['hits_total', 'counter']]));
    expect(sampleValue(exposition, 'requests_seconds_count', { route: '/a/:id' })).toBe(3);
    expect(sampleValue(exposition, 'open')).toBeNaN();
    expect(exposition.samples.at(-1)?.labels).toEqual({ path: 'a "quoted" \\ back\nslash' });
  });

  it.each([
    ['a sample of no declared family', valid.replace('# TYPE open gauge\n', '')],
    ['buckets that are not cumulative', valid.replace('le="0.1",route="/a/:id"} 1', 'le="0.1",route="/a/:id"} 5')],
    ['a +Inf bucket that is not the count', valid.replace('count{route="/a/:id"} 3', 'count{route="/a/:id"} 4')],
    ['a bad metric name', valid.replace('open Nan', '9open Nan')],
    ['an unquoted label value', valid.replace('route="/a/:id"} 0.9', 'route=/a} 0.9')],
    ['a value that is not a number', valid.replace('open Nan', 'open many')],
    ['an unknown type', valid.replace('open gauge', 'open meter')],
    ['no final line feed', valid.trimEnd()],
  ])('refuses %s', (_name, text) => {
    expect(text).not.toBe(valid);
    expect(() => parsePrometheusText(text)).toThrow();
  });
});
