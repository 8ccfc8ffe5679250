// Accounts of an external OAuth 2.0 provider: the provider's subject id links to one local user, created on the
// first login (a random password nobody knows: such users log in through the provider only).
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/Database.js';
import { externalLogins } from '../db/schema.js';
import { UsernameTakenError, type User, type UserStore } from '../accounts/userStore.js';
import { randomToken } from '../security/secrets.js';

/** What the provider's user-info endpoint says about the user (OpenID Connect claims or GitHub-style fields). */
interface ExternalProfile {
  subject: string;
  username: string | undefined;
  email: string | undefined;
  fullName: string | undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** `sub` (OpenID Connect) or `id`; undefined when the answer names no subject. */
export function externalProfile(info: Record<string, unknown>): ExternalProfile | undefined {
  const subject = text(info.sub) ?? (typeof info.id === 'number' ? String(info.id) : text(info.id));
  if (subject === undefined) return undefined;
  return {
    subject,
    username: text(info.preferred_username) ?? text(info.login) ?? text(info.username),
    email: text(info.email),
    fullName: text(info.name),
  };
}

/** A free local username from the provider's one (letters, digits, `_.-`), suffixed when taken. */
function usernameCandidates(profile: ExternalProfile): string[] {
  const base = (profile.username ?? profile.email?.split('@')[0] ?? 'user').replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 48) || 'user';
  return [base, ...Array.from({ length: 5 }, () => `${base}-${randomToken().replace(/[^A-Za-z0-9]/g, '').slice(0, 6)}`)];
}

export function createExternalAccounts(db: Database, users: UserStore) {
  return {
    /** The local user linked to the provider's subject, created and linked on the first login. */
    async userFor(provider: string, profile: ExternalProfile): Promise<User> {
      const [link] = await db
        .select({ userId: externalLogins.userId })
        .from(externalLogins)
        .where(and(eq(externalLogins.provider, provider), eq(externalLogins.subject, profile.subject)));
      const linked = link === undefined ? undefined : await users.byId(link.userId);
      if (linked !== undefined) return linked;
      for (const username of usernameCandidates(profile)) {
        try {
          const user = await users.create({ username, password: randomToken(), email: profile.email, fullName: profile.fullName });
          await db.insert(externalLogins).values({ provider, subject: profile.subject, userId: user.id });
          return user;
        } catch (error) {
          if (!(error instanceof UsernameTakenError)) throw error;
        }
      }
      throw new Error('no free username for the external account');
    },
  };
}
