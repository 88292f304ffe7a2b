import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

/**
 * The CBS list of Dutch municipalities valid on 1 January 2026 (342). Municipalities merge from
 * time to time, so the list is versioned data with its reference date in the file name.
 */
export const MUNICIPALITY_LIST_DATE = '2026-01-01';
const FILE = path.join(PACKAGE_ROOT, 'src', 'server', 'reference-data', `gemeenten-${MUNICIPALITY_LIST_DATE}.csv`);

export interface ReferenceMunicipality {
  code: string;
  /** Everyday name: the CBS name without a suffix such as " (NH.)". */
  name: string;
  cbsName: string;
  province: string;
  lat: number;
  lon: number;
}

let cache: ReferenceMunicipality[] | undefined;

export function referenceMunicipalities(): ReferenceMunicipality[] {
  cache ??= readFileSync(FILE, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [code, cbsName, province, lat, lon] = parseCsvLine(line);
      return {
        code: code!,
        cbsName: cbsName!,
        name: cbsName!.replace(/\s*\([^)]*\)\s*$/, ''),
        province: province!,
        lat: Number(lat),
        lon: Number(lon),
      };
    });
  return cache;
}

export const findReferenceMunicipality = (code: string) => referenceMunicipalities().find((m) => m.code === code);

/** RFC 4180 line without embedded newlines (true for this file). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}
