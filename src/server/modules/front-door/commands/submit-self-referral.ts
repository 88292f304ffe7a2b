// policy: public (a self-referral through the front door: no account; rate-limited per address in the route, a filled honeypot stores nothing)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { SelfReferralInput, SelfReferralReceived } from '../../../../contract/front-door.js';
import type { PartyRole } from '../../../../domain/cases/case-vocabulary.js';
import { formatDutchDate, todayInAmsterdam } from '../../../../domain/calendar/iso-date.js';
import { randomToken, sha256 } from '../../../auth/tokens.js';
import { badRequest, invalidField } from '../../../http/problem.js';
import type { AuditContext } from '../../../audit/write-audit.js';
import { enqueueMail } from '../../../mail/enqueue-mail.js';
import { registerSelfReferral } from '../../cases/index.js';
import { insertStatusLink, selectServingPool } from '../repository.js';

/** How long a status link works: long enough for a mediation to run its course. */
export const STATUS_LINK_DAYS = 365;
export const statusPath = (token: string) => `/voorportaal/status/${token}`;

/**
 * A self-referral into the intake of the pool that serves the municipality: the case (through
 * the cases module), the personal status link (only its SHA-256 is kept) and, when an e-mail
 * address was given, a confirmation mail with that link; all in the caller's transaction.
 * A filled honeypot (a field people never see) is answered like a success and stores nothing.
 */
export async function submitSelfReferral(trx: Kysely<DB>, ctx: AuditContext, baseUrl: string, input: SelfReferralInput): Promise<SelfReferralReceived> {
  if (input.website !== undefined && input.website.trim() !== '') {
    return { statusPath: statusPath(randomToken()), mailed: Boolean(input.email) };
  }
  const name = input.name.trim();
  const description = input.description.trim();
  const email = input.email?.trim() || null;
  const phone = input.phone?.trim() || null;
  const bad = [
    ...(name === '' ? [{ name: 'name', code: 'required', reason: 'Vul uw naam in.' }] : []),
    ...(description === '' ? [{ name: 'description', code: 'required', reason: 'Beschrijf kort waar het conflict over gaat.' }] : []),
    ...(!email && !phone ? [{ name: 'email', code: 'contact-required', reason: 'Vul een e-mailadres of een telefoonnummer in, zodat de coördinator contact met u kan opnemen.' }] : []),
    ...(!input.privacyAcknowledged ? [{ name: 'privacyAcknowledged', code: 'privacy-not-acknowledged', reason: 'Lees de privacyverklaring en vink aan dat u die heeft gelezen.' }] : []),
  ];
  if (bad.length) throw badRequest(bad.length === 1 ? bad[0]!.reason : 'Niet alle gegevens zijn goed ingevuld.', bad);

  const serving = await selectServingPool(trx, input.municipalityCode);
  if (!serving) {
    throw invalidField('municipalityCode', 'no-pool-for-municipality', 'Voor deze gemeente is er hier geen mediatorpool; kies een van de andere routes uit het advies.');
  }
  const decisionSentOn = input.conflictWith === 'municipality_government' ? (input.decisionDate ?? null) : null;
  const partyRole: PartyRole = input.conflictWith === 'municipality_government' ? 'citizen' : input.askerRole === 'manager' ? 'manager' : 'employee';
  const created = await registerSelfReferral(trx, ctx, {
    poolId: serving.pool_id,
    municipality: { id: serving.municipality_id, name: serving.municipality_name },
    caseType: input.conflictWith === 'municipality_government' ? 'citizen_government' : 'employment',
    partyRole,
    name,
    email,
    phone,
    description,
    wantsExternalMediator: input.prefersIndependentMediator,
    decisionSentOn,
  });

  const token = randomToken();
  await insertStatusLink(trx, { poolId: serving.pool_id, caseId: created.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + STATUS_LINK_DAYS * 86_400_000) });
  if (email) {
    await enqueueMail(trx, {
      poolId: serving.pool_id,
      kind: 'front-door-confirmation',
      to: email,
      subject: `Uw aanmelding bij ${serving.pool_name} is ontvangen`,
      text: [
        `Beste ${name},`,
        '',
        `Op ${formatDutchDate(todayInAmsterdam())} heeft u zich aangemeld bij ${serving.pool_name} voor hulp bij een conflict. De coördinator bekijkt uw aanmelding en neemt contact met u op.`,
        input.prefersIndependentMediator ? 'U heeft aangegeven dat u liever een onafhankelijke mediator heeft. Daar houdt de coördinator rekening mee.' : '',
        '',
        'Met deze persoonlijke link ziet u hoe het met uw aanmelding staat (alleen de stand, verder niets):',
        `${baseUrl}${statusPath(token)}`,
        '',
        'Deel deze link niet met anderen. Heeft u zich niet aangemeld? Dan kunt u deze e-mail negeren.',
      ]
        .filter((line, i, all) => line !== '' || all[i - 1] !== '')
        .join('\n'),
    });
  }
  return { statusPath: statusPath(token), mailed: email !== null };
}
