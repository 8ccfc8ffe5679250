// Test support: an agent export written for the tests in the style of api.ai console exports (issue #22): agent.json
// with settings we use and settings we do not, a webhook with a blank header row, repeated entity slots,
// `@sys.any` at sentence ends, an example split around `@sys.ignore` chunks, a follow-up intent with its
// `parentId`/`rootParentId`, and Spanish examples and entries beside the English ones.
import { strToU8, zipSync } from 'fflate';

const ids = {
  order: '0b3c1f4e-1d2a-4c11-9a0e-000000000001',
  movie: '0b3c1f4e-1d2a-4c11-9a0e-000000000002',
  feeling: '0b3c1f4e-1d2a-4c11-9a0e-000000000003',
  book: '0b3c1f4e-1d2a-4c11-9a0e-000000000004',
  bookYes: '0b3c1f4e-1d2a-4c11-9a0e-000000000005',
  tip: '0b3c1f4e-1d2a-4c11-9a0e-000000000006',
  remind: '0b3c1f4e-1d2a-4c11-9a0e-000000000007',
  fallback: '0b3c1f4e-1d2a-4c11-9a0e-000000000008',
  food: '0b3c1f4e-1d2a-4c11-9a0e-000000000009',
};

type Part = string | [text: string, meta: string, alias?: string];

/** A usersays entry: plain strings are text chunks, `[text, meta, alias]` annotated (or `@sys.ignore`) chunks. */
let saysCount = 0;
const says = (...parts: Part[]) => ({
  id: `5a1e0000-0000-4000-8000-${String((saysCount += 1)).padStart(12, '0')}`,
  data: parts.map((part) =>
    typeof part === 'string' ? { text: part, userDefined: false } : { text: part[0], ...(part[2] === undefined ? {} : { alias: part[2] }), meta: part[1], userDefined: part[1] !== '@sys.ignore' },
  ),
  isTemplate: false,
  count: 0,
});

const parameter = (name: string, dataType: string, required = false) => ({ name, dataType, value: `$${name}`, isList: false, required, prompts: [] });

const intent = (id: string, name: string, action: string, speech: string, extra: Record<string, unknown> = {}, parameters: unknown[] = []) => ({
  id,
  name,
  auto: true,
  contexts: [],
  responses: [{ resetContexts: false, action, affectedContexts: [], parameters, messages: [{ type: 0, lang: 'en', speech }] }],
  priority: 500000,
  webhookUsed: false,
  webhookForSlotFilling: false,
  fallbackIntent: false,
  events: [],
  ...extra,
});

const order = (q1: string, f1: string, q2: string, f2: string): Part[] => [
  'I want ', [q1, '@sys.number', 'quantity1'], ' ', [f1, '@food', 'food1'], ' and ', [q2, '@sys.number', 'quantity2'], ' ', [f2, '@food', 'food2'],
];

/** The zip, its webhook at `webhookUrl`. */
export function migrationAgentZip(webhookUrl: string): Uint8Array {
  const agentJson = {
    description: 'Migration test agent',
    language: 'en',
    supportedLanguages: ['es'],
    activeAssistantAgents: [],
    disableInteractionLogs: false,
    googleAssistant: { googleAssistantCompatible: false, project: 'migration-test', welcomeIntentSignInRequired: false },
    defaultTimezone: 'Europe/Madrid',
    webhook: { url: webhookUrl, username: '', headers: { '': '', 'X-Test-Key': 'k1' }, available: true, useForDomains: false, cloudFunctionsEnabled: false },
    isPrivate: true,
    customClassifierMode: 'use.after',
    mlMinConfidence: 0.2,
    onePlatformApiVersion: 'v2',
  };
  const intents: [string, Record<string, unknown>, Record<string, unknown[]>][] = [
    ['order food', intent(ids.order, 'order food', 'order.food', 'Ordering $quantity1 $food1 and $quantity2 $food2.', {}, [
      parameter('quantity1', '@sys.number'), parameter('food1', '@food'), parameter('quantity2', '@sys.number'), parameter('food2', '@food'),
    ]), {
      en: [
        says(...order('2', 'biryani', '3', 'naans')),
        says(...order('one', 'chicken wrap', 'two', 'biryanis')),
        says([ 'an', '@sys.number', 'quantity1' ], ' ', ['chicken wrap', '@food', 'food1'], ' please'),
        says('could I order ', ['4', '@sys.number', 'quantity1'], ' ', ['naan', '@food', 'food1'], ' for delivery'),
        says('I would like to order ', ['two', '@sys.number', 'quantity1'], ' ', ['biryani', '@food', 'food1'], ' to eat'),
        says('order some food for me'),
        says('I am hungry, I want to order food'),
      ],
      es: [says('quiero ', ['2', '@sys.number', 'quantity1'], ' ', ['biryani', '@food', 'food1'])],
    }],
    ['movie info', intent(ids.movie, 'movie info', 'movie.info', 'About $movieName.', {}, [parameter('movieName', '@sys.any', true)]), {
      en: [
        says('what is ', ['Up', '@sys.any', 'movieName'], ' about'),
        says('tell me about the movie ', ['Inception', '@sys.any', 'movieName']),
        says('what is the film ', ['Heat', '@sys.any', 'movieName'], ' about'),
        says('what is the plot of ', ['Alien', '@sys.any', 'movieName']),
        says('tell me about the movie Inception'),
      ],
      es: [says('de qué trata ', ['Up', '@sys.any', 'movieName'])],
    }],
    ['feeling good', intent(ids.feeling, 'feeling good', 'smalltalk.feeling', 'Glad to hear it.', { webhookUsed: true }), {
      en: [
        says('I', ["'", '@sys.ignore'], ['m', '@sys.ignore'], ' good'),
        says('I', ["'", '@sys.ignore'], ['m', '@sys.ignore'], ' doing well'),
        says('I feel great today'),
      ],
    }],
    ['book table', intent(ids.book, 'book table', 'book.table', 'Shall I book a table?', {
      responses: [{ resetContexts: false, action: 'book.table', affectedContexts: [{ name: 'booking-followup', parameters: {}, lifespan: 2 }], parameters: [], messages: [{ type: 0, lang: 'en', speech: 'Shall I book a table?' }] }],
    }), {
      en: [says('book a table'), says('reserve a table for dinner'), says('I need a table at the restaurant'), says('can you book us a table tonight')],
    }],
    ['book table - yes', intent(ids.bookYes, 'book table - yes', 'book.table.yes', 'Table booked.', {
      contexts: ['booking-followup'], parentId: ids.book, rootParentId: ids.book,
    }), {
      en: [says('yes'), says('yes please'), says('sure, go ahead'), says('yes do it')],
    }],
    ['leave tip', intent(ids.tip, 'leave tip', 'tip.leave', 'Leaving $share.', {}, [parameter('share', '@sys.percentage')]), {
      en: [says('leave a ', ['15%', '@sys.percentage', 'share'], ' tip'), says('tip ', ['20 percent', '@sys.percentage', 'share'])],
    }],
    ['set reminder', intent(ids.remind, 'set reminder', 'reminder.set', 'Reminder set.', {}, [parameter('when', '@sys.date-time')]), {
      en: [says('remind me ', ['tomorrow at 9 am', '@sys.date-time', 'when'])],
    }],
    ['Default Fallback Intent', intent(ids.fallback, 'Default Fallback Intent', 'input.unknown', 'Sorry, what was that?', { fallbackIntent: true }), {}],
  ];
  const files: Record<string, Uint8Array> = {
    'package.json': strToU8(JSON.stringify({ version: '1.0.0' })),
    'agent.json': strToU8(JSON.stringify(agentJson, null, 2)),
    'entities/food.json': strToU8(JSON.stringify({ id: ids.food, name: 'food', isOverridable: true, isEnum: false, automatedExpansion: false })),
    'entities/food_entries_en.json': strToU8(JSON.stringify([
      { value: 'biryani', synonyms: ['biryani', 'biryanis'] },
      { value: 'naan', synonyms: ['naan', 'naans'] },
      { value: 'chicken wrap', synonyms: ['chicken wrap', 'chicken wraps'] },
    ])),
    'entities/food_entries_es.json': strToU8(JSON.stringify([{ value: 'biryani', synonyms: ['biryani'] }, { value: 'naan', synonyms: ['pan naan'] }])),
  };
  for (const [file, json, byLanguage] of intents) {
    files[`intents/${file}.json`] = strToU8(JSON.stringify(json, null, 2));
    for (const [lang, list] of Object.entries(byLanguage)) files[`intents/${file}_usersays_${lang}.json`] = strToU8(JSON.stringify(list, null, 2));
  }
  return zipSync(files);
}
