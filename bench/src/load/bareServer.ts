// The baseline of `pnpm bench load`: a bare Fastify app with one JSON route, in its own process like the apps.
// Run as `node --import tsx bareServer.ts`; prints "listening on <url>" as the apps do.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/echo', async (request) => ({ ok: true, received: request.body }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`bare fastify listening on ${address}`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
