import { describe, expect, it } from 'vitest';
import { isTemplate, renderParameter, renderTemplate } from './renderTemplate.js';

describe('renderTemplate', () => {
  it('renders Jinja2 expressions, filters and subscripts', () => {
    expect(renderTemplate('hello {{ name }}', { name: 'amy' })).toEqual({ ok: true, value: 'hello amy' });
    expect(renderTemplate("your name is {{ kalliope_memory['name'] }}", { kalliope_memory: { name: 'nicolas' } })).toEqual({ ok: true, value: 'your name is nicolas' });
    expect(renderTemplate("{{ missing | default('none') }}", {})).toEqual({ ok: true, value: 'none' });
    expect(renderTemplate('{% if hours > 12 %}pm{% else %}am{% endif %}', { hours: 15 })).toEqual({ ok: true, value: 'pm' });
  });

  it('does not escape HTML', () => {
    expect(renderTemplate('{{ text }}', { text: "<b>rock & roll</b> l'été" })).toEqual({ ok: true, value: "<b>rock & roll</b> l'été" });
  });

  it('prints missing names empty, as Jinja2 does', () => {
    expect(renderTemplate('call {{ whom }}', {})).toEqual({ ok: true, value: 'call ' });
    expect(renderTemplate("{{ kalliope_memory['nothing'] }}", { kalliope_memory: {} })).toEqual({ ok: true, value: '' });
  });

  it('gives the reason when a template does not parse or fails', () => {
    expect(renderTemplate('{{ broken }', { broken: 1 })).toEqual({ ok: false, reason: expect.stringContaining("unexpected '}'") as unknown });
    expect(renderTemplate('{{ range.constructor("return process.getuid()")() }}', {})).toEqual({ ok: false, reason: expect.stringContaining("has no attribute 'constructor'") as unknown });
  });

  it('recognises template syntax', () => {
    expect(isTemplate('say {{ x }}')).toBe(true);
    expect(isTemplate('plain text')).toBe(false);
  });
});

describe('renderParameter', () => {
  it('refuses a bare {{ name }} that is not available, like Kalliope', () => {
    expect(renderParameter('call {{ whom }}', {})).toEqual({ ok: false, reason: 'the parameter "whom" is not available in the order' });
    expect(renderParameter('call {{ a.b }}', { a: { b: 1 } })).toEqual({ ok: false, reason: 'the parameter "a.b" is not available in the order' });
    expect(renderParameter('call {{ whom }}', { whom: 'mom' })).toEqual({ ok: true, value: 'call mom' });
  });

  it('leaves other expressions to Jinja2', () => {
    expect(renderParameter("{{ whom | default('dad') }} {{ kalliope_memory['k'] }}", { kalliope_memory: {} })).toEqual({ ok: true, value: 'dad ' });
  });
});
