import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { ensureCan } from '../../auth/policy.js';
import { notFound } from '../../http/problem.js';
import { canEvent, seesRegistration, type EventTarget, type OwnRegistration, type RegistrationTarget } from './policy.js';
import { findEvent, findRegistration, ownRegistrations, type EventRow } from './repository.js';

export const eventTarget = (row: Pick<EventRow, 'pool_id' | 'starts_at' | 'ends_at' | 'cancelled_at'>, mine: OwnRegistration | null, now: Date): EventTarget => ({
  kind: 'event',
  poolId: row.pool_id,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  cancelled: row.cancelled_at !== null,
  now,
  mine,
});

/** An event with the actor's own registration; 404 when it is not in the actor's pool or the actor may not see the agenda. */
export async function loadEventFor(db: Kysely<DB>, actor: Actor, eventId: string, now = new Date()) {
  const row = await findEvent(db, actor.poolId, eventId);
  if (!row) throw notFound();
  const [own] = await ownRegistrations(db, actor.userId, [row.id]);
  const mine = own ? { status: own.status, attended: own.attended, evaluated: Boolean(own.evaluated) } : null;
  const target = eventTarget(row, mine, now);
  ensureCan(canEvent, actor, 'read', target);
  return { row, target, own: own ?? null };
}

/** A registration of an event: the registrant's own, or any for the organiser; otherwise 404. */
export async function loadRegistrationFor(db: Kysely<DB>, actor: Actor, eventId: string, registrationId: string, now = new Date()) {
  const { row: event, target: eventT } = await loadEventFor(db, actor, eventId, now);
  const reg = await findRegistration(db, actor.poolId, eventId, registrationId);
  if (!reg) throw notFound();
  const target: RegistrationTarget = { kind: 'registration', event: eventT, userId: reg.user_id, status: reg.status, attended: reg.attended };
  if (!seesRegistration(actor, target)) throw notFound();
  return { event, eventTarget: eventT, reg, target };
}
