import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { conflict, invalidField } from '../../http/problem.js';
import { otherPeriods } from './repository/records.js';
import { endsBeforeStart, findOverlap, type DatePeriod } from '../../../domain/registry/periods.js';

const kindWords = { holiday: 'vakantie', leave: 'verlof', other: 'afwezigheid' } as const;

/** An end before the start is a 400; overlapping another period of the same mediator a 409. */
export async function checkPeriod(trx: Kysely<DB>, mediatorId: string, period: DatePeriod, exceptId?: string): Promise<void> {
  if (endsBeforeStart(period)) throw invalidField('endsOn', 'before-start', 'De einddatum ligt vóór de begindatum.');
  const existing = (await otherPeriods(trx, mediatorId, exceptId)).map((r) => ({ ...r, startsOn: r.starts_on, endsOn: r.ends_on }));
  const clash = findOverlap(existing, period);
  if (clash) {
    throw conflict(`Deze periode overlapt met ${kindWords[clash.kind]} van ${clash.startsOn} tot en met ${clash.endsOn}. Pas die periode aan of kies andere data.`, 'overlap', {
      overlapsWith: clash.id,
    });
  }
}

export const overlapConflict = () => conflict('Deze periode overlapt met een andere periode van afwezigheid.', 'overlap');
