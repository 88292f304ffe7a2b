import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { findPersonalData } from '../../../domain/community/anonymisation-guard.js';
import { partyDataOf } from './post-guard.js';
import { CONCLUDED_STATUSES, follow, insertPost, insertThread } from './repository.js';

/**
 * One demo thread: the demo mediator asks about a concluded case she worked on (by number only),
 * the coordinator replies. The texts pass the anonymisation guard (checked here too, so a change
 * of the demo's parties cannot slip a name into it). Only when the pool has no thread yet.
 */
export async function seedDemoCaseDiscussion(trx: Kysely<DB>, poolId: string): Promise<void> {
  if (await trx.selectFrom('case_discussion_thread').select('id').where('pool_id', '=', poolId).executeTakeFirst()) return;
  const people = await trx.selectFrom('app_user').select(['id', 'roles']).where('pool_id', '=', poolId).where('active', '=', true).orderBy('created_at').execute();
  const coordinator = people.find((p) => p.roles.includes('coordinator'));
  const mediator = people.find((p) => p.roles.includes('mediator') && !p.roles.includes('coordinator'));
  if (!coordinator || !mediator) return;
  const linked = await trx
    .selectFrom('mediation_case as c')
    .innerJoin('case_mediator as cm', 'cm.case_id', 'c.id')
    .innerJoin('mediator_profile as mp', 'mp.id', 'cm.mediator_id')
    .select(['c.id', 'c.number'])
    .where('c.pool_id', '=', poolId)
    .where('mp.user_id', '=', mediator.id)
    .where('c.status', 'in', [...CONCLUDED_STATUSES])
    .orderBy(sql`c.concluded_on`, 'desc')
    .executeTakeFirst();
  const title = 'Tweede gesprek liep vast op de verwachtingen van de leidinggevende';
  const first = [
    linked ? `In zaak ${linked.number} (afgerond) liep het tweede gezamenlijke gesprek vast.` : 'In een afgeronde zaak liep het tweede gezamenlijke gesprek vast.',
    'De leidinggevende verwachtte dat de medewerker binnen een week volledig terug zou zijn; de medewerker wilde eerst afspraken over de werkdruk.',
    'Ik heb een time-out genomen en beide apart gesproken. Hoe gaan jullie om met zo’n botsing van verwachtingen? Schorsen jullie, of houden jullie het gesprek gezamenlijk?',
  ].join('\n\n');
  const reply = 'Herkenbaar. Ik laat in zo’n geval beide partijen eerst opschrijven wat voor hen een goede eerste stap is, zonder termijn. Meestal blijkt de afstand kleiner dan gedacht. Zullen we dit meenemen naar de volgende intervisie?';
  const party = await partyDataOf(trx, linked?.id ?? null);
  for (const text of [title, first, reply]) if (findPersonalData(text, party).length > 0) return;
  const threadId = await insertThread(trx, { poolId, title, caseId: linked?.id ?? null, userId: mediator.id });
  await insertPost(trx, { poolId, threadId, userId: mediator.id, body: first });
  await insertPost(trx, { poolId, threadId, userId: coordinator.id, body: reply });
  await follow(trx, poolId, threadId, mediator.id);
}
