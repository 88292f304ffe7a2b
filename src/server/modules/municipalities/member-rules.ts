import type { InvalidParam } from '../../http/problem.js';
import { CBS_CODE_REASON, isCbsCode, normaliseCbsCode } from '../../../domain/registry/cbs-code.js';
import { isIsoDate } from '../../../domain/calendar/iso-date.js';
import { findReferenceMunicipality, MUNICIPALITY_LIST_DATE } from '../../reference-data/municipalities.js';

export interface MemberInput {
  code: string;
  name?: string | undefined;
  province?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  memberSince?: string | undefined;
  memberUntil?: string | null | undefined;
}

/** Roughly the Netherlands, with a margin: catches swapped or mistyped coordinates. */
const inNetherlands = (lat: number, lon: number) => lat >= 50.6 && lat <= 53.7 && lon >= 3.2 && lon <= 7.3;

/**
 * Field problems of a member municipality, named with `prefix` (`row 3/` for a CSV row). `known`
 * says whether a municipality with this code already exists in the installation.
 */
export function memberInputProblems(input: MemberInput, known: (code: string) => boolean, prefix = ''): InvalidParam[] {
  const out: InvalidParam[] = [];
  const code = normaliseCbsCode(input.code);
  if (!isCbsCode(code)) out.push({ name: `${prefix}code`, code: 'format', reason: CBS_CODE_REASON });
  else if (!known(code) && !findReferenceMunicipality(code) && !input.name?.trim()) {
    out.push({
      name: `${prefix}code`,
      code: 'unknown',
      reason: `${code} staat niet in de CBS-lijst van gemeenten (peildatum ${MUNICIPALITY_LIST_DATE}). Controleer de code, of vul zelf de naam in.`,
    });
  }
  const lat = input.latitude;
  const lon = input.longitude;
  if ((lat === null || lat === undefined) !== (lon === null || lon === undefined)) {
    out.push({ name: `${prefix}${lat === null || lat === undefined ? 'latitude' : 'longitude'}`, code: 'pair', reason: 'Vul breedte- én lengtegraad in, of geen van beide.' });
  } else if (typeof lat === 'number' && typeof lon === 'number' && !inNetherlands(lat, lon)) {
    out.push({ name: `${prefix}latitude`, code: 'range', reason: 'Deze locatie ligt niet in Nederland. Is breedte- en lengtegraad verwisseld?' });
  }
  for (const field of ['memberSince', 'memberUntil'] as const) {
    const v = input[field];
    if (typeof v === 'string' && !isIsoDate(v)) out.push({ name: `${prefix}${field}`, code: 'format', reason: 'Vul een datum in als JJJJ-MM-DD.' });
  }
  if (input.memberSince && input.memberUntil && isIsoDate(input.memberSince) && isIsoDate(input.memberUntil) && input.memberUntil < input.memberSince) {
    out.push({ name: `${prefix}memberUntil`, code: 'before-start', reason: 'Het einde van het lidmaatschap ligt vóór het begin.' });
  }
  return out;
}
