// `pnpm start` demo: the user `demo` with a freshly generated password (printed by the caller) on every start.
import { randomBytes } from 'node:crypto';
import type { UserStore } from '../accounts/userStore.js';

const DEMO_USERNAME = 'demo';

export async function ensureDemoUser(users: UserStore): Promise<{ username: string; password: string }> {
  const password = randomBytes(9).toString('base64url');
  if (!(await users.setPassword(DEMO_USERNAME, password))) await users.create({ username: DEMO_USERNAME, password, fullName: 'Demo User' });
  return { username: DEMO_USERNAME, password };
}
