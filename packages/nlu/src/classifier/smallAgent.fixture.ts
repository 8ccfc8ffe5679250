import type { ValidationExample } from './calibrateClassifier.js';
import type { TrainingExample } from './trainClassifier.js';

/** A tiny three-intent agent shared by the classifier tests. */
const sentences: Record<string, readonly string[]> = {
  weather: [
    'what is the weather like today', 'will it rain tomorrow', 'is it going to be sunny this weekend',
    'weather forecast for paris', 'how cold is it outside', 'do i need an umbrella today',
    'what is the temperature in london', 'is it snowing in berlin', 'tell me the forecast',
  ],
  music: [
    'play some jazz', 'put on my workout playlist', 'play the latest album by adele',
    'i want to listen to rock music', 'start playing classical music', 'play a song by the beatles',
    'shuffle my favourite songs', 'turn on some music', 'play radio head',
  ],
  alarm: [
    'set an alarm for 7 am', 'wake me up at six tomorrow', 'set my alarm for 6:30',
    'cancel my morning alarm', 'create an alarm for noon', 'remind me to wake up at 8',
    'turn off the alarm', 'set a wake up call for 5 am', 'i need an alarm at 9 pm',
  ],
};

export const trainingExamples: TrainingExample[] = Object.entries(sentences).flatMap(([intent, texts]) =>
  texts.map((text) => ({ text, intent })),
);

export const validationExamples: ValidationExample[] = [
  { text: 'is it raining in rome', intent: 'weather' },
  { text: 'what is the forecast for tomorrow', intent: 'weather' },
  { text: 'play something by queen', intent: 'music' },
  { text: 'i want to hear some pop music', intent: 'music' },
  { text: 'set an alarm for 5', intent: 'alarm' },
  { text: 'wake me up at 7 tomorrow', intent: 'alarm' },
  { text: 'how do i bake bread', intent: null },
  { text: 'who won the football game', intent: null },
  { text: 'book a table for two', intent: null },
];
