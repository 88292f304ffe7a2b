/**
 * CBS municipality codes: `GM` followed by four digits (Meppel is GM0119). Input is trimmed and
 * upper-cased first, so `gm0119 ` is accepted as GM0119.
 */
export const CBS_CODE_PATTERN = /^GM\d{4}$/;

export const normaliseCbsCode = (raw: string) => raw.trim().toUpperCase();

export const isCbsCode = (code: string) => CBS_CODE_PATTERN.test(code);

export const CBS_CODE_REASON = 'Een CBS-code is "GM" gevolgd door vier cijfers, bijvoorbeeld GM0119 (Meppel).';
