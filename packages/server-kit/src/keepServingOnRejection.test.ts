import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { keepServingOnRejection } from './keepServingOnRejection.js';

describe('keepServingOnRejection', () => {
  it('logs an unhandled rejection instead of letting it end the process, until removed', () => {
    const target = new EventEmitter();
    const logged: unknown[] = [];
    const remove = keepServingOnRejection((error) => logged.push(error), target);
    const cut = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    target.emit('unhandledRejection', cut, Promise.resolve());
    expect(logged).toEqual([cut]);
    remove();
    expect(target.listenerCount('unhandledRejection')).toBe(0);
  });
});
