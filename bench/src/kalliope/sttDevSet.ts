// The speech DEV set: utterances the recogniser's settings are chosen on (packages/speech/src/decoderSettings.ts),
// none of them in the test set `pnpm bench kalliope` measures (sttBench.ts). Two parts:
// - the bench's orders (its grammar) spoken by other espeak-ng voices at other speeds, with other out-of-grammar
//   sentences;
// - other orders (a grammar of their own) spoken by the bench's voices at 150 and 170 words per minute.

/** Out-of-grammar sentences of the dev set (some close to an order, as "please open the garage door" in the test set). */
export const DEV_OUT_OF_GRAMMAR = [
  'send a message to john',
  'how old are you',
  'set an alarm for seven',
  'thank you very much',
  'where is the nearest station',
  'close the curtains in the kitchen',
  'play some music',
  'open the door',
];

/** Voices and speeds for the bench's orders: none of the bench's voices (en-gb-x-rp at 130 for slow British speech). */
export const DEV_VOICES = [
  { voice: 'en-gb-x-rp', speed: 150 },
  { voice: 'en-gb-x-rp', speed: 170 },
  { voice: 'en-gb-scotland', speed: 150 },
  { voice: 'en-gb-scotland', speed: 170 },
  { voice: 'en-gb-x-gbclan', speed: 160 },
  { voice: 'en-gb-x-gbcwmd', speed: 160 },
  { voice: 'en-us-nyc', speed: 150 },
  { voice: 'en-us-nyc', speed: 170 },
  { voice: 'en-gb-x-rp', speed: 130 },
];

/** Orders of the second dev grammar. */
export const DEV_ORDERS = [
  'turn up the volume',
  'dim the lights in the living room',
  'what day is it',
  'tell me a joke',
  'switch off the television',
  'good night',
  'remind me to water the plants',
  'how is the traffic',
  'open the curtains',
  'is the oven on',
  'start the dishwasher',
  'pause the movie',
  'who are you',
  'unlock the back door',
  'set the alarm for seven',
  'read me the news',
];

/** Out-of-grammar sentences for the second dev grammar. */
export const DEV_ORDERS_OUT_OF_GRAMMAR = [
  'what is the time',
  'turn on the radio',
  'i am hungry',
  'open the garage',
  'what is your favourite colour',
  'call a taxi',
  'switch on the lamp in the hall',
  'the cat sat on the mat',
];

/** The bench's voices for the second dev grammar, around both of the test set's speeds (130 and 160). */
export const DEV_ORDERS_VOICES = [
  { voice: 'en-us', speed: 150 },
  { voice: 'en-us', speed: 170 },
  { voice: 'en-gb', speed: 150 },
  { voice: 'en-gb', speed: 170 },
  { voice: 'en-us', speed: 120 },
  { voice: 'en-us', speed: 140 },
  { voice: 'en-gb', speed: 120 },
  { voice: 'en-gb', speed: 140 },
];
