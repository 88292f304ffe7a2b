import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { InitiativeInput } from '../../../contract/directory.js';

/** All of the directory module's SQL: the installation's pools as the public sees them, and the initiatives. */

/** Every pool with its current member municipalities (with coordinates) and the kinds of conflict its active mediators take. */
export function listDirectoryPools(db: Kysely<DB>, poolId?: string) {
  let q = db
    .selectFrom('pool as p')
    .select([
      'p.id',
      'p.name',
      'p.colour',
      sql<{ code: string; name: string; province: string | null; lat: number | null; lon: number | null }[]>`coalesce((
        SELECT json_agg(json_build_object('code', m.code, 'name', m.name, 'province', m.province, 'lat', m.lat, 'lon', m.lon) ORDER BY m.name)
        FROM pool_member pm JOIN municipality m ON m.id = pm.municipality_id
        WHERE pm.pool_id = p.id AND pm.member_since <= current_date AND (pm.member_until IS NULL OR pm.member_until >= current_date)), '[]'::json)`.as('municipalities'),
      sql<string[]>`coalesce((SELECT array_agg(DISTINCT s ORDER BY s) FROM mediator_profile mp CROSS JOIN unnest(mp.specialisms) AS s
        WHERE mp.pool_id = p.id AND mp.status = 'active'), '{}')`.as('conflict_kinds'),
    ])
    .orderBy('p.name')
    .orderBy('p.id');
  if (poolId) q = q.where('p.id', '=', poolId);
  return q.execute();
}
export type DirectoryPoolRow = Awaited<ReturnType<typeof listDirectoryPools>>[number];

const INITIATIVE_COLUMNS = ['id', 'name', 'kind', 'municipality_codes', 'region', 'url', 'description', 'updated_at'] as const;

/** The initiatives by name; those serving one municipality when a code is given. */
export function listInitiatives(db: Kysely<DB>, opts: { municipalityCodes?: readonly string[] } = {}) {
  let q = db.selectFrom('directory_initiative').select(INITIATIVE_COLUMNS).orderBy('name').orderBy('id');
  if (opts.municipalityCodes) {
    if (opts.municipalityCodes.length === 0) return Promise.resolve([]);
    q = q.where(sql<boolean>`municipality_codes && ${sql.val([...opts.municipalityCodes])}::text[]`);
  }
  return q.execute();
}
export type InitiativeRow = Awaited<ReturnType<typeof listInitiatives>>[number];

export const findInitiative = (db: Kysely<DB>, id: string) => db.selectFrom('directory_initiative').select(INITIATIVE_COLUMNS).where('id', '=', id).executeTakeFirst();

const values = (input: InitiativeInput) => ({
  name: input.name.trim(),
  kind: input.kind,
  municipality_codes: [...input.municipalityCodes].sort(),
  region: input.region?.trim() || null,
  url: input.url?.trim() || null,
  description: input.description.trim(),
});

export const insertInitiative = (db: Kysely<DB>, input: InitiativeInput) =>
  db.insertInto('directory_initiative').values(values(input)).returning(INITIATIVE_COLUMNS).executeTakeFirstOrThrow();

/** Guarded: the row as it was read (same `updated_at`, to the millisecond as read); undefined when it changed or is gone. */
export const updateInitiative = (db: Kysely<DB>, id: string, readAt: Date, input: InitiativeInput) =>
  db
    .updateTable('directory_initiative')
    .set({ ...values(input), updated_at: sql`now()` })
    .where('id', '=', id)
    .where(sql<Date>`date_trunc('milliseconds', updated_at)`, '=', readAt)
    .returning(INITIATIVE_COLUMNS)
    .executeTakeFirst();

export async function deleteInitiative(db: Kysely<DB>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('directory_initiative').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** The demo's initiatives, once (seed-demo). */
export async function initiativeCount(db: Kysely<DB>): Promise<number> {
  const r = await db.selectFrom('directory_initiative').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return r.n;
}

// ---------- A pool's own words on its public page ----------

const POOL_TEXT_COLUMNS = ['pool_id', 'description', 'how_to_ask', 'version', 'updated_at'] as const;

/** The pool's own text, or undefined while it wrote none. */
export const findPoolText = (db: Kysely<DB>, poolId: string) => db.selectFrom('directory_pool_text').select(POOL_TEXT_COLUMNS).where('pool_id', '=', poolId).executeTakeFirst();
export type PoolTextRow = NonNullable<Awaited<ReturnType<typeof findPoolText>>>;

/**
 * Guarded save: the first text only while there is none (version 0), a later one only over the
 * version the editor started from. Undefined when someone saved in between.
 */
export async function savePoolText(db: Kysely<DB>, poolId: string, fromVersion: number, text: { description: string; howToAsk: string }, by: string) {
  const values = { description: text.description, how_to_ask: text.howToAsk, updated_by: by };
  if (fromVersion === 0) {
    return db
      .insertInto('directory_pool_text')
      .values({ pool_id: poolId, ...values, version: 1 })
      .onConflict((oc) => oc.column('pool_id').doNothing())
      .returning(POOL_TEXT_COLUMNS)
      .executeTakeFirst();
  }
  return db
    .updateTable('directory_pool_text')
    .set({ ...values, version: sql<number>`version + 1`, updated_at: sql`now()` })
    .where('pool_id', '=', poolId)
    .where('version', '=', fromVersion)
    .returning(POOL_TEXT_COLUMNS)
    .executeTakeFirst();
}

/** The pools of these names (the demo's). */
export const poolsNamed = (db: Kysely<DB>, names: string[]) => db.selectFrom('pool').select(['id', 'name']).where('name', 'in', names).execute();

/** The demo pools' texts, once: a pool that has one keeps it. */
export async function seedPoolText(db: Kysely<DB>, poolId: string, text: { description: string; howToAsk: string }): Promise<void> {
  await db
    .insertInto('directory_pool_text')
    .values({ pool_id: poolId, description: text.description, how_to_ask: text.howToAsk })
    .onConflict((oc) => oc.column('pool_id').doNothing())
    .execute();
}
