import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { PollAnswerValue } from '../../db/schema-community.js';

/** All SQL of the polls module. */

export const insertPoll = (trx: Kysely<DB>, row: Insertable<DB['date_poll']>) => trx.insertInto('date_poll').values(row).returning('id').executeTakeFirstOrThrow();

export const insertSlots = (trx: Kysely<DB>, rows: Insertable<DB['date_poll_slot']>[]) => trx.insertInto('date_poll_slot').values(rows).returning(['id', 'starts_at', 'ends_at']).execute();

export const insertInvitee = (trx: Kysely<DB>, row: Insertable<DB['date_poll_invitee']>) => trx.insertInto('date_poll_invitee').values(row).returning('id').executeTakeFirstOrThrow();

export function findPoll(db: Kysely<DB>, poolId: string, pollId: string, opts: { forUpdate?: boolean } = {}) {
  let q = db
    .selectFrom('date_poll as p')
    .innerJoin('app_user as o', 'o.id', 'p.organiser_id')
    .selectAll('p')
    .select(['o.name as organiser_name', 'o.email as organiser_email'])
    .where('p.pool_id', '=', poolId)
    .where('p.id', '=', pollId);
  if (opts.forUpdate) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type PollRow = NonNullable<Awaited<ReturnType<typeof findPoll>>>;

export const findSlots = (db: Kysely<DB>, pollId: string) =>
  db.selectFrom('date_poll_slot').select(['id', 'starts_at', 'ends_at']).where('poll_id', '=', pollId).orderBy('starts_at').orderBy('ends_at').execute();

/** The invitees with the name and address to show and write to: the account's or the party's. */
export const findInvitees = (db: Kysely<DB>, pollId: string) =>
  db
    .selectFrom('date_poll_invitee as i')
    .leftJoin('app_user as u', 'u.id', 'i.user_id')
    .leftJoin('case_party as cp', 'cp.id', 'i.party_id')
    .select(['i.id', 'i.user_id', 'i.party_id', 'i.answered_at', 'u.name as user_name', 'u.email as user_email', 'u.active as user_active', 'cp.name as party_name', 'cp.email as party_email'])
    .where('i.poll_id', '=', pollId)
    .orderBy('i.party_id', 'asc')
    .orderBy('u.name')
    .orderBy('cp.position')
    .execute();

export const findAnswers = (db: Kysely<DB>, pollId: string) =>
  db
    .selectFrom('date_poll_answer as a')
    .innerJoin('date_poll_invitee as i', 'i.id', 'a.invitee_id')
    .select(['a.invitee_id', 'a.slot_id', 'a.answer'])
    .where('i.poll_id', '=', pollId)
    .execute();

export const findInviteeByUser = (db: Kysely<DB>, pollId: string, userId: string) =>
  db.selectFrom('date_poll_invitee').select(['id']).where('poll_id', '=', pollId).where('user_id', '=', userId).executeTakeFirst();

export const findInviteeByToken = (db: Kysely<DB>, tokenHash: string) =>
  db
    .selectFrom('date_poll_invitee as i')
    .innerJoin('date_poll as p', 'p.id', 'i.poll_id')
    .select(['i.id', 'i.poll_id', 'i.token_expires_at', 'p.pool_id'])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();

/** Replaces the invitee's answers with these, and notes when they answered. */
export async function replaceAnswers(trx: Kysely<DB>, inviteeId: string, answers: { slotId: string; answer: PollAnswerValue }[]) {
  await trx.deleteFrom('date_poll_answer').where('invitee_id', '=', inviteeId).execute();
  await trx
    .insertInto('date_poll_answer')
    .values(answers.map((a) => ({ invitee_id: inviteeId, slot_id: a.slotId, answer: a.answer })))
    .execute();
  await trx.updateTable('date_poll_invitee').set({ answered_at: new Date() }).where('id', '=', inviteeId).execute();
}

/** Open → fixed, only from open; undefined when the poll was no longer open. */
export const markFixed = (trx: Kysely<DB>, pollId: string, slotId: string, userId: string) =>
  trx
    .updateTable('date_poll')
    .set({ status: 'fixed', fixed_slot_id: slotId, fixed_at: new Date(), fixed_by: userId })
    .where('id', '=', pollId)
    .where('status', '=', 'open')
    .returning('id')
    .executeTakeFirst();

export async function setPollSession(trx: Kysely<DB>, pollId: string, sessionId: string) {
  await trx.updateTable('date_poll').set({ session_id: sessionId }).where('id', '=', pollId).execute();
}

/** The case's parties (for a first-session poll): who can answer through a link needs an address. */
export const findCasePartiesForPoll = (db: Kysely<DB>, caseId: string) =>
  db.selectFrom('case_party').select(['id', 'name', 'email']).where('case_id', '=', caseId).orderBy('position').execute();

/** Open polls the user is invited to and has not answered yet, oldest first. */
export function awaitingPolls(db: Kysely<DB>, poolId: string, userId: string) {
  const base = db
    .selectFrom('date_poll_invitee as i')
    .innerJoin('date_poll as p', 'p.id', 'i.poll_id')
    .where('p.pool_id', '=', poolId)
    .where('p.status', '=', 'open')
    .where('i.user_id', '=', userId)
    .where('i.answered_at', 'is', null);
  return Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.innerJoin('app_user as o', 'o.id', 'p.organiser_id').select(['p.id', 'p.title', 'p.created_at', 'o.name as organiser_name']).orderBy('p.created_at').orderBy('p.id').limit(5).execute(),
  ]);
}


/** Status and fixed slot of these polls. */
export const findPollStates = (db: Kysely<DB>, pollIds: readonly string[]) =>
  pollIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('date_poll as p')
        .leftJoin('date_poll_slot as s', 's.id', 'p.fixed_slot_id')
        .select(['p.id', 'p.status', 's.starts_at', 's.ends_at'])
        .where('p.id', 'in', [...pollIds])
        .execute();
