// The `thingtalk` command's stdin/stdout framing: blocks separated by lines that are exactly `====`.

const SEPARATOR = '====';

/** Splits input into blocks; a final newline does not make an extra empty block, empty input has none. */
export function splitBlocks(input: string): string[] {
  const text = input.replace(/\r\n/g, '\n').replace(/\n$/, '');
  if (text === '') return [];
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (line === SEPARATOR) {
      blocks.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  blocks.push(current.join('\n'));
  return blocks;
}

export function joinBlocks(blocks: readonly string[]): string {
  return blocks.length === 0 ? '' : `${blocks.join(`\n${SEPARATOR}\n`)}\n`;
}
