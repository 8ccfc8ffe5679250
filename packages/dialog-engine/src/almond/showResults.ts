import { toMessages } from '@parley/thingtalk';
import type { AppResult } from './almondIo.js';
import { specialButton, type AlmondOutput } from './messages.js';
import type { RoundWriter } from './roundWriter.js';
import type { AlmondState } from './state.js';
import { asking, idle } from './stateUpdates.js';

/** Results per page (DA `stack-frames/result.js` PAGE_SIZE). */
const RESULTS_PAGE_SIZE = 5;

/** The messages of one result: its formatted messages, or "Sorry, that did not work: …." for an error. */
function resultMessages(result: AppResult, icon: string | null): AlmondOutput[] {
  if ('error' in result) return [{ type: 'text', text: `Sorry, that did not work: ${result.error}.`, icon }];
  return toMessages(result.formatted, icon);
}

/** Shows one page of results; with more left, a "Show more results" button and askSpecial `generic`. */
export function showResultPage(state: AlmondState, results: readonly AppResult[], icon: string | null, out: RoundWriter): AlmondState {
  for (const result of results.slice(0, RESULTS_PAGE_SIZE)) out.send(...resultMessages(result, icon));
  const remaining = results.slice(RESULTS_PAGE_SIZE);
  if (remaining.length === 0) return idle(state);
  out.send(specialButton('Show more results', 'more'));
  return asking(state, { kind: 'results', icon, remaining }, 'generic');
}

/** What a finished app produced: its results, else "Sorry, I did not find any result for that." or "Consider it done.". */
export function showAppResults(
  state: AlmondState,
  results: readonly AppResult[],
  report: { readonly hasResult: boolean; readonly echo: boolean; readonly icon: string | null },
  out: RoundWriter,
): AlmondState {
  if (results.length > 0) return showResultPage(state, results, report.icon, out);
  if (report.hasResult) out.say('Sorry, I did not find any result for that.', report.icon);
  else if (!report.echo) out.say('Consider it done.', report.icon);
  return idle(state);
}
