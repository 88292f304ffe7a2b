import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PoolSettingsRow } from './present-pool-settings.js';

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
