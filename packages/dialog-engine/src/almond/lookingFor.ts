import { choiceMessage } from './messages.js';
import type { RoundWriter } from './roundWriter.js';
import type { AlmondState } from './state.js';

// What the agent is waiting for, in words (DA `lib/dispatcher.js` lookingFor), and the debug name of it.

const MEASURES: Readonly<Record<string, readonly [string, readonly string[]]>> = {
  ms: ['a time interval', ['ms', 's', 'min', 'h', 'day', 'week', 'mon', 'year']],
  m: ['a length', ['m', 'km', 'mm', 'cm', 'mi', 'in']],
  mps: ['a speed', ['mps', 'kmph', 'mph']],
  kg: ['a weight', ['kg', 'g', 'lb', 'oz']],
  Pa: ['a pressure', ['Pa', 'bar', 'psi', 'mmHg', 'inHg', 'atm']],
  C: ['a temperature', ['C', 'F', 'K']],
  kcal: ['an energy', ['kcal', 'kJ']],
  byte: ['a size', ['byte', 'KB', 'KiB', 'MB', 'MiB', 'GB', 'GiB', 'TB', 'TiB']],
};

const SIMPLE: Readonly<Record<string, string>> = {
  yesno: 'Sorry, I need you to confirm the last question first.',
  number: 'Could you give me a number?',
  date: 'Could you give me a date?',
  time: 'Could you give me a time of day?',
  picture: 'Could you upload a picture?',
  location: 'Could you give me a place?',
  phone_number: 'Could you give me a phone number?',
  email_address: 'Could you give me an email address?',
  raw_string: "Which is interesting, because I'll take anything at all. Just type your mind!",
  password: "Which is interesting, because I'll take anything at all. Just type your mind!",
  command: "I'm looking for a command.",
};

/** Re-sends the choices of the pending choice question. */
export function resendChoices(state: AlmondState, out: RoundWriter): void {
  state.choices.forEach((title, idx) => out.send(choiceMessage(idx, title)));
}

export function lookingFor(state: AlmondState, out: RoundWriter): void {
  const expecting = state.expecting;
  if (expecting === null) {
    out.say('In fact, I did not ask for anything at all!');
  } else if (expecting === 'choice') {
    out.say('Could you choose one of the following?');
    resendChoices(state, out);
  } else if (expecting === 'generic' && state.measureUnit !== null) {
    const [what, units] = MEASURES[state.measureUnit] ?? ['a value', [state.measureUnit]];
    out.say(`I'm looking for ${what} in any of the supported units (${units.join(', ')}).`);
  } else {
    out.say(SIMPLE[expecting] ?? "In fact, I'm not even sure what I asked. Sorry!");
  }
}

const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  yesno: 'YesNo',
  choice: 'MultipleChoice',
  number: 'Number',
  date: 'Date',
  time: 'Time',
  picture: 'Picture',
  location: 'Location',
  phone_number: 'PhoneNumber',
  email_address: 'EmailAddress',
  contact: 'Contact',
  raw_string: 'RawString',
  password: 'Password',
  command: 'Command',
};

/** The value category name `special:debug` reports ("I'm expecting a <category>"). */
export function expectingName(state: AlmondState): string {
  if (state.expecting === 'generic') return state.measureUnit === null ? 'Generic' : `Measure(${state.measureUnit})`;
  return state.expecting === null ? 'nothing' : (CATEGORY_NAMES[state.expecting] ?? state.expecting);
}
