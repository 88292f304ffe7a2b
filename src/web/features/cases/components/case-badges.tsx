import type { ClockState } from '../../../../domain/calendar/clock-state.js';
import type { CaseStatus } from '../../../../domain/cases/case-status.js';
import { StatusBadge, type BadgeTone } from '../../../components/status-badge.js';
import { useI18n } from '../../../i18n/i18n.js';

const statusTone: Record<CaseStatus, BadgeTone> = {
  registered: 'active',
  triage: 'active',
  matching: 'active',
  proposed: 'active',
  assigned: 'active',
  in_progress: 'active',
  concluded: 'success',
  aftercare: 'success',
  closed: 'inactive',
  withdrawn: 'inactive',
  referred: 'neutral',
};

const clockTone: Record<ClockState, BadgeTone> = { on_time: 'success', due_soon: 'warning', overdue: 'danger' };

/** The status in words; the colour only repeats what the text says. */
export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={statusTone[status] ?? 'neutral'}>{t.cases.statuses[status] ?? status}</StatusBadge>;
}

/** "Op tijd", "Bijna verlopen" or "Verlopen": always in words, the colour only repeats them. */
export function ClockBadge({ state, extra }: { state: ClockState; extra?: string }) {
  const { t } = useI18n();
  return (
    <StatusBadge tone={clockTone[state]}>
      {t.cases.clockStates[state]}
      {extra ? ` (${extra})` : ''}
    </StatusBadge>
  );
}
