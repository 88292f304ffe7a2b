import type { CaseStatus } from '../../../domain/cases/case-status.js';
import { conflict } from '../../http/problem.js';

/**
 * Steps the lifecycle allows a person to take, but only through the module that owns their side
 * effects. Retracting a proposal (proposed → matching) must tell the proposed mediators and
 * close the consent links, which the matching module's withdrawal does; the generic transition
 * would move the case silently. So the case page does not offer it and the endpoint refuses it.
 */
const OWNED_ELSEWHERE: Readonly<Partial<Record<CaseStatus, readonly CaseStatus[]>>> = {
  proposed: ['matching'],
};

export const isOwnedElsewhere = (from: CaseStatus, to: CaseStatus): boolean => OWNED_ELSEWHERE[from]?.includes(to) ?? false;

export function refuseOwnedElsewhere(from: CaseStatus, to: CaseStatus): void {
  if (isOwnedElsewhere(from, to)) {
    throw conflict(
      'Trek het voorstel in bij "Mediator zoeken" op de zaak (met een reden). Dan krijgen de voorgestelde mediators bericht en vervallen de instemmingslinks.',
      'use-proposal-withdrawal',
    );
  }
}
