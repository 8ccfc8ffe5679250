import { describe, expect, it } from 'vitest';
import { agentSettings } from './agentSettings.js';

describe('agentSettings', () => {
  it('reads mlMinConfidence, customClassifierMode and defaultTimezone from agent.json', () => {
    expect(agentSettings({ agentJson: { mlMinConfidence: 0.3, customClassifierMode: 'use.only', defaultTimezone: 'Europe/Madrid' } })).toEqual({
      minConfidence: 0.3, classifierMode: 'ml-only', timeZone: 'Europe/Madrid',
    });
  });

  it('ignores values out of range or unknown, and agents without agent.json', () => {
    expect(agentSettings({ agentJson: { mlMinConfidence: 3, customClassifierMode: 'use.after', defaultTimezone: 'Mars/Olympus' } })).toEqual({
      minConfidence: undefined, classifierMode: 'hybrid', timeZone: undefined,
    });
    expect(agentSettings({ agentJson: null })).toEqual({ minConfidence: undefined, classifierMode: 'hybrid', timeZone: undefined });
  });
});
