import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';

/**
 * What is purged without a list: links and sessions that can no longer be used. They are no
 * record of anything; the purge's audit row counts them.
 */
export async function purgeExpired(trx: Kysely<DB>, now: Date): Promise<Record<string, number>> {
  const n = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  const sessions = await trx.deleteFrom('user_session').where('expires_at', '<', now).executeTakeFirst();
  const resets = await trx.deleteFrom('password_reset').where((eb) => eb.or([eb('expires_at', '<', now), eb('used_at', 'is not', null)])).executeTakeFirst();
  const consent = await trx.deleteFrom('consent_link').where((eb) => eb.or([eb('expires_at', '<', now), eb('used_at', 'is not', null)])).executeTakeFirst();
  // An invitation nobody accepted, expired a month ago (a profile made from it keeps it).
  const invitations = await trx
    .deleteFrom('invitation')
    .where('accepted_at', 'is', null)
    .where('expires_at', '<', new Date(now.getTime() - 30 * 86_400_000))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('mediator_profile as mp').select('mp.id').whereRef('mp.invitation_id', '=', 'invitation.id'))))
    .executeTakeFirst();
  // A party's personal link of a date poll that is fixed or cancelled, once expired: no use left (the fixed session stays on the case).
  const pollLinks = await trx
    .deleteFrom('date_poll_invitee')
    .where('party_id', 'is not', null)
    .where('token_expires_at', '<', now)
    .where('poll_id', 'in', trx.selectFrom('date_poll').select('id').where('status', '<>', 'open'))
    .executeTakeFirst();
  // A resident's status link of the front door, once expired: it shows nothing any more (the case keeps its own record).
  const frontDoor = await trx.deleteFrom('front_door_status_link').where('expires_at', '<', now).executeTakeFirst();
  const attempts = await trx.deleteFrom('login_attempt').where('at', '<', new Date(now.getTime() - 90 * 86_400_000)).executeTakeFirst();
  return { sessions: n(sessions), passwordResets: n(resets), consentLinks: n(consent), invitations: n(invitations), pollLinks: n(pollLinks), frontDoorStatusLinks: n(frontDoor), loginAttempts: n(attempts) };
}
