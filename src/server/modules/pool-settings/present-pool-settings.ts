import { Type } from 'typebox';
import { DateTime, IsoDate, Nullable, Obj, Uuid } from '../../../contract/common.js';

export const SettlementMode = Type.Union([Type.Literal('none'), Type.Literal('hourly')]);
export const SettlementPeriod = Type.Union([Type.Literal('month'), Type.Literal('quarter'), Type.Literal('year')]);

export const DocumentSchema = Obj({
  id: Uuid,
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: DateTime,
});

export const PoolSettingsSchema = Obj({
  name: Type.String(),
  settlementMode: SettlementMode,
  settlementPeriod: SettlementPeriod,
  normFirstContactDays: Type.Integer({ description: 'Werkdagen van aanmelding tot eerste contact' }),
  normAssignmentDays: Type.Integer({ description: 'Werkdagen van aanmelding tot toewijzing' }),
  normConclusionDays: Type.Integer({ description: 'Werkdagen van aanmelding tot afronding' }),
  allowDifferentDepartment: Type.Boolean({ description: 'Mag een mediator van een partijgemeente optreden vanuit een andere afdeling?' }),
  retentionMonths: Type.Integer(),
  aftercareWeeks: Type.Integer(),
  covenantSignedOn: Nullable(IsoDate),
  covenantDescription: Nullable(Type.String()),
  covenantDocument: Nullable(DocumentSchema),
  contactEmail: Nullable(Type.String({ description: 'Waar partijen en gebruikers met vragen terechtkunnen' })),
  contactPhone: Nullable(Type.String()),
  updatedAt: DateTime,
});

export interface PoolSettingsRow {
  name: string;
  settlement_mode: 'none' | 'hourly';
  settlement_period: 'month' | 'quarter' | 'year';
  norm_first_contact_days: number;
  norm_assignment_days: number;
  norm_conclusion_days: number;
  allow_different_department: boolean;
  retention_months: number;
  aftercare_weeks: number;
  covenant_signed_on: string | null;
  covenant_description: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  updated_at: Date;
  doc_id: string | null;
  doc_filename: string | null;
  doc_content_type: string | null;
  doc_size_bytes: number | null;
  doc_sha256: string | null;
  doc_uploaded_at: Date | null;
}

export const presentDocument = (d: { id: string; filename: string; content_type: string; size_bytes: number; sha256: string; uploaded_at: Date }) => ({
  id: d.id,
  filename: d.filename,
  contentType: d.content_type,
  sizeBytes: d.size_bytes,
  sha256: d.sha256,
  uploadedAt: d.uploaded_at.toISOString(),
});

export const presentPoolSettings = (s: PoolSettingsRow) => ({
  name: s.name,
  settlementMode: s.settlement_mode,
  settlementPeriod: s.settlement_period,
  normFirstContactDays: s.norm_first_contact_days,
  normAssignmentDays: s.norm_assignment_days,
  normConclusionDays: s.norm_conclusion_days,
  allowDifferentDepartment: s.allow_different_department,
  retentionMonths: s.retention_months,
  aftercareWeeks: s.aftercare_weeks,
  covenantSignedOn: s.covenant_signed_on,
  covenantDescription: s.covenant_description,
  covenantDocument: s.doc_id
    ? presentDocument({
        id: s.doc_id,
        filename: s.doc_filename!,
        content_type: s.doc_content_type!,
        size_bytes: s.doc_size_bytes!,
        sha256: s.doc_sha256!,
        uploaded_at: s.doc_uploaded_at!,
      })
    : null,
  contactEmail: s.contact_email,
  contactPhone: s.contact_phone,
  updatedAt: s.updated_at.toISOString(),
});

export const HourlyRateSchema = Obj({ year: Type.Integer(), cents: Type.Integer({ description: 'Gemiddeld uurtarief in eurocenten' }), updatedAt: DateTime });
export const presentRate = (r: { year: number; cents: number; updated_at: Date }) => ({ year: r.year, cents: r.cents, updatedAt: r.updated_at.toISOString() });

export const DayOffSchema = Obj({ id: Uuid, date: IsoDate, description: Type.String() });
export const presentDayOff = (d: { id: string; date: string; description: string }) => ({ id: d.id, date: d.date, description: d.description });
