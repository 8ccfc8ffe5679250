// The stores and services of the app over one database.
import { createSessionStore } from './accounts/sessionStore.js';
import { createUserStore } from './accounts/userStore.js';
import type { Database } from './db/Database.js';
import { createClientStore } from './oauth/clientStore.js';
import { createOAuthModel } from './oauth/oauthModel.js';

export function createServices(db: Database) {
  const users = createUserStore(db);
  const sessions = createSessionStore(db);
  const clients = createClientStore(db);
  const oauth = createOAuthModel(db, clients);
  return { users, sessions, clients, oauth };
}

export type AppServices = ReturnType<typeof createServices>;
