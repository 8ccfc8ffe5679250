import { afterEach, describe, expect, it, vi } from 'vitest';
import { JinjaError } from './jinjaError.js';
import { renderJinja } from './renderJinja.js';

type Probe = typeof globalThis & { parleyPwned?: unknown };

/** Renders, turning a refusal into `error` so that a case can be checked whichever way the renderer refuses. */
function attempt(template: string, data: Record<string, unknown> = {}): string {
  try {
    return renderJinja(template, data);
  } catch (error) {
    if (error instanceof JinjaError) return 'error';
    throw error;
  }
}

// Templates that run JavaScript under nunjucks (its globals and every value reach Function through `constructor`).
// Each would set globalThis.parleyPwned, or print the uid / a computed 42, if the renderer let it through.
const ESCAPES = [
  '{{ range.constructor("return process.getuid()")() }}',
  '{{ range.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ cycler.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ joiner.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ lipsum.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ "".constructor.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ [].constructor.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ {}.constructor.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ (1).constructor.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ loop.constructor.constructor("globalThis.parleyPwned = 1")() }}',
  '{% for x in [1] %}{{ loop.cycle.constructor("globalThis.parleyPwned = 1")() }}{% endfor %}',
  '{{ "x".upper.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ d.items.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ d.__proto__.constructor.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ d["__proto__"]["constructor"]["constructor"]("globalThis.parleyPwned = 1")() }}',
  '{{ d|attr("constructor") }}{{ (d|attr("constructor"))("globalThis.parleyPwned = 1") }}',
  '{% set f = range.constructor %}{{ f("globalThis.parleyPwned = 1")() }}',
  '{{ range.call(none, 3) }}{{ range.apply.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ self }}{{ self.__init__.__globals__ }}',
  '{{ cycler.__init__.__globals__.os.popen("id").read() }}',
  '{{ "".__class__.__mro__[1].__subclasses__() }}',
  '{{ process.mainModule.require("child_process").execSync("id") }}',
  '{{ this.constructor.constructor("globalThis.parleyPwned = 1")() }}',
  '{{ globalThis.parleyPwned }}{{ global }}{{ require }}',
];

describe('renderJinja is a sandbox', () => {
  afterEach(() => {
    delete (globalThis as Probe).parleyPwned;
  });

  it.each(ESCAPES)('%s reaches no JavaScript', (template) => {
    const output = attempt(template, { d: { a: 1 } });
    expect((globalThis as Probe).parleyPwned).toBeUndefined();
    expect(output).not.toMatch(/\d/);
    expect(output).not.toMatch(/function|native code|class|uid/i);
  });

  it('gives the reported exploit a clear error instead of running it', () => {
    expect(() => renderJinja('{{ range.constructor("return process.getuid()")() }}', {})).toThrow("'builtin_function_or_method object' has no attribute 'constructor'");
  });

  it('never calls or reads functions, getters or class instances found in the data', () => {
    const called = vi.fn(() => 'ran');
    const getter = vi.fn(() => 'read');
    const data = { f: called, o: Object.defineProperty({}, 'g', { get: getter, enumerable: true }), date: new Date(0), map: new Map([['k', 'v']]) };
    expect(attempt('{{ f() }}', data)).toBe('error');
    expect(attempt('[{{ f }}][{{ o.g }}][{{ date }}][{{ map }}]', data)).toBe('[][][][]');
    expect(attempt('{{ date.getTime }}', data)).toBe('error');
    expect(attempt('{{ map.k }}', data)).toBe('error');
    expect(called).not.toHaveBeenCalled();
    expect(getter).not.toHaveBeenCalled();
  });

  it('reads only own keys: no prototype member is visible, and __proto__ keys are plain data', () => {
    expect(attempt('[{{ d.toString }}][{{ d.hasOwnProperty }}][{{ d["constructor"] }}][{{ __proto__ }}][{{ d.__proto__ }}]', { d: {} })).toBe('[][][][][]');
    expect(attempt('{{ x.__proto__.polluted }}', { x: JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown })).toBe('yes');
    expect(attempt("{% set p = {'__proto__': {'polluted': 1}} %}{{ p.__proto__.polluted }}{{ p.polluted }}")).toBe('1');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(attempt('{{ "abc".length }}|{{ [1].length }}|{{ "abc".charAt(0) }}')).toBe('error');
  });

  it('bounds output, strings, sequences and loops', () => {
    expect(attempt("{{ 'a' * 1000000000 }}")).toBe('error');
    expect(attempt("{{ [0] * 1000000000 }}")).toBe('error');
    expect(attempt('{{ range(1000000000)|length }}')).toBe('error');
    expect(attempt('{% for i in range(200) %}{% for j in range(200) %}{% endfor %}{% endfor %}')).toBe('error');
    expect(attempt('{{ [[1] * 10000] * 10000 }}')).toBe('error');
    expect(attempt("{{ (['x' * 50000] * 10000)|join }}")).toBe('error');
    expect(attempt("{{ ('x' * 50000)|replace('x', 'xxxxxxxx') }}")).toBe('error');
    expect(attempt("{{ 'x'|center(1000000000) }}")).toBe('error');
    expect(attempt("{{ '%1000000000s'|format('x') }}")).toBe('error');
    expect(attempt("{% set s = 'x' * 60000 %}{% set s = s ~ s %}{{ s|length }}")).toBe('error');
    expect(attempt("{% for i in range(20) %}{{ 'x' * 9000 }}{% endfor %}")).toBe('error');
    expect(attempt(`{{ ${'('.repeat(5000)}1${')'.repeat(5000)} }}`)).toBe('error');
    expect(attempt(`${'{% if true %}'.repeat(500)}x${'{% endif %}'.repeat(500)}`)).toBe('error');
    expect(attempt("{% for i in range(100) %}{{ 'x' * 100 }}{% endfor %}").length).toBe(10_000);
  });
});
