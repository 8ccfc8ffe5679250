import { describe, expect, it } from 'vitest';
import { progressOutput } from './progressOutput.js';

function recorder(isTTY: boolean, columns?: number) {
  const written: string[] = [];
  return { written, stream: { isTTY, ...(columns === undefined ? {} : { columns }), write: (text: string) => written.push(text) } };
}

describe('progressOutput', () => {
  it('redraws one bar in place on a terminal, then ends it with the summary', () => {
    const { written, stream } = recorder(true);
    const progress = progressOutput(stream, 'Importing');
    progress.update(0, 4, 'reading');
    progress.update(2, 4, 'entity city');
    progress.finish('Imported 4 items');
    expect(written).toEqual([
      `\r\u001b[2KImporting ${'░'.repeat(24)} 0/4 reading`,
      `\r\u001b[2KImporting ${'█'.repeat(12)}${'░'.repeat(12)} 2/4 entity city`,
      '\r\u001b[2KImported 4 items\n',
    ]);
  });

  it('never writes past the width of the terminal', () => {
    const { written, stream } = recorder(true, 50);
    progressOutput(stream, 'Importing').update(1, 1, 'intent '.repeat(20));
    expect([...(written[0] ?? '').replace('\r\u001b[2K', '')]).toHaveLength(49);
  });

  it('writes one plain line per step when the output is not a terminal', () => {
    const { written, stream } = recorder(false);
    const progress = progressOutput(stream, 'Importing');
    progress.update(1, 2, 'entity city');
    progress.update(2, 2, 'intent weather');
    progress.finish('Imported 2 items');
    expect(written).toEqual(['[1/2] entity city\n', '[2/2] intent weather\n', 'Imported 2 items\n']);
  });
});
