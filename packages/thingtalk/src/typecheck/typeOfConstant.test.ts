import { describe, expect, it } from 'vitest';
import { isAssignable } from './assignable.js';
import { typeOfConstant } from './typeOfConstant.js';

describe('typeOfConstant and isAssignable', () => {
  it('type answers so the dialog can tell whether they fit the slot', () => {
    const temperature = typeOfConstant({ type: 'Measure', value: 70, unit: 'F' });
    expect(temperature).toEqual({ kind: 'Measure', unit: 'C' });
    expect(isAssignable(temperature, { kind: 'Measure', unit: 'C' })).toBe(true);
    expect(isAssignable(typeOfConstant({ type: 'String', value: 'x' }), { kind: 'Number' })).toBe(false);
    expect(isAssignable(typeOfConstant({ type: 'Enum', value: 'on' }), { kind: 'Enum', entries: ['on', 'off'] })).toBe(true);
    expect(isAssignable(typeOfConstant({ type: 'String', value: 'bob' }), { kind: 'Entity', entityType: 'tt:username' })).toBe(true);
    expect(typeOfConstant({ type: 'Undefined', local: true })).toEqual({ kind: 'Any' });
  });

  it('rejects parameter references and unknown units', () => {
    expect(() => typeOfConstant({ type: 'VarRef', name: 'title' })).toThrow('Undefined variable title');
    expect(() => typeOfConstant({ type: 'Measure', value: 1, unit: 'parsec' })).toThrow('Invalid unit parsec');
  });
});
