import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { CASE_TYPE_LABELS } from '../../../../domain/cases/case-vocabulary.js';
import { addDays, type IsoDate } from '../../../../domain/calendar/iso-date.js';
import { addMonths, destroyableFrom, listMonth, termHasPassed, type RetentionKind } from '../../../../domain/retention/retention-terms.js';
import { loadRetentionTerms } from '../repository/terms.js';
import { answersWithComment, evaluationsWithComment, finalCases, finishedMailBefore, type Candidate } from '../repository/candidates.js';
import { findOpenList, insertList } from '../repository/lists.js';

export type DraftResult = { kind: 'proposed'; listId: string; items: number } | { kind: 'open'; listId: string } | { kind: 'nothing-due' };

/** The words a destruction list uses for an event's kind (no names, like every label there). */
const EVENT_KIND_LABELS: Record<string, string> = { training: 'training', masterclass: 'masterclass', intervision_day: 'intervisiedag', coordinator_meeting: 'coördinatorenoverleg' };

const lastDayOfMonth = (month: string): IsoDate => addDays(addMonths(`${month}-01`, 1), -1);

/**
 * Draws up the pool's destruction list for `today`: every object whose term has passed, per kind,
 * by the pool's terms. A case whose whole file is due goes on as one item (its documents and hour
 * notes with it); otherwise its documents and its hour notes may each be due on their own. Makes
 * no list when nothing is due, or when a proposal is still open (that one is to be reviewed first).
 */
// policy: a step of proposeDestructionList (which asked canRetention 'propose') and of the monthly job, which acts for the pool itself
export async function draftDestructionList(
  trx: Kysely<DB>,
  ctx: AuditContext,
  poolId: string,
  today: IsoDate,
  by: { userId: string | null; label: string },
): Promise<DraftResult> {
  const open = await findOpenList(trx, poolId);
  if (open) return { kind: 'open', listId: open.id };
  const { months } = await loadRetentionTerms(trx, poolId);
  const due: (Candidate & { destroyableFrom: string })[] = [];
  const add = (kind: RetentionKind, objectId: string, label: string, start: IsoDate) => {
    if (termHasPassed(start, months[kind], today)) due.push({ kind, objectId, label, termStartedOn: start, destroyableFrom: destroyableFrom(start, months[kind]) });
  };

  for (const c of await finalCases(trx, poolId)) {
    const label = `${c.number} · ${CASE_TYPE_LABELS[c.case_type as keyof typeof CASE_TYPE_LABELS] ?? c.case_type}`;
    if (termHasPassed(c.ended_on, months.case_file, today)) {
      add('case_file', c.id, label, c.ended_on);
      continue;
    }
    if (c.has_documents) add('documents', c.id, label, c.ended_on);
    if (c.has_hour_notes) add('hour_notes', c.id, label, c.ended_on);
  }
  for (const a of await answersWithComment(trx, poolId)) {
    add('survey_answers', a.id, `Enquête ${a.answered_month} · ${a.code}`, lastDayOfMonth(a.answered_month));
  }
  // An event's evaluation comments count as survey comments, from the month the event ended.
  for (const e of await evaluationsWithComment(trx, poolId)) {
    add('survey_answers', e.id, `Evaluatie ${e.month} · ${EVENT_KIND_LABELS[e.kind] ?? e.kind}`, lastDayOfMonth(e.month));
  }
  // Mail is due the day after its term: sent before today minus the term.
  const mailBefore = addMonths(today, -months.mail_log);
  for (const m of await finishedMailBefore(trx, poolId, mailBefore)) {
    add('mail_log', m.id, `E-mail ${m.kind} · ${m.on}`, m.on);
  }
  if (due.length === 0) return { kind: 'nothing-due' };

  const listId = await insertList(trx, { poolId, month: listMonth(today), proposedBy: by.userId, proposedLabel: by.label, terms: months }, due);
  if (!listId) {
    const other = await findOpenList(trx, poolId);
    return other ? { kind: 'open', listId: other.id } : { kind: 'nothing-due' };
  }
  const perKind: Record<string, number> = {};
  for (const d of due) perKind[d.kind] = (perKind[d.kind] ?? 0) + 1;
  await writeAudit(trx, { ...ctx, poolId }, { action: 'retention.list.propose', objectType: 'destruction-list', objectId: listId, detail: { month: listMonth(today), items: perKind } });
  return { kind: 'proposed', listId, items: due.length };
}
