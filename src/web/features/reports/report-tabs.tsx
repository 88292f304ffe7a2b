import { useRef, type KeyboardEvent } from 'react';
import type { ReportTableName } from '../../api/reports.js';
import { useI18n } from '../../i18n/i18n.js';
import { reportSectionId } from './report-section.js';

/** The id of a part's tab: `report-tab-referrals-per-month`. */
export const reportTabId = (name: string) => `report-tab-${name.replace(/_/g, '-')}`;

/**
 * The parts of the report as tabs (WAI-ARIA tabs pattern, automatic activation): one tab stop,
 * arrow keys move between the tabs and show the part, Home and End go to the first and last.
 * The chosen part is in the address (`?onderdeel=…`), so Back, reload and a shared link show it.
 */
export function ReportTabs({ names, selected, onSelect }: { names: readonly ReportTableName[]; selected: ReportTableName; onSelect(name: ReportTableName): void }) {
  const { t } = useI18n();
  const refs = useRef(new Map<ReportTableName, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const last = names.length - 1;
    const to = e.key === 'ArrowRight' ? (i === last ? 0 : i + 1) : e.key === 'ArrowLeft' ? (i === 0 ? last : i - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (to === null) return;
    e.preventDefault();
    const name = names[to]!;
    onSelect(name);
    refs.current.get(name)?.focus();
  };
  return (
    <div role="tablist" aria-label={t.reports.page.sectionsLabel} className="mp-report-tabs">
      {names.map((name, i) => {
        const active = name === selected;
        return (
          <button
            key={name}
            ref={(el) => {
              if (el) refs.current.set(name, el);
              else refs.current.delete(name);
            }}
            type="button"
            role="tab"
            id={reportTabId(name)}
            className="mp-report-tabs__tab"
            aria-selected={active}
            aria-controls={reportSectionId(name)}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(name)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.reports.tables[name]}
          </button>
        );
      })}
    </div>
  );
}
