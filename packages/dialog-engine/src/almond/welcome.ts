import type { AlmondStepContext, ExampleCommand } from './almondStepContext.js';
import { exampleButton } from './help.js';
import type { RoundWriter } from './roundWriter.js';

// The welcome of a new conversation (DA 1.8 `dialogs/init.js`).

/** The examples almond-dialog-agent 1.8 shows on a first visit. */
const REFERENCE_EXAMPLES: readonly ExampleCommand[] = [
  { utterance: 'Get a #cat gif', code: 'now => @com.giphy.get param:tag:Entity(tt:hashtag) = HASHTAG_0 => notify'.split(' '), entities: { HASHTAG_0: 'cat' } },
  { utterance: 'Show me the New York Times', code: 'now => @com.nytimes.get_front_page => notify'.split(' '), entities: {} },
  {
    utterance: 'Show me the weather for San Francisco',
    code: 'now => @org.thingpedia.weather.current param:location:Location = location: " san francisco " => notify'.split(' '),
    entities: {},
  },
  {
    utterance: "What's the stock price of Google?",
    code: 'now => @co.alphavantage.get_price param:company:Entity(tt:stock_id) = " google " ^^tt:stock_id => notify'.split(' '),
    entities: {},
  },
];

export function showWelcome(firstVisit: boolean, ctx: AlmondStepContext, out: RoundWriter): void {
  if (!firstVisit) {
    out.say('Welcome back!');
    return;
  }
  out.say("Hello! I'm Almond, your virtual assistant.");
  out.say('I am part of a research project of Stanford University. I am capable of understanding actions and events over web services.');
  out.say('Please keep in mind: I do not chat, and I do not understand questions very well. Please check out the Thingpedia to find out what I understand, or type ‘help’.');
  out.say('To start, how about you try one of these examples:');
  const examples = ctx.examples !== undefined && ctx.examples.length > 0 ? ctx.examples : REFERENCE_EXAMPLES;
  for (const example of examples.slice(0, 4)) out.send(exampleButton(example));
}
