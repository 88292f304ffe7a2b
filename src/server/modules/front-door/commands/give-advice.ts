// policy: public (the front door's advice: anyone may ask; nothing personal is kept, only an anonymous count; rate-limited per address in the route)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import type { AdviceInput, FrontDoorAdviceAnswer } from '../../../../contract/front-door.js';
import { adviseRoute } from '../../../../domain/front-door/advise-route.js';
import { monthOf } from '../../../../domain/front-door/fixed-window.js';
import { todayInAmsterdam } from '../../../../domain/calendar/iso-date.js';
import { badRequest, invalidField } from '../../../http/problem.js';
import { findReferenceMunicipality } from '../../../reference-data/municipalities.js';
import { countRoute, selectServingPool } from '../repository.js';

/**
 * The advice for a questionnaire's answers (src/domain/front-door/advise-route.ts), with the pool
 * that serves the chosen municipality. The one trace it leaves is one more in the anonymous count
 * of this route, this month, for this municipality: no answer, no address, no time of day.
 */
export async function giveAdvice(db: Kysely<DB>, input: AdviceInput): Promise<FrontDoorAdviceAnswer> {
  const reference = input.municipalityCode ? findReferenceMunicipality(input.municipalityCode) : undefined;
  if (input.municipalityCode && !reference) throw invalidField('municipalityCode', 'unknown', 'Kies een gemeente uit de lijst.');
  const serving = reference ? await selectServingPool(db, reference.code) : undefined;
  const today = todayInAmsterdam();
  const advice = adviseRoute(
    {
      askerRole: input.askerRole,
      conflictWith: input.conflictWith,
      tried: input.tried,
      contraIndications: input.contraIndications,
      aboutDecision: input.aboutDecision ?? false,
      decisionDate: input.decisionDate ?? null,
    },
    { municipalityInPool: serving !== undefined, today },
  );
  if (!advice.ok) {
    const reason = advice.error.code === 'date_in_future' ? 'De datum van het besluit ligt in de toekomst.' : advice.error.message;
    throw badRequest(reason, [{ name: 'decisionDate', code: advice.error.code, reason }]);
  }
  await countRoute(db, { month: monthOf(today), route: advice.value.route, municipalityCode: reference?.code ?? '', poolId: serving?.pool_id ?? null });
  return {
    ...advice.value,
    reasons: [...advice.value.reasons],
    alternatives: [...advice.value.alternatives],
    municipality: reference ? { code: reference.code, name: reference.name } : null,
    poolName: serving?.pool_name ?? null,
  };
}
