import { todayInAmsterdam } from '../../../domain/calendar/iso-date.js';
import { listAftercareTasks } from '../../api/outcomes.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { aftercareState } from './aftercare-state.js';

/**
 * "2 zaken wachten op nazorg." under the Nazorg link on the home page, when any check is due.
 * Says nothing while loading or when loading fails: the Nazorg page itself shows that.
 */
export function AftercareDueCount({ className }: { className?: string }) {
  const { t } = useI18n();
  const tasks = useQuery((signal) => listAftercareTasks(signal), []);
  const today = todayInAmsterdam();
  const due = (tasks.data?.items ?? []).filter((task) => aftercareState(task, today) !== 'upcoming').length;
  if (due === 0) return null;
  return <span className={className}>{t.outcomes.tasks.dueCount(due)}</span>;
}
