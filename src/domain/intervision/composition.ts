/**
 * The composition of an intervision group (issue 16, item 1): 4–8 mediators and process
 * facilitators, preferably from different municipalities, so colleagues do not discuss cases of
 * their own municipality among themselves. The composer warns; it does not forbid a lean group
 * (a small pool may have no choice), but it does refuse a group outside 4–8 when it is saved.
 */
export const MIN_GROUP_SIZE = 4;
export const MAX_GROUP_SIZE = 8;

export interface CompositionMember {
  readonly id: string;
  /** The member's municipality name, null when unknown. */
  readonly municipality: string | null;
}

export type CompositionWarning =
  | { readonly code: 'too-few' | 'too-many'; readonly municipality: null; readonly count: number }
  /** More than half of the members come from one municipality. */
  | { readonly code: 'one-municipality-leans'; readonly municipality: string; readonly count: number };

export interface CompositionResult {
  readonly size: number;
  /** Distinct known municipalities among the members. */
  readonly municipalities: number;
  readonly warnings: readonly CompositionWarning[];
}

/**
 * Size and spread of a proposed group. "Leans on one municipality": one municipality supplies more
 * than half of the members (3 of 5, 3 of 4, 5 of 8); members without a known municipality count
 * for none.
 */
export function checkComposition(members: readonly CompositionMember[]): CompositionResult {
  const size = members.length;
  const warnings: CompositionWarning[] = [];
  if (size < MIN_GROUP_SIZE) warnings.push({ code: 'too-few', municipality: null, count: size });
  if (size > MAX_GROUP_SIZE) warnings.push({ code: 'too-many', municipality: null, count: size });
  const counts = new Map<string, number>();
  for (const m of members) if (m.municipality) counts.set(m.municipality, (counts.get(m.municipality) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'));
  const top = sorted[0];
  if (top && size > 0 && top[1] * 2 > size) warnings.push({ code: 'one-municipality-leans', municipality: top[0], count: top[1] });
  return { size, municipalities: counts.size, warnings };
}
