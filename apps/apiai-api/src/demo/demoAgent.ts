// The demo agent of `pnpm start`, built from docs/protocols/apiai.md's examples: the @city entity of the User Interface Quick
// Start, the weather intent with its `weather` output context and the "What about @city" follow-up of the
// Contexts Quick Start, and the appliance intents of the /entities and /intents examples (with "turn it off"
// answered from the `house` context). Plus a welcome event and a fallback intent.
import type { AgentContent } from '../agent/replaceAgentContent.js';

export const demoAgent: AgentContent = {
  entities: [
    {
      name: 'city',
      entries: [
        { value: 'New York, NY', synonyms: ['New York', 'NY', 'Big Apple'] },
        { value: 'Washington, DC', synonyms: ['Washington', 'DC', 'Washington, DC'] },
      ],
    },
    {
      name: 'appliance',
      entries: [
        { value: 'Coffee Maker', synonyms: ['coffee maker', 'coffee machine', 'coffee'] },
        { value: 'Thermostat', synonyms: ['Thermostat', 'heat', 'air conditioning'] },
        { value: 'Lights', synonyms: ['lights', 'light', 'lamps', 'front door light'] },
        { value: 'Garage door', synonyms: ['garage door', 'garage'] },
      ],
    },
    {
      name: 'onOff',
      entries: [
        { value: 'on', synonyms: ['on', 'switch on'] },
        { value: 'off', synonyms: ['off', 'switch off'] },
      ],
    },
  ],
  intents: [
    {
      name: 'What is the weather in @city',
      templates: ['What is the weather in @city:location', 'Forecast for @city:location'],
      responses: [
        {
          action: 'weatherForecast',
          affectedContexts: ['weather'],
          parameters: [{ name: 'cityLocation', value: '$location', dataType: '@city' }],
          speech: 'Here is the forecast for $cityLocation.',
        },
      ],
    },
    {
      name: 'What about $city:location',
      contexts: ['weather'],
      templates: ['What about @city:location'],
      responses: [
        {
          action: 'weatherForecast',
          affectedContexts: ['weather'],
          parameters: [{ name: 'cityLocation', value: '$location', dataType: '@city' }],
          speech: 'And here is the forecast for $cityLocation.',
        },
      ],
    },
    {
      name: 'turn on/off @appliance',
      templates: ['turn @onOff @appliance', 'turn @onOff the @appliance', 'set @appliance @onOff', 'set the @appliance @onOff'],
      responses: [
        {
          action: 'setAppliance',
          affectedContexts: ['house'],
          parameters: [
            { name: 'state', value: '@onOff' },
            { name: 'appliance', value: '@appliance' },
          ],
          speech: 'Turning $appliance $state.',
        },
      ],
    },
    {
      name: 'turn it on/off',
      contexts: ['house'],
      templates: ['turn it @onOff', 'switch it @onOff'],
      responses: [
        {
          action: 'setAppliance',
          affectedContexts: ['house'],
          parameters: [
            { name: 'state', value: '@onOff' },
            { name: 'appliance', value: '#house.appliance', dataType: '@appliance' },
          ],
          speech: 'Turning #house.appliance $state.',
        },
      ],
    },
    {
      name: 'Welcome',
      events: [{ name: 'WELCOME' }],
      templates: ['hello', 'hi'],
      responses: [{ action: 'input.welcome', speech: ['Hello! Ask me about the weather or your appliances.'] }],
    },
    {
      name: 'Default Fallback Intent',
      fallbackIntent: true,
      responses: [{ action: 'input.unknown', speech: ["Sorry, I didn't get that."] }],
    },
  ],
};
