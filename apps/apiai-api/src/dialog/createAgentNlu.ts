// The NLU of this app: template and example matching from @parley/nlu.
import type { AgentNluFactory } from './AgentNlu.js';
import { compileTemplateNlu } from './templateNlu.js';

export function createAgentNlu(): AgentNluFactory {
  return {
    compile(_agentId, intents, entities, lang) {
      const templates = compileTemplateNlu(intents, entities, lang);
      return { forQuery: (environment) => templates.forQuery(environment) };
    },
  };
}
