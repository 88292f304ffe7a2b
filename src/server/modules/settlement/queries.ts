import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { allowedActions, ensureCan } from '../../auth/policy.js';
import { ProblemError, invalidField, notFound } from '../../http/problem.js';
import { writeAudit, type AuditContext } from '../../audit/write-audit.js';
import {
  SETTLEMENT_COLLECTION_ACTIONS,
  type CaseExternalCosts,
  type ExternalCosts,
  type ExternalCostsQuery,
  type Settlement,
  type SettlementFigures,
  type SettlementList,
  type StatementList,
} from '../../../contract/settlement.js';
import { loadCaseForActor, todayInAmsterdam } from '../case-status/index.js';
import { canSettlement, poolSettlements } from './policy.js';
import { declarationsInPeriod, declarationsOfCase, engagedExternalMediators, findSettlement, listSettlementRows, poolPeriodKind, type SettlementRow } from './repository/index.js';
import { lastCompletePeriod, periodCode, periodLabel } from '../../../domain/settlement/index.js';
import { loadSettlementForActor } from './load-settlement.js';
import { figuresOf, presentSettlement, presentSummary } from './present-settlement.js';
import { engagementsOf } from './present-external-costs.js';
import { statementPdf } from './statement-pdf.js';
import { poolBrand } from '../pool/index.js';
import { settlementCsv, settlementXlsx } from './exports.js';

/** The read use cases of settlements and external costs: each asks the policy before it reads. */

/** The figures of a settlement for a statement or export; a draft that cannot be computed yet is 409. */
async function requireFigures(db: Kysely<DB>, s: SettlementRow): Promise<SettlementFigures> {
  const resolved = await figuresOf(db, s);
  if (!resolved.figures) {
    const issue = resolved.issues[0];
    throw new ProblemError(409, issue?.code ?? 'not-computable', 'Nog niet te berekenen.', issue?.message ?? 'Deze verrekening is nog niet te berekenen.', undefined, issue?.years ? { years: issue.years } : undefined);
  }
  return resolved.figures;
}

const safeName = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');

/** The pool's settlements: all for coordinators and finance, the final ones for a contact. */
export async function listSettlements(db: Kysely<DB>, actor: Actor): Promise<SettlementList> {
  const pool = poolSettlements(actor.poolId);
  ensureCan(canSettlement, actor, 'list', pool, 'collection');
  const [rows, kind] = await Promise.all([listSettlementRows(db, actor.poolId, { finalOnly: !canSettlement(actor, 'read', pool) }), poolPeriodKind(db, actor.poolId)]);
  const suggested = lastCompletePeriod(kind, todayInAmsterdam());
  return {
    items: rows.map((s) => presentSummary(actor, s)),
    suggestedPeriod: { kind, code: periodCode(suggested), label: periodLabel(suggested), start: suggested.start, end: suggested.end },
    allowedActions: allowedActions(canSettlement, actor, pool, SETTLEMENT_COLLECTION_ACTIONS),
  };
}

/** One settlement: a draft computed now, or a final one from its stored figures with the hash checked. */
export async function settlementDetail(db: Kysely<DB>, actor: Actor, id: string): Promise<Settlement> {
  return presentSettlement(db, actor, await loadSettlementForActor(db, actor, id));
}

/** The statements per municipality; a contact sees only their own municipality's, and only of a final settlement. */
export async function listStatements(db: Kysely<DB>, actor: Actor, id: string): Promise<StatementList> {
  const s = await findSettlement(db, actor.poolId, id);
  if (!s) throw notFound();
  const statement = (municipalityId: string) => ({ kind: 'statement' as const, poolId: s.pool_id, status: s.status, municipalityId });
  // A contact without a municipality of their own sees no statement at all.
  ensureCan(canSettlement, actor, 'read-statement', statement(actor.municipalityId ?? ''));
  const f = await requireFigures(db, s);
  return {
    items: f.municipalities
      .filter((m) => canSettlement(actor, 'read-statement', statement(m.id)))
      .map((m) => {
        const p = f.positions.find((x) => x.municipalityId === m.id);
        return {
          municipality: m,
          minutesSupplied: p?.minutesSupplied ?? 0,
          minutesUsed: p?.minutesUsed ?? 0,
          netMinutes: p?.netMinutes ?? 0,
          netCents: p?.netCents ?? (f.mode === 'hourly' ? 0 : null),
          pdf: `/api/v1/settlements/${s.id}/statements/${m.id}/pdf`,
        };
      }),
  };
}

export interface FileAnswer {
  body: Buffer | string;
  type: string;
  filename: string;
}

/** One municipality's statement as a PDF; the download is audited (it names the pool's members and their money). */
export async function statementFile(db: Kysely<DB>, ctx: AuditContext, actor: Actor, id: string, municipalityId: string): Promise<FileAnswer> {
  const s = await findSettlement(db, actor.poolId, id);
  if (!s) throw notFound();
  ensureCan(canSettlement, actor, 'read-statement', { kind: 'statement', poolId: s.pool_id, status: s.status, municipalityId });
  const f = await requireFigures(db, s);
  const m = f.municipalities.find((x) => x.id === municipalityId);
  if (!m) throw notFound();
  const { colour } = await poolBrand(db, s.pool_id);
  const pdf = await statementPdf(f, m.id, { status: s.status, contentHash: s.content_hash, poolColour: colour });
  await writeAudit(db, ctx, { action: 'settlement.statement', objectType: 'settlement', objectId: s.id, purpose: 'verrekening', detail: { municipalityId: m.id } });
  return { body: pdf, type: 'application/pdf', filename: `verrekening-${safeName(f.period.code)}-${safeName(m.name)}.pdf` };
}

/** The whole settlement as CSV (semicolons, UTF-8) or as an Excel workbook. */
export async function settlementExport(db: Kysely<DB>, actor: Actor, id: string, kind: 'csv' | 'xlsx'): Promise<FileAnswer> {
  const s = await loadSettlementForActor(db, actor, id, 'export');
  const f = await requireFigures(db, s);
  const meta = { status: s.status, contentHash: s.content_hash };
  const filename = `verrekening-${safeName(s.period_code)}.${kind}`;
  return kind === 'csv'
    ? { body: settlementCsv(f, meta), type: 'text/csv; charset=utf-8', filename }
    : { body: await settlementXlsx(f, meta), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename };
}

/**
 * The external (paid) mediators' cost overview, outside the netting between members: each
 * engagement (case + external mediator + agreed rate) costs its declared minutes at that rate,
 * rounded half up to the cent once per engagement; the requesting municipality bears it.
 */
export async function externalCostOverview(db: Kysely<DB>, actor: Actor, query: ExternalCostsQuery): Promise<ExternalCosts> {
  ensureCan(canSettlement, actor, 'read-external-costs', poolSettlements(actor.poolId), 'collection');
  const { from, to } = query;
  if (from && to && to < from) throw invalidField('to', 'before-from', 'De einddatum ligt vóór de begindatum.');
  const items = engagementsOf(actor, await declarationsInPeriod(db, actor.poolId, from, to));
  const perMunicipality = new Map<string, { id: string; name: string; costCents: number }>();
  for (const i of items) {
    const m = perMunicipality.get(i.municipality.id) ?? { ...i.municipality, costCents: 0 };
    m.costCents += i.costCents;
    perMunicipality.set(i.municipality.id, m);
  }
  return {
    from: from ?? null,
    to: to ?? null,
    items,
    totalMinutes: items.reduce((s, i) => s + i.minutes, 0),
    totalCostCents: items.reduce((s, i) => s + i.costCents, 0),
    perMunicipality: [...perMunicipality.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}

/** One case's external mediators (from matching) and their declarations; the read of their names on a case is audited. */
export async function caseExternalCosts(db: Kysely<DB>, ctx: AuditContext, actor: Actor, caseId: string): Promise<CaseExternalCosts> {
  // A case's costs are an object: 404 for anyone who may not read them, whatever the role.
  const { row, access } = await loadCaseForActor(db, actor, caseId);
  const onCase = { kind: 'case' as const, poolId: row.pool_id, access };
  ensureCan(canSettlement, actor, 'read-external-costs', onCase);
  const externalMediators = await engagedExternalMediators(db, actor.poolId, row.id);
  const rows = await declarationsOfCase(db, actor.poolId, row.id);
  // The external mediator's name with the case: a read of personal data on a case.
  await writeAudit(db, ctx, { action: 'external-cost.list', objectType: 'case', objectId: row.id, purpose: 'kosten externe mediator' });
  const items = engagementsOf(actor, rows);
  return {
    externalMediators: externalMediators.map((e) => ({ id: e.id, name: e.name, organisation: e.organisation, agreedRateCents: e.agreed_rate_cents, status: e.status as 'assigned' | 'released' })),
    items,
    totalMinutes: items.reduce((s, i) => s + i.minutes, 0),
    totalCostCents: items.reduce((s, i) => s + i.costCents, 0),
    allowedActions: allowedActions(canSettlement, actor, onCase, ['declare-external-cost'] as const),
  };
}
