// The settings of an imported agent.json that the server and embedded agents honour (apps/apiai-api/README.md,
// "Agent settings"): `mlMinConfidence` (the classifier's lowest confidence that matches an intent), `customClassifierMode`
// (`use.only`: machine learning only; anything else: hybrid, rules and machine learning) and `defaultTimezone`
// (the time zone of date and time entities when a query gives none).
import { normalizeTimeZone } from './normalizeTimeZone.js';
import type { Agent } from './model.js';

export interface AgentSettings {
  /** The agent's own classifier threshold, when its agent.json gives one between 0 and 1. */
  minConfidence: number | undefined;
  /** `ml-only`: only whole-query example matches and the classifier answer; `hybrid`: partial template matches too. */
  classifierMode: 'hybrid' | 'ml-only';
  timeZone: string | undefined;
}

export function agentSettings(agent: Pick<Agent, 'agentJson'>): AgentSettings {
  const json = agent.agentJson ?? {};
  const confidence = json.mlMinConfidence;
  const zone = json.defaultTimezone;
  return {
    minConfidence: typeof confidence === 'number' && confidence >= 0 && confidence <= 1 ? confidence : undefined,
    classifierMode: json.customClassifierMode === 'use.only' ? 'ml-only' : 'hybrid',
    timeZone: typeof zone === 'string' ? normalizeTimeZone(zone) : undefined,
  };
}
