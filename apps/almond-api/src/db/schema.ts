// Persistence of Web Almond: accounts and browser sessions, the OAuth 2.0 provider (clients, grants, codes and
// tokens, every secret stored as a SHA-256 hash), configured devices and long-running programs.
import type { ProgramState } from '@parley/thingtalk/runtime';
import { boolean, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Stored `$context` values of a user (docs/protocols/almond.md §2.4): `home`/`work` places, `morning`/`evening` times. */
export interface UserPreferences {
  locations?: Record<string, unknown>;
  times?: Record<string, unknown>;
}

export const users = pgTable('almond_users', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  email: text('email'),
  fullName: text('full_name'),
  locale: text('locale').notNull().default('en-US'),
  timezone: text('timezone').notNull().default('America/Los_Angeles'),
  modelTag: text('model_tag').notNull().default('default'),
  preferences: jsonb('preferences').$type<UserPreferences>().notNull().default({}),
  /** False until the first conversation has shown the long welcome. */
  visited: boolean('visited').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const webSessions = pgTable('almond_web_sessions', {
  idHash: text('id_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Echoed by every form of the session (consent, revoke, developer page). */
  csrfToken: text('csrf_token').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export const oauthClients = pgTable('almond_oauth_clients', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Null for public clients (no secret; PKCE required). */
  secretHash: text('secret_hash'),
  redirectUris: jsonb('redirect_uris').$type<string[]>().notNull(),
  allowedScopes: jsonb('allowed_scopes').$type<string[]>().notNull(),
  ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One user's consent to one client: everything issued from it dies with it. */
export const oauthGrants = pgTable('almond_oauth_grants', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  clientId: text('client_id')
    .notNull()
    .references(() => oauthClients.id, { onDelete: 'cascade' }),
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export const oauthCodes = pgTable('almond_oauth_codes', {
  codeHash: text('code_hash').primaryKey(),
  grantId: uuid('grant_id')
    .notNull()
    .references(() => oauthGrants.id, { onDelete: 'cascade' }),
  redirectUri: text('redirect_uri').notNull(),
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  codeChallenge: text('code_challenge'),
  codeChallengeMethod: text('code_challenge_method'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

export const oauthTokens = pgTable('almond_oauth_tokens', {
  id: uuid('id').primaryKey(),
  grantId: uuid('grant_id')
    .notNull()
    .references(() => oauthGrants.id, { onDelete: 'cascade' }),
  accessHash: text('access_hash').notNull().unique(),
  refreshHash: text('refresh_hash').unique(),
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  accessExpiresAt: timestamp('access_expires_at', { withTimezone: true }).notNull(),
  /** Set when the refresh token was exchanged: presenting it again is reuse. */
  rotatedAt: timestamp('rotated_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export const devices = pgTable(
  'almond_devices',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    uniqueId: text('unique_id').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    config: jsonb('config').$type<Record<string, string | number | boolean>>().notNull().default({}),
  },
  (table) => [primaryKey({ columns: [table.userId, table.uniqueId] })],
);

/** A long-running program (monitor, timer, attimer) and its executor state, so it resumes after a restart. */
export const apps = pgTable('almond_apps', {
  id: text('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  description: text('description').notNull(),
  /** The device kind whose icon stands for the app (`/icons/<kind>.png`), or null. */
  icon: text('icon'),
  state: jsonb('state').$type<ProgramState>(),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A result of a background program on its way to the user's open conversations (the Notifier carries the id). */
export const notifications = pgTable('almond_notifications', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  body: jsonb('body').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A `/converse` conversation (stateless-…): the agent's state between requests, on any instance. */
export const conversations = pgTable('almond_conversations', {
  id: text('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  state: jsonb('state').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Sentences a user taught the agent (`special:train`), with what they mean (NN code and entities). */
export const learnedCommands = pgTable(
  'almond_learned_commands',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The sentence, normalized (lower case, single spaces). */
    utterance: text('utterance').notNull(),
    code: jsonb('code').$type<string[] | string>().notNull(),
    entities: jsonb('entities').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.utterance] })],
);

/** An account of an external OAuth 2.0 provider (its subject id) linked to a local user (issue 9, item 1). */
export const externalLogins = pgTable(
  'almond_external_logins',
  {
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.provider, table.subject] })],
);

export const schema = { users, externalLogins, webSessions, oauthClients, oauthGrants, oauthCodes, oauthTokens, devices, apps, notifications, conversations, learnedCommands };
