import { describe, expect, it } from 'vitest';
import { builtinCatalogPlugins, ThingpediaCatalog } from './catalog.js';
import { exampleCommands } from './exampleCommands.js';

describe('exampleCommands', () => {
  it('leads with one complete example of each set-up-free kind, then lists every example', () => {
    const catalog = new ThingpediaCatalog(builtinCatalogPlugins());
    const commands = exampleCommands(catalog);
    expect(commands.slice(0, 3).map((command) => command.utterance)).toEqual(['a cat picture', 'when a new xkcd is out', 'what time is it']);
    const total = catalog.list().reduce((sum, entry) => sum + entry.examples.length, 0);
    expect(commands).toHaveLength(total);
    expect(commands.find((command) => command.utterance === '____ cat pictures')?.code).toContain('SLOT_0');
  });
});
