import { describe, expect, it } from 'vitest';
import { isTemplate, renderTemplate } from './renderTemplate.js';

describe('renderTemplate', () => {
  it('renders Jinja2 expressions, filters and subscripts', () => {
    expect(renderTemplate('hello {{ name }}', { name: 'amy' })).toBe('hello amy');
    expect(renderTemplate("your name is {{ kalliope_memory['name'] }}", { kalliope_memory: { name: 'nicolas' } })).toBe('your name is nicolas');
    expect(renderTemplate("{{ missing | default('none') }}", {})).toBe('none');
    expect(renderTemplate('{% if hours > 12 %}pm{% else %}am{% endif %}', { hours: 15 })).toBe('pm');
  });

  it('does not escape HTML', () => {
    expect(renderTemplate('{{ text }}', { text: "<b>rock & roll</b> l'été" })).toBe("<b>rock & roll</b> l'été");
  });

  it('gives undefined for a missing variable or a malformed template', () => {
    expect(renderTemplate('call {{ whom }}', {})).toBeUndefined();
    expect(renderTemplate("{{ kalliope_memory['nothing'] }}", { kalliope_memory: {} })).toBeUndefined();
    expect(renderTemplate('{{ broken }', { broken: 1 })).toBeUndefined();
  });

  it('recognises template syntax', () => {
    expect(isTemplate('say {{ x }}')).toBe(true);
    expect(isTemplate('plain text')).toBe(false);
  });
});
