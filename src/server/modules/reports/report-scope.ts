/** What a report covers: a pool, a period, and optionally one member municipality. */
export interface ReportScope {
  poolId: string;
  from: string;
  to: string;
  municipality: { id: string; code: string; name: string } | null;
}
