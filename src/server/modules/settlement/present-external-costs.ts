import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { amountForMinutes } from '../../../domain/settlement/index.js';
import type { ExternalEngagement } from '../../../contract/settlement.js';
import { canSettlement } from './policy.js';
import type { ExternalCostRow } from './repository/index.js';

/**
 * Declarations grouped per engagement (case + external mediator + agreed rate): its minutes cost
 * that rate, rounded half up to the cent once per engagement. Rows come in display order. Each
 * declaration says whether this actor may remove it.
 */
export function engagementsOf(actor: Actor, rows: readonly ExternalCostRow[]): ExternalEngagement[] {
  const removable = allowedActions(canSettlement, actor, { kind: 'external-cost', poolId: actor.poolId }, ['remove-external-cost'] as const);
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
      declarations: list.map((r) => ({ id: r.id, declaredOn: r.declared_on, minutes: r.minutes, note: r.note, createdAt: r.created_at.toISOString(), allowedActions: removable })),
    };
  });
}
