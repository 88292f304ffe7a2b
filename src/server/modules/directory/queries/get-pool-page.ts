// policy: public (a pool's public page: municipalities, kinds of conflict, its own words and the contact it publishes, key figures under the small-number rule)
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { OPEN_DATA_LICENCE, type OpenData, type PoolKeyFigures, type PoolPage } from '../../../../contract/directory.js';
import { isoDateInZone } from '../../../../domain/calendar/iso-date.js';
import { MIN_GROUP } from '../../../../domain/reports/small-numbers.js';
import { notFound } from '../../../http/problem.js';
import { loadPoolContact } from '../../pool/index.js';
import { publicKeyFigures } from '../../reports/index.js';
import { findPoolText, listDirectoryPools, listInitiatives, type PoolTextRow } from '../repository.js';
import { presentDirectoryPool, presentInitiative } from '../present.js';

/** Last calendar year in the Netherlands: the last whole year of figures. */
export const lastYear = (now = new Date()) => Number(isoDateInZone(now).slice(0, 4)) - 1;

async function loadPool(db: Kysely<DB>, poolId: string) {
  const [row] = await listDirectoryPools(db, poolId);
  if (!row) throw notFound('Deze pool staat niet in de gids.');
  return row;
}

async function keyFigures(db: Kysely<DB>, poolId: string, year: number): Promise<PoolKeyFigures> {
  const figures = await publicKeyFigures(db, poolId, year);
  return { year, minimumGroup: MIN_GROUP, figures: figures.map((f) => ({ measure: f.measure, value: f.value, withheld: f.value === null })) };
}

/** The pool's own words, null where it wrote none. */
const publicText = (row: PoolTextRow | undefined) => ({ description: row?.description || null, howToAsk: row?.how_to_ask || null });

/** A pool's public page: 404 for a pool that does not exist. */
export async function getPoolPage(db: Kysely<DB>, poolId: string): Promise<PoolPage> {
  const row = await loadPool(db, poolId);
  const pool = presentDirectoryPool(row);
  const [text, contact, figures, initiatives] = await Promise.all([
    findPoolText(db, poolId),
    loadPoolContact(db, poolId),
    keyFigures(db, poolId, lastYear()),
    listInitiatives(db, { municipalityCodes: pool.municipalities.map((m) => m.code) }),
  ]);
  return { pool, text: publicText(text), contact, keyFigures: figures, initiatives: initiatives.map(presentInitiative) };
}

/** The open data of a pool's page: last year's key figures with the licence (CC0), as JSON or CSV rows; the JSON also carries the pool's own words. */
export async function getPoolOpenData(db: Kysely<DB>, poolId: string, source: string): Promise<OpenData> {
  const row = await loadPool(db, poolId);
  const [figures, text] = await Promise.all([keyFigures(db, poolId, lastYear()), findPoolText(db, poolId)]);
  return {
    licence: { ...OPEN_DATA_LICENCE },
    source,
    pool: { id: row.id, name: row.name, municipalityCodes: row.municipalities.map((m) => m.code), ...publicText(text) },
    year: figures.year,
    minimumGroup: figures.minimumGroup,
    figures: figures.figures,
  };
}
