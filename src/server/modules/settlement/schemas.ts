import { Type } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from '../../../contract/common.js';

const Int = Type.Integer();
const NullableInt = Nullable(Type.Integer());

export const PeriodSchema = Obj({
  kind: Type.Enum(['month', 'quarter', 'year'] as const),
  code: Type.String({ description: '2026-09, 2026-K3 of 2026' }),
  label: Type.String(),
  start: IsoDate,
  end: IsoDate,
});

export const FiguresSchema = Obj({
  version: Type.Literal(1),
  pool: Obj({ id: Uuid, name: Type.String() }),
  period: PeriodSchema,
  mode: Type.Enum(['none', 'hourly'] as const),
  rates: Type.Array(Obj({ year: Int, cents: Int })),
  municipalities: Type.Array(Obj({ id: Uuid, code: Type.String(), name: Type.String() })),
  lines: Type.Array(Obj({ caseId: Uuid, caseNumber: Type.String(), supplierId: Uuid, userId: Uuid, year: Int, minutes: Int, entries: Int })),
  pairs: Type.Array(
    Obj({
      supplierId: Uuid,
      userId: Uuid,
      minutes: Int,
      years: Type.Array(Obj({ year: Int, minutes: Int, rateCents: NullableInt, amountCents: NullableInt })),
      amountCents: NullableInt,
    }),
  ),
  positions: Type.Array(
    Obj({
      municipalityId: Uuid,
      minutesSupplied: Int,
      minutesUsed: Int,
      netMinutes: Int,
      ownMinutes: Int,
      receivedCents: NullableInt,
      paidCents: NullableInt,
      netCents: NullableInt,
    }),
  ),
  transfers: Type.Array(Obj({ fromId: Uuid, toId: Uuid, amountCents: Int })),
  totals: Obj({ settledMinutes: Int, ownMinutes: Int, totalAmountCents: NullableInt, entries: Int }),
  finalisedAt: Nullable(DateTime),
});

export const SettlementSummarySchema = Obj({
  id: Uuid,
  period: PeriodSchema,
  status: Type.Enum(['draft', 'final'] as const),
  contentHash: Nullable(Type.String()),
  createdAt: DateTime,
  finalisedAt: Nullable(DateTime),
});

export const SettlementSchema = Obj({
  id: Uuid,
  period: PeriodSchema,
  status: Type.Enum(['draft', 'final'] as const),
  figures: Type.Union([FiguresSchema, Type.Null()], { description: 'null als een concept nog niet te berekenen is (zie issues)' }),
  contentHash: Nullable(Type.String({ description: 'SHA-256 van de canonieke JSON van de cijfers (alleen definitief)' })),
  hashVerified: Nullable(Type.Boolean({ description: 'Klopt de opgeslagen hash nog met de opgeslagen cijfers?' })),
  issues: Type.Array(Obj({ code: Type.String(), message: Type.String(), years: Type.Optional(Type.Array(Int)) })),
  pendingApproval: Obj({ entries: Int, minutes: Int }, { description: 'Ingediende, nog niet goedgekeurde uren met een datum in deze periode' }),
  createdBy: Type.String(),
  createdAt: DateTime,
  finalisedBy: Nullable(Type.String()),
  finalisedAt: Nullable(DateTime),
});

export const StatementListSchema = Obj({
  items: Type.Array(
    Obj({
      municipality: Obj({ id: Uuid, code: Type.String(), name: Type.String() }),
      minutesSupplied: Int,
      minutesUsed: Int,
      netMinutes: Int,
      netCents: NullableInt,
      pdf: Type.String({ description: 'Pad van de PDF' }),
    }),
  ),
});

export const BinaryResponse = (description: string) => ({ description, type: 'string', format: 'binary' }) as const;
