import Type, { type Static } from 'typebox';

// Running synapses (docs/protocols/kalliope.md "Run a synapse…", "The neurotransmitter case"; docs/protocols/kalliope.md §5.1–§5.4).

// Flags: JSON true, "true", "True", "1" (and 1 in Kalliope 0.7) mean true; any other value, of any type, false (§5.1).
const flag = (description: string) => Type.Optional(Type.Unknown({ description }));

const flags = {
  no_voice: flag('Do not speak on the server (Kalliope 0.5 name).'),
  mute: flag('Do not speak on the server (Kalliope 0.7 name).'),
};

export const KalliopeRunByIdRequest = Type.Object(
  {
    parameters: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), { description: 'Values for the {{ parameters }} of the neurons.' }),
    ),
    ...flags,
  },
  { $id: 'kalliope.RunByIdRequest', description: 'Optional JSON body of POST /synapses/start/id/<name>.' },
);
export type KalliopeRunByIdRequest = Static<typeof KalliopeRunByIdRequest>;

export const KalliopeRunByOrderRequest = Type.Object(
  { order: Type.Union([Type.String(), Type.Null()], { description: 'The order; null matches nothing.' }), ...flags },
  { $id: 'kalliope.RunByOrderRequest', description: 'JSON body of POST /synapses/start/order.' },
);
export type KalliopeRunByOrderRequest = Static<typeof KalliopeRunByOrderRequest>;

export const KalliopeRunAudioFields = Type.Object(
  { no_voice: Type.Optional(Type.String()), mute: Type.Optional(Type.String()) },
  {
    $id: 'kalliope.RunAudioFields',
    description: 'Text fields of the multipart POST /synapses/start/audio, beside the `file` part (WAV or MP3).',
  },
);
export type KalliopeRunAudioFields = Static<typeof KalliopeRunAudioFields>;

const neuronOutput = Type.Object({
  neuron_name: Type.String({ description: 'Module name with a capital first letter, e.g. Say.' }),
  generated_message: Type.Union([Type.String(), Type.Null()]),
});

const matchedSynapse = Type.Object({
  synapse_name: Type.String(),
  matched_order: Type.Union([Type.String(), Type.Null()], {
    description: 'The signal text as written; null when run by name, as a fallback, or as a default answer.',
  }),
  neuron_module_list: Type.Array(neuronOutput),
});

export const KalliopeRunResponse = Type.Object(
  {
    matched_synapses: Type.Array(matchedSynapse),
    status: Type.Union([Type.Enum(['complete', 'waiting_for_answer']), Type.Null()], {
      description: 'waiting_for_answer when a neurotransmitter expects the next order as its answer.',
    }),
    user_order: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'kalliope.RunResponse', description: 'Answer (201) of the synapse start routes.' },
);
export type KalliopeRunResponse = Static<typeof KalliopeRunResponse>;
