import { isIsoDate, isoDateInZone, toDayNumber } from '../../../domain/calendar/iso-date.js';
import { FIRST_SUPPORTED_YEAR } from '../../../domain/calendar/dutch-holidays.js';
import { badRequest, notFound } from '../../http/problem.js';
import type { Actor } from '../../auth/actor.js';
import { REPORTS, canReport } from './policy.js';
import { memberMunicipality } from './repository/pool-facts.js';
import type { ReportScope } from './report-scope.js';
import type { Database } from '../../db/database.js';

export const MAX_PERIOD_DAYS = 5 * 366;

export type { ReportScope };

/**
 * Validates a report period and municipality: the period must not end before it starts or be
 * longer than 5 years; the municipality must be (or have been) a member of the pool (else 404),
 * and a contact may only ask for their own municipality (another one answers 404, as if unknown).
 */
export async function resolveScope(db: Database, actor: Actor, q: { from?: string | undefined; to?: string | undefined; municipalityId?: string | undefined }): Promise<ReportScope> {
  // The Dutch calendar year: on New Year's night the UTC year is still the old one for an hour or two.
  const year = isoDateInZone(new Date()).slice(0, 4);
  const from = q.from ?? `${year}-01-01`;
  const to = q.to ?? `${year}-12-31`;
  const invalid = [];
  if (!isIsoDate(from)) invalid.push({ name: 'from', code: 'invalid-date', reason: 'Geen geldige datum (JJJJ-MM-DD).' });
  if (!isIsoDate(to)) invalid.push({ name: 'to', code: 'invalid-date', reason: 'Geen geldige datum (JJJJ-MM-DD).' });
  if (invalid.length) throw badRequest('De periode is ongeldig.', invalid);
  const days = toDayNumber(to) - toDayNumber(from);
  if (days < 0) throw badRequest('De periode eindigt voordat hij begint.', [{ name: 'to', code: 'before-from', reason: 'De einddatum ligt vóór de begindatum.' }]);
  if (days > MAX_PERIOD_DAYS) throw badRequest('De periode is te lang: kies hoogstens 5 jaar.', [{ name: 'to', code: 'period-too-long', reason: 'Hoogstens 5 jaar.' }]);
  // The working-day calendar (public holidays) starts in 2014.
  if (Number(from.slice(0, 4)) < FIRST_SUPPORTED_YEAR || Number(to.slice(0, 4)) > 2999) {
    throw badRequest(`Kies een periode tussen ${FIRST_SUPPORTED_YEAR} en 2999.`, [{ name: 'from', code: 'out-of-range', reason: `Tussen ${FIRST_SUPPORTED_YEAR} en 2999.` }]);
  }

  let municipalityId = q.municipalityId ?? null;
  const isPoolWide = canReport(actor, 'choose-municipality', REPORTS);
  if (!isPoolWide) {
    // A contact sees their own municipality only; asking for another is 404, as if it did not exist.
    if (!actor.municipalityId) throw notFound();
    if (municipalityId && municipalityId !== actor.municipalityId) throw notFound('Deze gemeente bestaat niet of u heeft er geen toegang toe.');
    municipalityId = actor.municipalityId;
  }
  if (!municipalityId) return { poolId: actor.poolId, from, to, municipality: null };
  const m = await memberMunicipality(db, actor.poolId, municipalityId);
  if (!m) throw notFound('Deze gemeente is geen lid van de pool.');
  return { poolId: actor.poolId, from, to, municipality: m };
}
