// What one /converse round did with a command: acted on it (ran or started a program without asking), asked a
// question (which one), or did not understand — and whether the program it ran is the expected one.

export interface ConverseOutcome {
  text: string;
  kind: 'acted' | 'clarify' | 'confirm' | 'ask' | 'failed' | 'other';
  acted: boolean;
  actedRight: boolean;
  /** The agent's first text, when it did not act as expected. */
  detail: string;
  ms: number;
}

/**
 * Judges a round from its messages: a question (askSpecial other than null) is `clarify` ("Did you mean …"),
 * `confirm` ("… Is that right?") or `ask` (a value or a device); "did not understand" is `failed`; otherwise the
 * agent acted. An echo ("Okay, I'm going to …") must describe the expected program; without an echo (a single
 * query) the /parse top-1 verdict stands in.
 */
export function judgeConversation(
  text: string,
  messages: readonly Record<string, unknown>[],
  askSpecial: string | null,
  expectedDescription: string,
  parseRight: boolean,
  ms: number,
): ConverseOutcome {
  const texts = messages.flatMap((message) => (message['type'] === 'text' && typeof message['text'] === 'string' ? [message['text']] : []));
  const first = texts[0] ?? '';
  const base = { text, ms, detail: first };
  if (texts.some((line) => line.startsWith('Sorry, I did not understand'))) return { ...base, kind: 'failed', acted: false, actedRight: false };
  if (askSpecial !== null) {
    if (first.startsWith('Did you mean')) return { ...base, kind: 'clarify', acted: false, actedRight: false };
    if (first.endsWith('Is that right?')) return { ...base, kind: 'confirm', acted: false, actedRight: false };
    return { ...base, kind: 'ask', acted: false, actedRight: false };
  }
  if (first.startsWith("Sorry, I don't know how")) return { ...base, kind: 'other', acted: false, actedRight: false };
  const echo = texts.find((line) => line.startsWith("Okay, I'm going to "));
  const right = echo === undefined ? parseRight : echo === `Okay, I'm going to ${expectedDescription}.`;
  return { ...base, kind: 'acted', acted: true, actedRight: right, detail: right ? '' : `ran: ${echo ?? first}` };
}
