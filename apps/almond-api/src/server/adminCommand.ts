// The admin CLI (docs/operations.md): `create-user --username U --password P [--email E]` and
// `create-client --name N --redirect-uri URI --scopes "a b c" [--public]`, on the server's DATA_DIR/DATABASE_URL.
import { parseArgs } from 'node:util';
import { parseScopes } from '../oauth/scopes.js';
import type { AppServices } from '../services.js';

export const ADMIN_USAGE = `usage: admin create-user --username U --password P [--email E]
       admin create-client --name N --redirect-uri URI [--redirect-uri URI2] --scopes "a b c" [--public]`;

export class UsageError extends Error {}

/** Runs one admin command; returns what to print (JSON). */
export async function runAdminCommand(args: readonly string[], services: Pick<AppServices, 'users' | 'clients'>): Promise<string> {
  const [command, ...rest] = args;
  if (command === 'create-user') {
    const { values } = parseArgs({ args: rest, options: { username: { type: 'string' }, password: { type: 'string' }, email: { type: 'string' } } });
    if (values.username === undefined || values.password === undefined) throw new UsageError('create-user needs --username and --password');
    const user = await services.users.create({ username: values.username, password: values.password, email: values.email });
    return JSON.stringify({ id: user.id, username: user.username });
  }
  if (command === 'create-client') {
    const { values } = parseArgs({
      args: rest,
      options: { name: { type: 'string' }, 'redirect-uri': { type: 'string', multiple: true }, scopes: { type: 'string' }, public: { type: 'boolean' } },
    });
    const redirectUris = values['redirect-uri'] ?? [];
    if (values.name === undefined || redirectUris.length === 0 || values.scopes === undefined) {
      throw new UsageError('create-client needs --name, --redirect-uri and --scopes');
    }
    const scopes = parseScopes(values.scopes);
    if (scopes === undefined || scopes.length === 0) throw new UsageError(`invalid scopes "${values.scopes}"`);
    const client = await services.clients.create({ name: values.name, redirectUris, scopes, isPublic: values.public === true });
    return JSON.stringify({ client_id: client.clientId, client_secret: client.clientSecret });
  }
  throw new UsageError(command === undefined ? 'missing command' : `unknown command ${command}`);
}
