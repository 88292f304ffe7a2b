/** The one ordering of candidates, shared by the candidate list and the co-mediation pick. */

export interface Rankable {
  readonly scorePoints: number;
  readonly distanceKm: number;
  readonly mediator: { readonly id: string };
}

/**
 * Score high to low, then nearer first (less travel for the same score), then id, so the list
 * never depends on the order the database happened to return.
 */
export function compareRanked(a: Rankable, b: Rankable): number {
  if (a.scorePoints !== b.scorePoints) return b.scorePoints - a.scorePoints;
  if (a.distanceKm !== b.distanceKm) return a.distanceKm - b.distanceKm;
  return a.mediator.id < b.mediator.id ? -1 : a.mediator.id > b.mediator.id ? 1 : 0;
}
