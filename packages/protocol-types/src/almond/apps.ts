import Type, { type Static } from 'typebox';
import { inline } from '../inline.js';
import { AlmondFormattedObject } from './formatted.js';

// /me/api/apps/* (docs/protocols/almond.md §2.3 and §2.5).

export const AlmondAppsCreateRequest = Type.Object(
  {
    code: Type.String({
      pattern: '\\S',
      description: 'A ThingTalk program with no unfilled slots and every device selected (not blank).',
    }),
    locations: Type.Optional(
      Type.Object(
        { home: Type.Optional(Type.Unknown()), work: Type.Optional(Type.Unknown()) },
        { description: 'Values for $context.location.home/work, stored in the user preferences first.' },
      ),
    ),
    times: Type.Optional(
      Type.Object(
        { morning: Type.Optional(Type.Unknown()), evening: Type.Optional(Type.Unknown()) },
        { description: 'Values for $context.time.morning/evening.' },
      ),
    ),
  },
  { $id: 'almond.AppsCreateRequest', description: 'Body of POST /me/api/apps/create: one ThingTalk command.' },
);
export type AlmondAppsCreateRequest = Static<typeof AlmondAppsCreateRequest>;

const functionName = Type.Union([Type.String(), Type.Null()], {
  description: 'The function that produced the result, "<kind>:<function>"; null when the executor names none.',
});

const resultFields = {
  raw: Type.Record(Type.String(), Type.Unknown(), {
    description: 'ThingTalk values of the result, keyed by the input and output parameters.',
  }),
  formatted: Type.Array(Type.Union([Type.String(), inline(AlmondFormattedObject)]), {
    description: 'Almond messages for display: plain strings and formatted objects.',
  }),
};

/** The seed names the function `outputType`, almond-cloud 1.8 names it `type`; Parley sends both. */
export const AlmondAppResult = Type.Union(
  [
    Type.Object({ ...resultFields, outputType: functionName, type: Type.Optional(functionName) }),
    Type.Object({ ...resultFields, type: functionName, outputType: Type.Optional(functionName) }),
  ],
  {
    $id: 'almond.AppResult',
    description:
      'One result of a program: `raw` values and `formatted` messages; function in `outputType` (seed) and/or `type` (1.8).',
  },
);
export type AlmondAppResult = Static<typeof AlmondAppResult>;

const appFields = {
  uniqueId: Type.String({ description: 'ID of the program; use it to stop a long-running program.' }),
  description: Type.String(),
  code: Type.String({ description: 'The program in ThingTalk.' }),
  icon: Type.Union([Type.String(), Type.Null()], { description: 'URL of the icon of the main device.' }),
};

export const AlmondAppsCreateResponse = Type.Object(
  {
    ...appFields,
    results: Type.Array(inline(AlmondAppResult)),
    errors: Type.Array(Type.Unknown(), { description: 'Errors reported while the program ran.' }),
  },
  { $id: 'almond.AppsCreateResponse', description: 'Answer of POST /me/api/apps/create: the program and its results.' },
);
export type AlmondAppsCreateResponse = Static<typeof AlmondAppsCreateResponse>;

export const AlmondApp = Type.Object(
  {
    ...appFields,
    error: Type.Optional(
      Type.Union([Type.String(), Type.Null()], { description: 'Why the program failed, if it did.' }),
    ),
  },
  { $id: 'almond.App', description: 'An active long-running program (GET /me/api/apps/get/:uniqueId).' },
);
export type AlmondApp = Static<typeof AlmondApp>;

export const AlmondAppList = Type.Array(inline(AlmondApp), {
  $id: 'almond.AppList',
  description: 'Answer of GET /me/api/apps/list: every active long-running program.',
});
export type AlmondAppList = Static<typeof AlmondAppList>;

export const AlmondAppsDeleteResponse = Type.Object(
  { status: Type.Literal('ok') },
  { $id: 'almond.AppsDeleteResponse', description: 'Answer of POST /me/api/apps/delete/:uniqueId: {"status":"ok"}.' },
);
export type AlmondAppsDeleteResponse = Static<typeof AlmondAppsDeleteResponse>;
