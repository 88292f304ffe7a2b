import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { badRequest } from '../../http/problem.js';
import { FINDING_REASONS, findPersonalData, type PartyData } from '../../../domain/community/anonymisation-guard.js';
import { casePartyData } from './repository.js';

/** The linked case's party data (names, e-mail addresses, phone numbers) for the guard; nothing when no case is linked. */
export async function partyDataOf(db: Kysely<DB>, caseId: string | null): Promise<PartyData> {
  if (!caseId) return { names: [], emails: [], phones: [], addresses: [] };
  const parties = await casePartyData(db, caseId);
  return {
    names: parties.map((p) => p.name),
    emails: parties.flatMap((p) => (p.email ? [p.email] : [])),
    phones: parties.flatMap((p) => (p.phone ? [p.phone] : [])),
    // Parties carry no address in the registry; the guard's generic postcode rule covers addresses.
    addresses: [],
  };
}

/**
 * The anonymisation guard at the door: every field is checked, and a find refuses the post with a
 * 400 that names the field and the category per find (never the data found), so nothing is stored.
 */
export function assertAnonymous(fields: Record<string, string>, party: PartyData): void {
  const invalid = Object.entries(fields).flatMap(([name, text]) => findPersonalData(text, party).map((c) => ({ name, code: `personal-data-${c}`, reason: FINDING_REASONS[c] })));
  if (invalid.length > 0) {
    throw badRequest('Het bericht lijkt gegevens van partijen of andere persoonsgegevens te bevatten en is niet geplaatst. Noem hooguit het zaaknummer.', invalid);
  }
}
