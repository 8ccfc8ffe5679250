import Type, { type Static } from 'typebox';

// Kalliope JSON error bodies (docs/protocols/kalliope.md §5.2, §5.3): usually a one-entry object whose key is part of the
// message ({"error":{"synapse name not found":"x"}}, {"error":{"Error":"Wrong parameters, 'order' not set"}},
// {"error":{"error":"No file provided"}}), sometimes a plain string ({"error":"<message>"}). 401 answers are HTML.

export const KalliopeError = Type.Object(
  {
    error: Type.Union([
      Type.String(),
      Type.Record(Type.String(), Type.String(), { minProperties: 1, maxProperties: 1 }),
    ]),
  },
  {
    $id: 'kalliope.Error',
    description: 'Every Kalliope JSON error body: {"error": {"<key>": "<detail>"}} or {"error": "<message>"}.',
  },
);
export type KalliopeError = Static<typeof KalliopeError>;
