import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { ensureCan } from '../../../auth/policy.js';
import { conflict } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { educationKindOf } from '../../../../domain/community-events/places.js';
import { poolBrand } from '../../pool/index.js';
import { canEvent } from '../policy.js';
import { loadRegistrationFor } from '../load-event.js';
import { certificatePdf } from '../certificate-pdf.js';

const KIND_LABELS = { training: 'Training', masterclass: 'Masterclass', intervision_day: 'Intervisiedag', coordinator_meeting: 'Regionaal coördinatorenoverleg' } as const;

const safeName = (s: string) => s.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60);

/**
 * The certificate of one attendee: for the attendee and the organiser, only when attendance was
 * recorded. Someone who sees the registration but did not attend gets a clear refusal (409); a
 * registration one may not see is 404. The download is audited (it names the attendee).
 */
export async function certificateFile(db: Kysely<DB>, ctx: AuditContext, actor: Actor, eventId: string, registrationId: string) {
  const { event, reg, target } = await loadRegistrationFor(db, actor, eventId, registrationId);
  if (reg.attended !== true) throw conflict('Er is alleen een certificaat voor wie aanwezig was; voor deze inschrijving is geen aanwezigheid vastgelegd.', 'not-attended');
  ensureCan(canEvent, actor, 'download-certificate', target);
  const brand = await poolBrand(db, actor.poolId);
  const pdf = await certificatePdf({
    poolName: brand.name,
    poolColour: brand.colour,
    attendeeName: reg.name,
    title: event.title,
    kindLabel: KIND_LABELS[event.kind],
    startsAt: event.starts_at,
    endsAt: event.ends_at,
    place: [event.location, event.online_url ? 'online' : null].filter(Boolean).join(' en '),
    points: event.points,
    pointsKind: educationKindOf(event.kind),
    organiserName: event.organiser_name,
    issuedAt: reg.attendance_recorded_at ?? event.ends_at,
  });
  await writeAudit(db, ctx, { action: 'event.certificate', objectType: 'event', objectId: event.id, purpose: 'deelnemersbeheer', detail: { registrationId: reg.id } });
  return { body: pdf, type: 'application/pdf', filename: `certificaat-${safeName(event.title)}-${safeName(reg.name)}.pdf` };
}
