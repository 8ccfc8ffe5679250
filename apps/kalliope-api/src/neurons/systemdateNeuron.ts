import type { Neuron } from './neuron.js';

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** The local date and time as strftime-style strings (%H, %M, %w, %m, %d, %Y), for `say_template`. */
function systemdateValues(now: Date): Record<string, string> {
  return {
    hours: twoDigits(now.getHours()),
    minutes: twoDigits(now.getMinutes()),
    weekday: String(now.getDay()),
    month: twoDigits(now.getMonth() + 1),
    day_month: twoDigits(now.getDate()),
    year: String(now.getFullYear()),
  };
}

export function systemdateNeuron(clock: () => Date = () => new Date()): Neuron {
  return { name: 'systemdate', run: () => Promise.resolve(systemdateValues(clock())) };
}
