import type { Actor } from '../../auth/actor.js';
import { allowedActions } from '../../auth/policy.js';
import { POOL_SETTINGS_ACTIONS, type DayOff, type HourlyRate, type PoolSettings, type StoredDocument } from '../../../contract/pool-settings.js';
import { canPoolSettings, ownPool, rateOfPool } from './policy.js';

export interface PoolSettingsRow {
  name: string;
  settlement_mode: 'none' | 'hourly';
  settlement_period: 'month' | 'quarter' | 'year';
  norm_first_contact_days: number;
  norm_assignment_days: number;
  norm_conclusion_days: number;
  good_friday_day_off: boolean;
  liberation_day_day_off: boolean;
  allow_different_department: boolean;
  require_second_factor: boolean;
  retention_months: number;
  aftercare_weeks: number;
  lead_after_co_mediations: number;
  /** numeric(4,2): the driver may hand it over as a string. */
  intervision_points_per_hour: number | string;
  covenant_signed_on: string | null;
  covenant_description: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  compare_with_other_pools: boolean;
  updated_at: Date;
  doc_id: string | null;
  doc_filename: string | null;
  doc_content_type: string | null;
  doc_size_bytes: number | null;
  doc_sha256: string | null;
  doc_uploaded_at: Date | null;
}

export const presentDocument = (d: { id: string; filename: string; content_type: string; size_bytes: number; sha256: string; uploaded_at: Date }): StoredDocument => ({
  id: d.id,
  filename: d.filename,
  contentType: d.content_type,
  sizeBytes: d.size_bytes,
  sha256: d.sha256,
  uploadedAt: d.uploaded_at.toISOString(),
});

export const presentPoolSettings = (s: PoolSettingsRow, actor: Actor): PoolSettings => ({
  name: s.name,
  settlementMode: s.settlement_mode,
  settlementPeriod: s.settlement_period,
  normFirstContactDays: s.norm_first_contact_days,
  normAssignmentDays: s.norm_assignment_days,
  normConclusionDays: s.norm_conclusion_days,
  goodFridayIsDayOff: s.good_friday_day_off,
  liberationDayIsDayOff: s.liberation_day_day_off,
  allowDifferentDepartment: s.allow_different_department,
  requireSecondFactor: s.require_second_factor,
  retentionMonths: s.retention_months,
  aftercareWeeks: s.aftercare_weeks,
  leadAfterCoMediations: s.lead_after_co_mediations,
  intervisionPointsPerHour: Number(s.intervision_points_per_hour),
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
  compareWithOtherPools: s.compare_with_other_pools,
  updatedAt: s.updated_at.toISOString(),
  allowedActions: allowedActions(canPoolSettings, actor, ownPool(actor), POOL_SETTINGS_ACTIONS),
});

/** One year's rate; `settled` when a final settlement priced hours at it (then nobody may change it). */
export const presentRate = (r: { year: number; cents: number; updated_at: Date }, actor: Actor, settled: boolean): HourlyRate => ({
  year: r.year,
  cents: r.cents,
  updatedAt: r.updated_at.toISOString(),
  settled,
  allowedActions: allowedActions(canPoolSettings, actor, rateOfPool(actor, settled), POOL_SETTINGS_ACTIONS),
});

export const presentDayOff = (d: { id: string; date: string; description: string }): DayOff => ({ id: d.id, date: d.date, description: d.description });
