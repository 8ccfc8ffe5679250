import type { AlmondAskValue, AlmondMessage, AlmondParsedCommand } from '@parley/protocol-types';

// Builders for the Almond Dialog API output messages (docs/protocols/almond.md "Almond Outputs"; docs/protocols/almond.md §3.1).

/** Every message the agent sends: the wire shapes of `@parley/protocol-types`. */
export type AlmondOutput = AlmondMessage;

/** What the agent waits for: `null` in the default state, else one askSpecial value of reference §4.2. */
export type AskValue = AlmondAskValue;

export function textMessage(text: string, icon: string | null = null): AlmondOutput {
  return { type: 'text', text, icon };
}

export function buttonMessage(title: string, json: AlmondParsedCommand): AlmondOutput {
  return { type: 'button', title, json };
}

/** A button that sends `bookkeeping special special:<name>` (DA `replySpecial`). */
export function specialButton(title: string, special: string): AlmondOutput {
  return buttonMessage(title, { code: ['bookkeeping', 'special', `special:${special}`], entities: {} });
}

export function choiceMessage(idx: number, title: string): AlmondOutput {
  return { type: 'choice', idx, title };
}

/** Link messages carry the URL both as `link` (docs/protocols/almond.md) and `url` (almond-cloud 1.8); reference §6. */
export function linkMessage(title: string, url: string): AlmondOutput {
  return { type: 'link', title, link: url, url };
}

export function askSpecialMessage(ask: AskValue): AlmondOutput {
  return { type: 'askSpecial', ask };
}
