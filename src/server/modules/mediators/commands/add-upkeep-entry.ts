import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { Actor } from '../../../auth/actor.js';
import { loadMediatorFor } from '../load-mediator.js';
import type { InvalidParam } from '../../../http/problem.js';
import { badRequest } from '../../../http/problem.js';
import { writeAudit, type AuditContext } from '../../../audit/write-audit.js';
import { todayInAmsterdam } from '../../case-status/index.js';
import { lockMediator, setLastActivity } from '../repository/profiles.js';
import { insertUpkeepEntry } from '../repository/records.js';

export interface UpkeepEntryInput {
  type: 'mediation' | 'education' | 'peer_review';
  occurredOn: string;
  contactMinutes?: number | undefined;
  writtenAgreement?: boolean | undefined;
  coMediation?: boolean | undefined;
  points?: number | undefined;
  educationKind?: 'training' | 'intervision' | 'other' | undefined;
  description?: string | null | undefined;
}

const MEDIATION_FIELDS = ['contactMinutes', 'writtenAgreement', 'coMediation'] as const;
const EDUCATION_FIELDS = ['points', 'educationKind'] as const;

function problems(e: UpkeepEntryInput): InvalidParam[] {
  const out: InvalidParam[] = [];
  const required = e.type === 'mediation' ? MEDIATION_FIELDS : e.type === 'education' ? EDUCATION_FIELDS : [];
  const forbidden = [...MEDIATION_FIELDS, ...EDUCATION_FIELDS].filter((f) => !(required as readonly string[]).includes(f));
  for (const f of required) if (e[f] === undefined) out.push({ name: f, code: 'required', reason: 'Dit veld is verplicht bij dit soort activiteit.' });
  for (const f of forbidden) if (e[f] !== undefined) out.push({ name: f, code: 'not-allowed', reason: 'Dit veld hoort niet bij dit soort activiteit.' });
  if (e.occurredOn > todayInAmsterdam()) out.push({ name: 'occurredOn', code: 'future', reason: 'Een activiteit in de toekomst telt nog niet mee; leg haar vast als ze heeft plaatsgevonden.' });
  return out;
}

/**
 * A manual upkeep entry: a mediation done before the pool (or elsewhere), education points, or a
 * peer review. A mediation also counts as the mediator's latest activity.
 */
export async function addUpkeepEntry(trx: Kysely<DB>, ctx: AuditContext, actor: Actor, mediatorId: string, input: UpkeepEntryInput) {
  await loadMediatorFor(trx, actor, mediatorId, 'manage-upkeep');
  const poolId = actor.poolId;
  const found = problems(input);
  if (found.length) throw badRequest('Een of meer velden zijn niet goed ingevuld.', found);
  const mediator = await lockMediator(trx, poolId, mediatorId);
  const row = await insertUpkeepEntry(trx, {
    pool_id: poolId,
    mediator_id: mediatorId,
    type: input.type,
    occurred_on: input.occurredOn,
    contact_minutes: input.contactMinutes ?? null,
    written_agreement: input.writtenAgreement ?? null,
    co_mediation: input.coMediation ?? null,
    points: input.points ?? null,
    education_kind: input.educationKind ?? null,
    description: input.description?.trim() || null,
    created_by: actor.userId,
  });
  if (input.type === 'mediation') {
    const at = new Date(`${input.occurredOn}T12:00:00Z`);
    if (!mediator.last_activity_at || mediator.last_activity_at < at) {
      await setLastActivity(trx, mediatorId, at);
    }
  }
  await writeAudit(trx, ctx, { action: 'upkeep-entry.create', objectType: 'mediator', objectId: mediatorId, detail: { id: row.id, type: row.type, occurredOn: row.occurred_on } });
  return row;
}
