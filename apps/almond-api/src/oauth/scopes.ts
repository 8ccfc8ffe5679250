// The scopes of Web Almond (docs/protocols/almond.md; almond-cloud util/user.js) and the seed's `user-exec-commands` spelling.

export const SCOPES = {
  profile: "see the user's profile",
  'user-read': 'read active commands and devices',
  'user-read-results': 'read results of active commands',
  'user-exec-command': 'execute ThingTalk code',
  'user-sync': 'synchronise with the user’s other Almond instances',
  'developer-read': 'read unapproved devices (equivalent to a developer key)',
  'developer-upload': 'upload new devices',
  'developer-admin': 'modify thingpedia organization settings, add/remove members',
} as const;

export type Scope = keyof typeof SCOPES;

const ALIASES: Record<string, Scope> = { 'user-exec-commands': 'user-exec-command' };

function isScope(name: string): name is Scope {
  return Object.hasOwn(SCOPES, name);
}

/** The scope a name stands for (aliases resolved), or undefined for an unknown name. */
export function canonicalScope(name: string): Scope | undefined {
  const resolved = ALIASES[name] ?? name;
  return isScope(resolved) ? resolved : undefined;
}

/** Space-separated scope names → distinct canonical scopes; undefined when one of them is unknown. */
export function parseScopes(names: readonly string[] | string): Scope[] | undefined {
  const list = typeof names === 'string' ? names.split(/\s+/).filter((name) => name !== '') : names;
  const scopes = new Set<Scope>();
  for (const name of list) {
    const scope = canonicalScope(name);
    if (scope === undefined) return undefined;
    scopes.add(scope);
  }
  return [...scopes];
}
