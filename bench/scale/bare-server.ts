/**
 * The yardstick of the scale benchmark: a bare Fastify server with one route doing one indexed
 * SELECT (a case by its primary key) on the same database as the app, with the same driver and
 * pool size, no authentication, no audit row, no schema. The harness (bench/scale.bench.ts)
 * starts it as a child process beside the app and measures both in the same run.
 *
 * Environment: DATABASE_URL, PORT (HOST 127.0.0.1). Prints "listening" when ready.
 */
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

app.get<{ Params: { id: string } }>('/bare/cases/:id', async (request, reply) => {
  const { rows } = await pool.query('SELECT id, number, status, title, referred_on FROM mediation_case WHERE id = $1', [request.params.id]);
  if (rows.length === 0) return reply.code(404).send({ status: 404 });
  return rows[0];
});

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log('listening');
const stop = () => {
  void app.close().then(() => pool.end()).then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
