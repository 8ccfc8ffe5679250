// The provider of a kind configured through OAuth, from its class's mixin (Thingpedia's names):
// `import config from @org.thingpedia.config.oauth2(client_id="…", client_secret="…", authorize="https://…",
// get_access_token="https://…", scope=["…"]);`.
import { configMixin, type ClassDef, type Value } from '@parley/thingtalk';

export interface OAuthDeviceConfig {
  clientId: string;
  clientSecret: string;
  authorizeUrl: string;
  tokenUrl: string;
  scope: string[];
}

const OAUTH2_MIXIN = 'org.thingpedia.config.oauth2';

const stringOf = (value: Value | undefined): string | undefined => (value?.type === 'String' ? value.value : undefined);

/** Undefined when the class is not configured through OAuth; throws when its mixin lacks a parameter. */
export function oauthDeviceConfig(classDef: ClassDef): OAuthDeviceConfig | undefined {
  if (configMixin(classDef) !== OAUTH2_MIXIN) return undefined;
  const mixin = classDef.imports.find((imported) => imported.facets.includes('config'));
  const param = (name: string): Value | undefined => {
    const value = mixin?.inParams.find((candidate) => candidate.name === name)?.value;
    return value === undefined || value.type === 'ArgMap' ? undefined : value;
  };
  const required = (name: string): string => {
    const value = stringOf(param(name));
    if (value === undefined || value === '') throw new Error(`the oauth2 config of @${classDef.kind} needs ${name}`);
    return value;
  };
  const scope = param('scope');
  return {
    clientId: required('client_id'),
    clientSecret: required('client_secret'),
    authorizeUrl: required('authorize'),
    tokenUrl: required('get_access_token'),
    scope: scope?.type === 'Array' ? scope.value.flatMap((item) => stringOf(item) ?? []) : (stringOf(scope)?.split(/\s+/).filter((s) => s !== '') ?? []),
  };
}
