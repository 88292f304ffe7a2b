// policy: public (the resident's status link: the token is the permission; unknown, altered and expired links are one and the same 404)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { FrontDoorPublicStatus } from '../../../../contract/front-door.js';
import { isCaseStatus } from '../../../../domain/cases/case-status.js';
import { publicStatusOf } from '../../../../domain/front-door/public-status.js';
import { sha256 } from '../../../auth/tokens.js';
import { notFound } from '../../../http/problem.js';
import { selectStatusByTokenHash } from '../repository.js';

/** One answer for every link that shows nothing: it says why it may be, never which of the reasons it is. */
export const UNUSABLE_LINK =
  'Deze statuslink is verlopen of onbekend. Een statuslink werkt een jaar; een link die niet helemaal is overgenomen werkt ook niet. Wij laten niet zien of er een aanmelding bij hoort.';

/**
 * What a status link shows: the case's status in one of three words, nothing else. Whatever is
 * wrong with a link (never existed, one character altered, expired, purged), the answer is the same 404,
 * so nobody learns whether a case or a person exists.
 */
export async function readStatus(db: Kysely<DB>, token: string): Promise<FrontDoorPublicStatus> {
  const row = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await selectStatusByTokenHash(db, sha256(token)) : undefined;
  if (!row || !isCaseStatus(row.status)) throw notFound(UNUSABLE_LINK);
  return { status: publicStatusOf(row.status) };
}
