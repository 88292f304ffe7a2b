import { conflict } from '../../http/problem.js';

/** The 409 for a list that is approved already, or that changed since the caller saw it. */
export function stateConflict(list: { status: string; version: number }, seenVersion?: number) {
  if (list.status !== 'proposed') return conflict('Deze vernietigingslijst is al goedgekeurd en uitgevoerd; er verandert niets meer aan.', 'destruction-list-approved');
  return conflict(
    `De lijst is gewijzigd sinds u hem bekeek (versie ${seenVersion ?? '?'}, nu ${list.version}). Bekijk hem opnieuw voordat u goedkeurt.`,
    'destruction-list-changed',
    { version: list.version },
  );
}
