import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { findPollStates } from '../repository.js';

// policy: the caller has decided the actor may see the objects these polls belong to; only states and dates leave here.
export interface PollState {
  status: 'open' | 'fixed' | 'cancelled';
  startsAt: Date | null;
  endsAt: Date | null;
}

/** Per poll id: open or fixed, and the fixed slot. The caller has decided the actor may see the objects these polls belong to. */
export async function pollStates(db: Kysely<DB>, pollIds: readonly string[]): Promise<Map<string, PollState>> {
  const rows = await findPollStates(db, pollIds);
  return new Map(rows.map((r) => [r.id, { status: r.status, startsAt: r.starts_at, endsAt: r.ends_at }]));
}
