import type { HourTotals } from '../../api/hours.js';
import { DataList } from '../../components/data-list.js';
import { useI18n } from '../../i18n/i18n.js';

/** Approved, waiting and rejected time and the travel kilometres of a list of hours (a month, a case). */
export function HoursTotals({ totals }: { totals: HourTotals }) {
  const { t } = useI18n();
  const m = t.hours.month;
  return (
    <>
      <h3 className="utrecht-heading-3">{m.totals}</h3>
      <DataList
        items={[
          { key: 'approved', label: m.approved, value: t.hours.duration(totals.approvedMinutes) },
          { key: 'submitted', label: m.submitted, value: t.hours.duration(totals.submittedMinutes) },
          { key: 'rejected', label: m.rejectedTotal, value: t.hours.duration(totals.rejectedMinutes) },
          { key: 'km', label: m.travelKm, value: String(totals.travelKm) },
        ]}
      />
    </>
  );
}
