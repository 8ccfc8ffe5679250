// Progress of a long step of the CLI: on a terminal one bar redrawn in place, otherwise (a pipe, a log file, CI) one
// plain line per step, so that logs stay readable.
interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** `done` of `total` steps are over; `label` names the last one. */
  update(done: number, total: number, label: string): void;
  /** Ends the bar with a summary line. */
  finish(summary: string): void;
}

const barWidth = 24;

function bar(done: number, total: number): string {
  const filled = total === 0 ? barWidth : Math.round((barWidth * Math.min(done, total)) / total);
  return `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}`;
}

export function progressOutput(stream: ProgressStream, title: string): Progress {
  if (stream.isTTY !== true) {
    return {
      update: (done, total, label) => stream.write(`[${done}/${total}] ${label}\n`),
      finish: (summary) => stream.write(`${summary}\n`),
    };
  }
  const width = Math.max(40, stream.columns ?? 80);
  return {
    update(done, total, label) {
      const line = `${title} ${bar(done, total)} ${done}/${total} ${label}`;
      // \r and "erase line": the bar is redrawn in place; cut to the terminal's width so that it never wraps.
      stream.write(`\r\u001b[2K${[...line].slice(0, width - 1).join('')}`);
    },
    finish: (summary) => stream.write(`\r\u001b[2K${summary}\n`),
  };
}
