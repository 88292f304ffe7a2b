import { Type, type Static } from 'typebox';
import { DateTime, Email, Nullable, Obj, Uuid } from './common.js';
import { CASE_TYPES } from '../domain/cases/case-vocabulary.js';
import { INITIATIVE_KINDS, type InitiativeKind } from '../domain/directory/initiative-kinds.js';
import { POOL_TEXT_MAX } from '../domain/directory/pool-text.js';

/**
 * The public directory (issue 15, item 3): every pool of the installation and the other initiatives
 * the platform administrator adds, searchable by municipality (the CBS list), each pool with a
 * public page and last year's key figures under the small-number rule, also as open data (CC0).
 * Everything here is public except the platform administrator's writes.
 */
/** The open-data CSV as OpenAPI describes it. */
export const OpenDataCsvResponse = {
  description:
    'CSV (text/csv, UTF-8 met BOM, komma, decimale punt), licentie CC0 1.0. Vaste kolommen: pool_id, pool_name, year, measure (referrals, concluded, agreement_rate, median_to_assignment, median_to_conclusion), value (leeg als niet getoond), withheld (true/false), minimum_group, licence',
  type: 'string',
  format: 'binary',
} as const;

export const DIRECTORY_ACTIONS = ['manage-initiatives', 'read-pool-text', 'edit-pool-text'] as const;
export type DirectoryAction = (typeof DIRECTORY_ACTIONS)[number];

export const DIRECTORY_PROBLEMS = ['pool-text-changed'] as const;

/** The limits of a pool's own words on its public page (plain text; the database checks them too). */
export const POOL_TEXT_LIMITS = POOL_TEXT_MAX;

export { INITIATIVE_KINDS, type InitiativeKind };

/** The licence of the open data: CC0 1.0, in the file and in a `Link: <…>; rel="license"` header. */
export const OPEN_DATA_LICENCE = { id: 'CC0-1.0', name: 'CC0 1.0 Universeel (publiek domein)', url: 'https://creativecommons.org/publicdomain/zero/1.0/' } as const;

const MunicipalityCode = Type.String({ pattern: '^GM[0-9]{4}$', description: 'CBS-code, bijvoorbeeld GM0355' });

export const DirectoryMunicipalitySchema = Obj({
  code: Type.String(),
  name: Type.String(),
  province: Nullable(Type.String()),
  lat: Nullable(Type.Number()),
  lon: Nullable(Type.Number()),
});
export type DirectoryMunicipality = Static<typeof DirectoryMunicipalitySchema>;

/** The CBS list for the autocomplete: code, name and province of every municipality. */
export const MunicipalityOptionSchema = Obj({ code: Type.String(), name: Type.String(), province: Type.String() });
export const MunicipalityPointSchema = Obj({ code: Type.String(), name: Type.String(), province: Type.String(), lat: Type.Number(), lon: Type.Number() });
export type MunicipalityPoint = Static<typeof MunicipalityPointSchema>;
export type MunicipalityOption = Static<typeof MunicipalityOptionSchema>;
export const MunicipalityOptionListSchema = Obj({ referenceDate: Type.String({ description: 'De peildatum van de CBS-lijst' }), items: Type.Array(MunicipalityPointSchema, { description: 'Met coördinaten (WGS84) voor de kaart' }) });
export type MunicipalityOptionList = Static<typeof MunicipalityOptionListSchema>;

export const DirectoryPoolSchema = Obj({
  id: Uuid,
  name: Type.String(),
  colour: Type.String(),
  municipalities: Type.Array(DirectoryMunicipalitySchema),
  conflictKinds: Type.Array(Type.Enum(CASE_TYPES), { description: 'Soorten conflicten waarvoor de pool actieve mediators heeft' }),
});
export type DirectoryPool = Static<typeof DirectoryPoolSchema>;

export const InitiativeSchema = Obj({
  id: Uuid,
  name: Type.String(),
  kind: Type.Enum(INITIATIVE_KINDS),
  municipalities: Type.Array(DirectoryMunicipalitySchema),
  region: Nullable(Type.String()),
  url: Nullable(Type.String()),
  description: Type.String(),
  updatedAt: DateTime,
});
export type Initiative = Static<typeof InitiativeSchema>;

export const DirectorySchema = Obj({
  pools: Type.Array(DirectoryPoolSchema),
  initiatives: Type.Array(InitiativeSchema),
});
export type Directory = Static<typeof DirectorySchema>;

export const DirectorySearchQuery = Obj({
  municipality: Type.String({ minLength: 1, maxLength: 100, description: 'Naam of CBS-code van de gemeente, bijvoorbeeld Zeist of GM0355' }),
});
export type DirectorySearchInput = Static<typeof DirectorySearchQuery>;
export const DirectorySearchSchema = Obj({
  municipality: MunicipalityOptionSchema,
  pools: Type.Array(DirectoryPoolSchema),
  initiatives: Type.Array(InitiativeSchema),
});
export type DirectorySearch = Static<typeof DirectorySearchSchema>;

export const DirectoryPoolParams = Obj({ poolId: Uuid });

/** One key figure of a year: null when withheld under the small-number rule (fewer than 5 cases). */
export const KeyFigureSchema = Obj({
  measure: Type.Enum(['referrals', 'concluded', 'agreement_rate', 'median_to_assignment', 'median_to_conclusion'] as const),
  value: Nullable(Type.Number()),
  withheld: Type.Boolean({ description: 'Niet getoond: te weinig zaken (kleine-aantallenregel)' }),
});
export type KeyFigure = Static<typeof KeyFigureSchema>;

export const PoolKeyFiguresSchema = Obj({
  year: Type.Integer(),
  minimumGroup: Type.Integer({ description: 'Groepen kleiner dan dit aantal zaken worden niet getoond' }),
  figures: Type.Array(KeyFigureSchema),
});
export type PoolKeyFigures = Static<typeof PoolKeyFiguresSchema>;

/** A pool's own words on its public page, as plain text (paragraphs split by blank lines); null when the pool wrote none. */
export const PoolPublicTextSchema = Obj({
  description: Nullable(Type.String({ description: 'Wat wij doen: een korte beschrijving in de woorden van de pool' })),
  howToAsk: Nullable(Type.String({ description: 'Zo vraagt u mediation aan, in de woorden van de pool' })),
});
export type PoolPublicText = Static<typeof PoolPublicTextSchema>;

export const PoolPageSchema = Obj({
  pool: DirectoryPoolSchema,
  text: PoolPublicTextSchema,
  contact: Obj({ email: Nullable(Type.String()), phone: Nullable(Type.String()) }, { description: 'Het contact dat de pool openbaar maakt (instellingen: contact voor vragen)' }),
  keyFigures: PoolKeyFiguresSchema,
  initiatives: Type.Array(InitiativeSchema, { description: 'Andere initiatieven in de gemeenten van de pool' }),
});
export type PoolPage = Static<typeof PoolPageSchema>;

/** The open-data JSON: stable keys, documented on the pool page and in OpenAPI. */
export const OpenDataSchema = Obj({
  licence: Obj({ id: Type.String(), name: Type.String(), url: Type.String() }),
  source: Type.String(),
  pool: Obj({
    id: Uuid,
    name: Type.String(),
    municipalityCodes: Type.Array(Type.String()),
    description: Nullable(Type.String({ description: 'Wat wij doen (tekst van de pool); null als de pool er geen schreef' })),
    howToAsk: Nullable(Type.String({ description: 'Zo vraagt u mediation aan (tekst van de pool); null als de pool er geen schreef' })),
  }),
  year: Type.Integer(),
  minimumGroup: Type.Integer(),
  figures: Type.Array(KeyFigureSchema),
});
export type OpenData = Static<typeof OpenDataSchema>;

// ---------- The platform administrator's initiatives ----------

export const InitiativeBody = Obj({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Enum(INITIATIVE_KINDS),
  municipalityCodes: Type.Array(MunicipalityCode, { maxItems: 400, uniqueItems: true }),
  region: Nullable(Type.String({ maxLength: 200 })),
  url: Nullable(Type.String({ maxLength: 500, pattern: '^https?://[^\\s<>"]+$', description: 'Een webadres dat begint met https:// of http://' })),
  description: Type.String({ maxLength: 1000 }),
});
export type InitiativeInput = Static<typeof InitiativeBody>;

export const InitiativeParams = Obj({ initiativeId: Uuid });

export const AdminInitiativeListSchema = Obj({
  items: Type.Array(InitiativeSchema),
  allowedActions: Type.Array(Type.Enum(DIRECTORY_ACTIONS)),
});
export type AdminInitiativeList = Static<typeof AdminInitiativeListSchema>;

// ---------- A pool's own public page (its administrator) ----------

/**
 * What the pool's administrator keeps on the pool's public page: its own words and the public
 * contact. The contact is the pool's contact for questions (pool settings), the same one the
 * mails name: one source of truth, changed here or there.
 */
export const PoolPublicPageSchema = Obj({
  poolId: Uuid,
  poolName: Type.String(),
  description: Type.String(),
  howToAsk: Type.String(),
  contactEmail: Nullable(Type.String()),
  contactPhone: Nullable(Type.String()),
  /** 0 while the pool wrote nothing yet; a save names the version it started from. */
  version: Type.Integer({ minimum: 0 }),
  updatedAt: Nullable(DateTime),
  allowedActions: Type.Array(Type.Enum(DIRECTORY_ACTIONS)),
});
export type PoolPublicPage = Static<typeof PoolPublicPageSchema>;

export const UpdatePoolPublicPageBody = Obj({
  /** The version the form was read at: another one means someone saved in between (409). */
  version: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  description: Type.String({ maxLength: POOL_TEXT_LIMITS.description, description: 'Wat wij doen: platte tekst, hoogstens 1000 tekens; verplicht' }),
  howToAsk: Type.String({ maxLength: POOL_TEXT_LIMITS.howToAsk, description: 'Zo vraagt u mediation aan: platte tekst, hoogstens 2000 tekens; leeg voor de algemene tekst van de gids' }),
  contactEmail: Nullable(Email),
  contactPhone: Nullable(Type.String({ pattern: '^[0-9+() -]{6,40}$', description: 'Bijvoorbeeld 0522 123 456' })),
});
export type UpdatePoolPublicPageInput = Static<typeof UpdatePoolPublicPageBody>;
