/**
 * Intervision points from a meeting's length, as the register counts them: points per hour of
 * the meeting (a pool setting; the MfN register counts 1 PE point per hour of intervision).
 * Whole points, rounded to the nearest (half up); a meeting under half a point earns none.
 */
export const DEFAULT_POINTS_PER_HOUR = 1;
export const MAX_POINTS_PER_MEETING = 100;

export function intervisionPoints(minutes: number, pointsPerHour: number = DEFAULT_POINTS_PER_HOUR): number {
  if (!Number.isFinite(minutes) || minutes <= 0 || !Number.isFinite(pointsPerHour) || pointsPerHour <= 0) return 0;
  return Math.min(MAX_POINTS_PER_MEETING, Math.floor((minutes / 60) * pointsPerHour + 0.5));
}
