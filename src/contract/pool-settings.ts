import { Type, type Static } from 'typebox';
import { BoundedDate, DateTime, Email, IsoDate, Nullable, Obj, Uuid } from './common.js';
import { RouteSchema } from './sessions.js';

/**
 * The pool-settings module's contract: the pool's name, norms, settlement, policies, contact and
 * covenant, its hourly rates per year and its own days off.
 */

/** What one may do with the pool's settings (policy.ts answers per pool). */
export const POOL_SETTINGS_ACTIONS = ['read', 'update'] as const;
export type PoolSettingsAction = (typeof POOL_SETTINGS_ACTIONS)[number];
const PoolSettingsActionSchema = Type.Enum(POOL_SETTINGS_ACTIONS);

/** The problem codes (slugs) the pool-settings module answers with. */
export const POOL_SETTINGS_PROBLEMS = ['duplicate', 'document-too-large', 'unsupported-document-type', 'rate-year-settled'] as const;

export const SettlementModeSchema = Type.Enum(['none', 'hourly'] as const);
export type SettlementMode = Static<typeof SettlementModeSchema>;
export const SettlementPeriodSchema = Type.Enum(['month', 'quarter', 'year'] as const);
export type SettlementPeriod = Static<typeof SettlementPeriodSchema>;

export const DocumentSchema = Obj({
  id: Uuid,
  filename: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedAt: DateTime,
});
export type StoredDocument = Static<typeof DocumentSchema>;

export const PoolSettingsSchema = Obj({
  name: Type.String(),
  settlementMode: SettlementModeSchema,
  settlementPeriod: SettlementPeriodSchema,
  normFirstContactDays: Type.Integer({ description: 'Werkdagen van aanmelding tot eerste contact' }),
  normAssignmentDays: Type.Integer({ description: 'Werkdagen van aanmelding tot toewijzing' }),
  normConclusionDays: Type.Integer({ description: 'Werkdagen van aanmelding tot afronding' }),
  goodFridayIsDayOff: Type.Boolean({ description: 'Telt Goede Vrijdag als vrije dag voor de normen van de pool? Wettelijke termijnen (Atw) tellen hem altijd als feestdag' }),
  liberationDayIsDayOff: Type.Boolean({ description: 'Telt 5 mei (Bevrijdingsdag) als vrije dag voor de normen van de pool? Wettelijke termijnen (Atw) tellen hem elk jaar als feestdag' }),
  allowDifferentDepartment: Type.Boolean({ description: 'Mag een mediator van een partijgemeente optreden vanuit een andere afdeling?' }),
  requireSecondFactor: Type.Boolean({ description: 'Moeten beheerders, coördinatoren en financiën inloggen met een tweede factor? (ADR 0015)' }),
  retentionMonths: Type.Integer(),
  aftercareWeeks: Type.Integer(),
  leadAfterCoMediations: Type.Integer({ description: 'Na zoveel positief beoordeelde co-mediations wordt een mediator in opleiding voorgesteld als hoofdmediator' }),
  intervisionPointsPerHour: Type.Number({ description: 'PE-punten per uur intervisie, zoals het MfN-register telt (standaard 1); aanwezigheid bij een intervisiebijeenkomst geeft de lengte in uren maal dit getal, afgerond op hele punten' }),
  covenantSignedOn: Nullable(IsoDate),
  covenantDescription: Nullable(Type.String()),
  covenantDocument: Nullable(DocumentSchema),
  contactEmail: Nullable(Type.String({ description: 'Waar partijen en gebruikers met vragen terechtkunnen' })),
  contactPhone: Nullable(Type.String()),
  compareWithOtherPools: Type.Boolean({ description: 'De pool doet mee aan de vergelijking met andere pools die ook meedoen (alleen kerncijfers, met de naam van de pool)' }),
  updatedAt: DateTime,
  allowedActions: Type.Array(PoolSettingsActionSchema, { description: 'Wat u met de instellingen mag doen (update: wijzigen)' }),
});
export type PoolSettings = Static<typeof PoolSettingsSchema>;

export const UpdatePoolSettingsBody = Obj({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  settlementMode: Type.Optional(SettlementModeSchema),
  settlementPeriod: Type.Optional(SettlementPeriodSchema),
  normFirstContactDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  normAssignmentDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  normConclusionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
  goodFridayIsDayOff: Type.Optional(Type.Boolean()),
  liberationDayIsDayOff: Type.Optional(Type.Boolean()),
  allowDifferentDepartment: Type.Optional(Type.Boolean()),
  requireSecondFactor: Type.Optional(Type.Boolean()),
  retentionMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 240 })),
  aftercareWeeks: Type.Optional(Type.Integer({ minimum: 0, maximum: 52 })),
  leadAfterCoMediations: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  intervisionPointsPerHour: Type.Optional(Type.Number({ minimum: 0.25, maximum: 10, description: 'Van 0,25 tot 10, in stappen van 0,25' })),
  covenantSignedOn: Type.Optional(Nullable(BoundedDate)),
  covenantDescription: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  contactEmail: Type.Optional(Nullable(Email)),
  contactPhone: Type.Optional(Nullable(Type.String({ pattern: '^[0-9+() -]{6,40}$', description: 'Bijvoorbeeld 0522 123 456' }))),
  compareWithOtherPools: Type.Optional(Type.Boolean({ description: 'Meedoen aan de vergelijking met andere pools (of ermee stoppen)' })),
  mediationAgreementExemptRoutes: Type.Optional(
    Type.Array(RouteSchema, {
      maxItems: 5,
      uniqueItems: true,
      description: 'Routes waarop een zaak zonder getekende mediationovereenkomst mag starten; samen met de rest opgeslagen, of niets',
    }),
  ),
});
export type PoolSettingsChanges = Static<typeof UpdatePoolSettingsBody>;

/** Base64 of 10 MB plus the JSON around it. */
export const COVENANT_BODY_LIMIT = 15 * 1024 * 1024;

export const UploadCovenantBody = Obj({
  filename: Type.String({ minLength: 1, maxLength: 255 }),
  contentBase64: Type.String({ minLength: 1, maxLength: COVENANT_BODY_LIMIT }),
});
export type UploadCovenantInput = Static<typeof UploadCovenantBody>;

// ---------- Hourly rates ----------

export const YearSchema = Type.Integer({ minimum: 2000, maximum: 2100 });
// The type only: a clear Dutch message for zero or negative amounts comes from the command.
const Cents = Type.Integer({ description: 'Eurocenten, groter dan 0 (6250 is € 62,50)' });

export const HourlyRateSchema = Obj({
  year: Type.Integer(),
  cents: Type.Integer({ description: 'Gemiddeld uurtarief in eurocenten' }),
  updatedAt: DateTime,
  settled: Type.Boolean({ description: 'Een definitieve afrekening heeft uren tegen dit tarief afgerekend; het ligt vast' }),
  allowedActions: Type.Array(PoolSettingsActionSchema, { description: 'Wat u met dit tarief mag doen (update: wijzigen of verwijderen)' }),
});
export type HourlyRate = Static<typeof HourlyRateSchema>;
export const HourlyRateListSchema = Obj({ items: Type.Array(HourlyRateSchema) });
export type HourlyRateList = Static<typeof HourlyRateListSchema>;
export const HourlyRateParams = Obj({ year: YearSchema });
export const AddHourlyRateBody = Obj({ year: YearSchema, cents: Cents });
export type AddHourlyRateInput = Static<typeof AddHourlyRateBody>;
export const ChangeHourlyRateBody = Obj({ cents: Cents });
export type ChangeHourlyRateInput = Static<typeof ChangeHourlyRateBody>;

// ---------- Days off ----------

export const DayOffSchema = Obj({ id: Uuid, date: IsoDate, description: Type.String() });
export type DayOff = Static<typeof DayOffSchema>;
export const DayOffListSchema = Obj({ items: Type.Array(DayOffSchema) });
export type DayOffList = Static<typeof DayOffListSchema>;
export const DayOffQuery = Obj({ year: Type.Optional(YearSchema) });
export const DayOffParams = Obj({ dayOffId: Uuid });
export const AddDayOffBody = Obj({ date: BoundedDate, description: Type.String({ minLength: 1, maxLength: 200 }) });
export type AddDayOffInput = Static<typeof AddDayOffBody>;
