import Type, { type Static } from 'typebox';

// The neuron modules a server offers (docs/protocols/kalliope.md §5.2 "others": GET /neurons, Kalliope 0.7).

export const KalliopeNeuronModules = Type.Object(
  {
    community: Type.Array(Type.String(), { description: 'Installed community neuron modules.' }),
    core: Type.Array(Type.String(), { description: 'Core neuron modules, e.g. say, neurotransmitter.' }),
  },
  { $id: 'kalliope.NeuronModules', description: 'Answer of GET /neurons: the names of the neuron modules.' },
);
export type KalliopeNeuronModules = Static<typeof KalliopeNeuronModules>;
