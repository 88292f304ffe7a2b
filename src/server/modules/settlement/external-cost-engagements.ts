import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { DB } from '../../db/schema.js';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from '../../../contract/common.js';
import { amountForMinutes } from '../../../domain/settlement/index.js';

const Int = Type.Integer();
export const DeclarationSchema = Obj({ id: Uuid, declaredOn: IsoDate, minutes: Int, note: Nullable(Type.String()), createdAt: DateTime });
export const EngagementSchema = Obj({
  caseId: Uuid,
  caseNumber: Type.String(),
  municipality: Obj({ id: Uuid, name: Type.String() }),
  externalName: Type.String(),
  organisation: Nullable(Type.String()),
  hourlyRateCents: Int,
  minutes: Int,
  costCents: Type.Integer({ description: 'round_half_up(minuten × tarief / 60)' }),
  declarations: Type.Array(DeclarationSchema),
});

export interface ExternalCostRow {
  id: string;
  case_id: string;
  case_number: string;
  municipality_id: string;
  municipality_name: string;
  external_name: string;
  organisation: string | null;
  hourly_rate_cents: number;
  minutes: number;
  declared_on: string;
  note: string | null;
  created_at: Date;
}

/** The pool's declarations with their case number and the requesting municipality, for `engagementsOf`. */
export const declarationRows = (db: Kysely<DB>, poolId: string) =>
  db
    .selectFrom('external_mediator_cost as x')
    .innerJoin('mediation_case as c', 'c.id', 'x.case_id')
    .innerJoin('municipality as m', 'm.id', 'c.requesting_municipality_id')
    .selectAll('x')
    .select(['c.number as case_number', 'm.id as municipality_id', 'm.name as municipality_name'])
    .where('x.pool_id', '=', poolId);

/**
 * Declarations grouped per engagement (case + external mediator + agreed rate): its minutes cost
 * that rate, rounded half up to the cent once per engagement. Rows come in display order.
 */
export function engagementsOf(rows: readonly ExternalCostRow[]) {
  const groups = new Map<string, ExternalCostRow[]>();
  for (const r of rows) {
    const key = `${r.case_id}|${r.external_name}|${r.hourly_rate_cents}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0]!;
    const minutes = list.reduce((s, r) => s + r.minutes, 0);
    return {
      caseId: first.case_id,
      caseNumber: first.case_number,
      municipality: { id: first.municipality_id, name: first.municipality_name },
      externalName: first.external_name,
      organisation: first.organisation,
      hourlyRateCents: first.hourly_rate_cents,
      minutes,
      costCents: amountForMinutes(minutes, first.hourly_rate_cents),
      declarations: list.map((r) => ({ id: r.id, declaredOn: r.declared_on, minutes: r.minutes, note: r.note, createdAt: r.created_at.toISOString() })),
    };
  });
}
