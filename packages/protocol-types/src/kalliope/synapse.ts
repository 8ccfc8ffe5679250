import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';

// Kalliope synapses (docs/protocols/kalliope.md "List synapses", "Show synapse details"; docs/protocols/kalliope.md §1 and §2).
// Releases serialize signals and neurons as {name, parameters}; the seed shows them as written in brain.yml
// ({"order": "bonjour"}, {"say": {…}}, "kill_switch"). Both forms are accepted.

const orderSignalValue = Type.Union([
  Type.String({ description: 'The order text; {{ name }} marks a parameter.' }),
  Type.Object({
    text: Type.Optional(Type.String()),
    'matching-type': Type.Optional(Type.String({ description: 'normal, strict, ordered-strict or not-contain.' })),
    'excluded-words': Type.Optional(Type.Array(Type.String())),
    'stt-correction': Type.Optional(Type.Array(Type.Object({ input: Type.Unknown(), output: Type.Unknown() }))),
    'stt-correction-file': Type.Optional(Type.String()),
  }),
]);

export const KalliopeSignal = Type.Union(
  [
    Type.Object({
      name: Type.String({ description: 'Signal module: order, event, mqtt_subscriber, geolocation.' }),
      parameters: Type.Unknown({
        description: 'As written in brain.yml: the order text, a mapping, or null; the service echoes any YAML value.',
      }),
    }),
    Type.Object({ order: orderSignalValue }),
    Type.Object({ event: Type.Unknown() }),
    Type.Object({ mqtt_subscriber: Type.Unknown() }),
    Type.Object({ geolocation: Type.Unknown() }),
  ],
  {
    $id: 'kalliope.Signal',
    description: 'What starts a synapse: {name, parameters} (API form) or {"order": …} (brain.yml form).',
  },
);
export type KalliopeSignal = Static<typeof KalliopeSignal>;

export const KalliopeNeuron = Type.Union(
  [
    Type.String({ description: 'A neuron without parameters, e.g. "kill_switch".' }),
    Type.Object({
      name: Type.String({ description: 'Neuron module, e.g. say.' }),
      parameters: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    }),
    Type.Record(Type.String(), Type.Unknown(), {
      minProperties: 1,
      maxProperties: 1,
      description: 'brain.yml form: {"<module>": {parameters}}.',
    }),
  ],
  {
    $id: 'kalliope.Neuron',
    description: 'An action of a synapse: {name, parameters} (API form) or {"say": {…}} / "kill_switch".',
  },
);
export type KalliopeNeuron = Static<typeof KalliopeNeuron>;

export const KalliopeSynapse = Type.Object(
  {
    name: Type.String(),
    signals: Type.Array(inline(KalliopeSignal)),
    neurons: Type.Array(inline(KalliopeNeuron)),
    enabled: Type.Optional(Type.Boolean({ description: 'Reported since Kalliope 0.5.1.' })),
  },
  { $id: 'kalliope.Synapse', description: 'A synapse: its name, the signals that start it and the neurons it runs.' },
);
export type KalliopeSynapse = Static<typeof KalliopeSynapse>;

export const KalliopeSynapseList = Type.Object(
  {
    synapses: Type.Array(Type.Union([inline(KalliopeSynapse), Type.Array(inline(KalliopeSynapse))]), {
      description: 'The synapses in brain order; the seed example wraps each one in an array.',
    }),
  },
  { $id: 'kalliope.SynapseList', description: 'Answer of GET /synapses.' },
);
export type KalliopeSynapseList = Static<typeof KalliopeSynapseList>;

export const KalliopeSynapseDetail = Type.Object(
  { synapses: inline(KalliopeSynapse) },
  { $id: 'kalliope.SynapseDetail', description: 'Answer of GET /synapses/<name>: {"synapses": <one synapse>}.' },
);
export type KalliopeSynapseDetail = Static<typeof KalliopeSynapseDetail>;

export const KalliopeSynapseCreateRequest = Type.Object(
  {
    name: Type.Unknown({ description: 'The synapse name; its form is checked with the rest of the synapse.' }),
    signals: Type.Optional(Type.Unknown({ description: 'As in brain.yml, e.g. [{"order": "hello"}].' })),
    neurons: Type.Optional(Type.Unknown({ description: 'As in brain.yml, e.g. [{"say": {"message": "hi"}}].' })),
  },
  {
    $id: 'kalliope.SynapseCreateRequest',
    description:
      'Body of POST /synapses (Kalliope 0.7): one synapse in brain.yml form. Only `name` must be present; the rest is ' +
      'checked as a brain synapse (400 {"error": "<message>"}).',
  },
);
export type KalliopeSynapseCreateRequest = Static<typeof KalliopeSynapseCreateRequest>;
