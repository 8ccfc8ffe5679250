// Dataset examples as the agent's example buttons (welcome, help): NN code with SLOT_n for the arguments.
import type { ExampleCommand } from '@parley/dialog-engine';
import { exampleToNN } from '@parley/thingtalk';
import type { ThingpediaCatalog } from './catalog.js';

/**
 * One button per example. The welcome shows the first four: so the list starts with one complete example (no
 * argument to fill) of each kind that needs no set-up (set-up-free kinds before the builtin ones), then the rest.
 */
export function exampleCommands(catalog: ThingpediaCatalog): ExampleCommand[] {
  const ordered = [...catalog.list()].sort((a, b) => Number(a.setup !== 'none') - Number(b.setup !== 'none'));
  const all = ordered.flatMap((entry) =>
    entry.examples.flatMap((example): ExampleCommand[] => {
      const utterance = example.utterances[0];
      if (utterance === undefined) return [];
      const command = exampleToNN(example, catalog.schemas);
      return [{
        utterance: utterance.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '____'),
        code: command.code,
        entities: command.entities,
        kind: entry.kind,
        ...(example.id >= 0 ? { id: example.id } : {}),
      }];
    }),
  );
  const complete = (command: ExampleCommand) => !command.utterance.includes('____');
  const leaders = ordered.flatMap((entry) => {
    const first = entry.setup === 'none' || entry.setup === 'builtin' ? all.find((command) => command.kind === entry.kind && complete(command)) : undefined;
    return first === undefined ? [] : [first];
  });
  return [...leaders, ...all.filter((command) => !leaders.includes(command))];
}
