// Simulates a Postgres restart without restarting the shared server: terminates every backend connected to one
// database (pg_terminate_backend through the admin URL), as a restart or a failover would.
import postgres from 'postgres';

export async function dropConnections(adminUrl: string, databaseUrl: string): Promise<number> {
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    const rows = await admin<{ terminated: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
      WHERE datname = ${database} AND pid <> pg_backend_pid()`;
    return rows.filter((row) => row.terminated).length;
  } finally {
    await admin.end();
  }
}
