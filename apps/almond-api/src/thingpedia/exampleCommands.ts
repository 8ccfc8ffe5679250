// Dataset examples as the agent's example buttons (welcome, help): NN code with SLOT_n for the arguments.
import type { ExampleCommand } from '@parley/dialog-engine';
import { exampleToNN } from '@parley/thingtalk';
import type { ThingpediaCatalog } from './catalog.js';

/** One button per example; devices that need no set-up first, so the welcome's examples work at once. */
export function exampleCommands(catalog: ThingpediaCatalog): ExampleCommand[] {
  const ordered = [...catalog.list()].sort((a, b) => Number(a.setup !== 'none') - Number(b.setup !== 'none'));
  return ordered.flatMap((entry) =>
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
}
