import type { Kysely, Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PoolSettingsRow } from './present-pool-settings.js';

/** The pool-settings module's reads; the commands keep their own writes. */

/** The pool's settings with the name and the covenant document's metadata (never its bytes). */
export async function findPoolSettings(db: Kysely<DB>, poolId: string): Promise<PoolSettingsRow | undefined> {
  return db
    .selectFrom('pool_settings as s')
    .innerJoin('pool as p', 'p.id', 's.pool_id')
    .leftJoin('pool_document as d', 'd.id', 's.covenant_document_id')
    .select([
      'p.name',
      's.settlement_mode',
      's.settlement_period',
      's.norm_first_contact_days',
      's.norm_assignment_days',
      's.norm_conclusion_days',
      's.good_friday_day_off',
      's.liberation_day_day_off',
      's.allow_different_department',
      's.require_second_factor',
      's.retention_months',
      's.aftercare_weeks',
      's.lead_after_co_mediations',
      's.intervision_points_per_hour',
      's.covenant_signed_on',
      's.covenant_description',
      's.contact_email',
      's.contact_phone',
      's.compare_with_other_pools',
      's.updated_at',
      'd.id as doc_id',
      'd.filename as doc_filename',
      'd.content_type as doc_content_type',
      'd.size_bytes as doc_size_bytes',
      'd.sha256 as doc_sha256',
      'd.uploaded_at as doc_uploaded_at',
    ])
    .where('s.pool_id', '=', poolId)
    .executeTakeFirst();
}

/** The current covenant document with its bytes, for the download. */
export const findCovenantDocument = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('pool_settings as s')
    .innerJoin('pool_document as d', 'd.id', 's.covenant_document_id')
    .select(['d.filename', 'd.content_type', 'd.content', 'd.sha256'])
    .where('s.pool_id', '=', poolId)
    .where('d.pool_id', '=', poolId)
    .executeTakeFirst();

const hourlyRatesOf = (db: Kysely<DB>, poolId: string) => db.selectFrom('pool_hourly_rate').selectAll().where('pool_id', '=', poolId);

export const listHourlyRates = (db: Kysely<DB>, poolId: string) => hourlyRatesOf(db, poolId).orderBy('year').execute();

export const findHourlyRate = (db: Kysely<DB>, poolId: string, year: number) => hourlyRatesOf(db, poolId).where('year', '=', year).executeTakeFirst();

const daysOffOf = (db: Kysely<DB>, poolId: string) => db.selectFrom('pool_day_off').selectAll().where('pool_id', '=', poolId);

/** The pool's own days off, by date; of one calendar year when given. */
export async function listDaysOff(db: Kysely<DB>, poolId: string, year?: number) {
  let q = daysOffOf(db, poolId);
  if (year) q = q.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return q.orderBy('date').execute();
}

export const findDayOff = (db: Kysely<DB>, poolId: string, dayOffId: string) => daysOffOf(db, poolId).where('id', '=', dayOffId).executeTakeFirst();

// ---------- Writes (the commands') ----------

/** The settings row with the pool's name, locked for the rest of the transaction. */
export const lockSettingsWithName = (trx: Kysely<DB>, poolId: string) =>
  trx.selectFrom('pool_settings as s').innerJoin('pool as p', 'p.id', 's.pool_id').selectAll('s').select('p.name').where('s.pool_id', '=', poolId).forUpdate().executeTakeFirst();

export async function updateSettingsRow(trx: Kysely<DB>, poolId: string, changes: Updateable<DB['pool_settings']>) {
  await trx.updateTable('pool_settings').set({ ...changes, updated_at: new Date() }).where('pool_id', '=', poolId).execute();
}

export async function renamePool(trx: Kysely<DB>, poolId: string, name: string) {
  await trx.updateTable('pool').set({ name }).where('id', '=', poolId).execute();
}

export const findDayOffOn = (db: Kysely<DB>, poolId: string, date: string) =>
  db.selectFrom('pool_day_off').select('id').where('pool_id', '=', poolId).where('date', '=', date).executeTakeFirst();

export const insertDayOff = (trx: Kysely<DB>, poolId: string, date: string, description: string) =>
  trx.insertInto('pool_day_off').values({ pool_id: poolId, date, description }).returningAll().executeTakeFirstOrThrow();

export const deleteDayOff = (trx: Kysely<DB>, poolId: string, dayOffId: string) =>
  trx.deleteFrom('pool_day_off').where('pool_id', '=', poolId).where('id', '=', dayOffId).returning(['date', 'description']).executeTakeFirst();

export const insertHourlyRate = (trx: Kysely<DB>, poolId: string, year: number, cents: number) =>
  trx.insertInto('pool_hourly_rate').values({ pool_id: poolId, year, cents }).returningAll().executeTakeFirstOrThrow();

export const lockHourlyRate = (trx: Kysely<DB>, poolId: string, year: number) =>
  trx.selectFrom('pool_hourly_rate').select('cents').where('pool_id', '=', poolId).where('year', '=', year).forUpdate().executeTakeFirst();

export const setHourlyRate = (trx: Kysely<DB>, poolId: string, year: number, cents: number) =>
  trx.updateTable('pool_hourly_rate').set({ cents, updated_at: new Date() }).where('pool_id', '=', poolId).where('year', '=', year).returningAll().executeTakeFirstOrThrow();

export const deleteHourlyRate = (trx: Kysely<DB>, poolId: string, year: number) =>
  trx.deleteFrom('pool_hourly_rate').where('pool_id', '=', poolId).where('year', '=', year).returning('cents').executeTakeFirst();

export const lockCovenantLink = (trx: Kysely<DB>, poolId: string) =>
  trx.selectFrom('pool_settings').select('covenant_document_id').where('pool_id', '=', poolId).forUpdate().executeTakeFirst();

/** Unlinks the covenant document if it is still the one read (the bytes stay stored). */
export async function unlinkCovenantDocument(trx: Kysely<DB>, poolId: string, documentId: string) {
  await trx.updateTable('pool_settings').set({ covenant_document_id: null, updated_at: new Date() }).where('pool_id', '=', poolId).where('covenant_document_id', '=', documentId).execute();
}

export const insertCovenantDocument = (
  trx: Kysely<DB>,
  row: { pool_id: string; filename: string; content_type: string; size_bytes: number; sha256: string; content: Buffer; uploaded_by: string },
) =>
  trx
    .insertInto('pool_document')
    .values({ ...row, purpose: 'covenant' })
    .returning(['id', 'filename', 'content_type', 'size_bytes', 'sha256', 'uploaded_at'])
    .executeTakeFirstOrThrow();

export async function linkCovenantDocument(trx: Kysely<DB>, poolId: string, documentId: string) {
  await trx.updateTable('pool_settings').set({ covenant_document_id: documentId, updated_at: new Date() }).where('pool_id', '=', poolId).execute();
}
