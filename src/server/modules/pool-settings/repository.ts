import type { Kysely } from 'kysely';
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
      's.allow_different_department',
      's.retention_months',
      's.aftercare_weeks',
      's.covenant_signed_on',
      's.covenant_description',
      's.contact_email',
      's.contact_phone',
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
