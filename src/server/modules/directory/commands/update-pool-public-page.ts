import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { badRequest, conflict, type InvalidParam } from '../../../http/problem.js';
import type { UpdatePoolPublicPageInput } from '../../../../contract/directory.js';
import { checkPoolText, tidyPoolText, type PoolTextProblem } from '../../../../domain/directory/pool-text.js';
import { loadPoolContact, lockPoolSettings } from '../../pool/index.js';
import { updatePoolSettings } from '../../pool-settings/index.js';
import { canDirectory, poolTextOf } from '../policy.js';
import { findPoolText, savePoolText } from '../repository.js';

const REASONS: Record<PoolTextProblem['code'], (field: PoolTextProblem['field']) => string> = {
  required: () => 'Vul in wat de pool doet: een paar zinnen voor inwoners en medewerkers.',
  markup: () => 'Gebruik gewone tekst, zonder HTML-codes zoals <script> of <a>. Een witregel begint een nieuwe alinea.',
  maxLength: (field) => `Deze tekst is te lang: hoogstens ${field === 'description' ? '1000' : '2000'} tekens.`,
};

/**
 * The pool's administrator saves the pool's public page: its own words (guarded by the version the
 * form was read at: someone else's save in between is a 409 and nothing changes) and the public
 * contact, which is the pool's contact for questions and is saved as the settings save it (their
 * own audit row). Everything in one transaction: all of it, or nothing.
 */
export async function updatePoolPublicPage(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, input: UpdatePoolPublicPageInput): Promise<void> {
  const poolId = actor.poolId;
  ensureCan(canDirectory, actor, 'edit-pool-text', poolTextOf(poolId), 'collection');
  const problems: InvalidParam[] = checkPoolText(input).map((p) => ({ name: p.field, code: p.code, reason: REASONS[p.code](p.field) }));
  if (problems.length) throw badRequest('Een of meer velden zijn niet goed ingevuld.', problems);

  // One change of the pool's page at a time (the settings row is the pool's lock), then the version check.
  await lockPoolSettings(trx, poolId);
  const before = await findPoolText(trx, poolId);
  const text = { description: tidyPoolText(input.description), howToAsk: tidyPoolText(input.howToAsk) };
  const stale = () => conflict('Iemand anders heeft de openbare pagina van de pool intussen opgeslagen. Laad de pagina opnieuw en breng uw wijziging daarin aan.', 'pool-text-changed');
  if ((before?.version ?? 0) !== input.version) throw stale();

  const contact = await loadPoolContact(trx, poolId);
  const email = input.contactEmail?.trim() || null;
  const phone = input.contactPhone?.trim() || null;
  const changed = [
    ...(before?.description !== text.description ? ['description'] : []),
    ...(before?.how_to_ask !== text.howToAsk ? ['howToAsk'] : []),
    ...(contact.email !== email || contact.phone !== phone ? ['contact'] : []),
  ];
  if (changed.length === 0) return;
  // Any save of the page moves its version on, the contact too: the next stale form is refused.
  const saved = await savePoolText(trx, poolId, input.version, text, actor.userId);
  if (!saved) throw stale();
  await writeAudit(trx, ctx, { action: 'directory.pool-text-update', objectType: 'pool', objectId: poolId, detail: { version: saved.version, changed } });
  if (changed.includes('contact')) await updatePoolSettings(trx, ctx, actor, { contactEmail: email, contactPhone: phone });
}
