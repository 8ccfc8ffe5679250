// GET /me/api/profile (scope `profile`; docs/protocols/almond.md).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AlmondProfile } from '@parley/protocol-types';
import type { FastifyPluginAsync } from 'fastify';
import type { UserStore } from '../accounts/userStore.js';
import { unauthorized } from '../http/AlmondApiError.js';
import { replySchemas } from '../http/replySchemas.js';
import { requireScope } from './bearerAuth.js';
import { callerOf } from './apiCaller.js';

export const profileRoutes: FastifyPluginAsync<{ users: UserStore }> = async (fastify, { users }) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get('/profile', { schema: { response: replySchemas({ 200: AlmondProfile }) } }, async (request) => {
    const caller = callerOf(request);
    requireScope(caller, 'profile');
    const user = await users.cachedById(caller.userId);
    if (user === undefined) throw unauthorized();
    return {
      id: user.id,
      username: user.username,
      full_name: user.fullName ?? user.username,
      email: user.email ?? '',
      email_verified: 0,
      locale: user.locale,
      timezone: user.timezone,
      model_tag: user.modelTag,
    };
  });
};
