import Type, { type Static } from 'typebox';

// GET /me/api/profile (docs/protocols/almond.md "Endpoint: /profile").
export const AlmondProfile = Type.Object(
  {
    id: Type.String({ description: "The user's cloud ID." }),
    username: Type.String(),
    full_name: Type.Union([Type.String(), Type.Null()]),
    email: Type.String(),
    email_verified: Type.Union([Type.Boolean(), Type.Integer({ minimum: 0, maximum: 1 })], {
      description: 'Whether the email address is verified; 1/0 in the seed example.',
    }),
    locale: Type.String({ description: 'BCP 47 locale, e.g. en-US.' }),
    timezone: Type.String({ description: 'IANA time zone, e.g. America/Los_Angeles.' }),
    model_tag: Type.Union([Type.String(), Type.Null()], { description: 'The NLP model the user is assigned to.' }),
  },
  { $id: 'almond.Profile', description: 'The logged-in user (GET /me/api/profile, scope `profile`).' },
);
export type AlmondProfile = Static<typeof AlmondProfile>;

// Error body of every /me/api endpoint (docs/protocols/almond.md §2.6): `code` is absent on some errors.
export const AlmondError = Type.Object(
  {
    error: Type.String({ description: 'Human-readable message, e.g. "Not Found".' }),
    code: Type.Optional(Type.String({ description: 'Error code, e.g. ENOENT, EINVAL.' })),
  },
  { $id: 'almond.Error', description: 'Error body of the /me/api REST endpoints: {error, code?}.' },
);
export type AlmondError = Static<typeof AlmondError>;
