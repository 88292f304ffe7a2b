import { useI18n } from '../i18n/i18n.js';
import { Button } from './button.js';

/**
 * Previous / next with "Pagina 2 van 5"; hidden when everything fits on one page. At either end
 * the button is marked unavailable but keeps the focus (a disabled button would drop it).
 * A list with more results than it counts (`totalCapped`, see LIST_REACH in contract/common.ts)
 * says "Pagina 2 van ten minste 40", and on its last reachable page how to see the rest.
 */
export function Pagination({
  page,
  pageSize,
  total,
  totalCapped = false,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  totalCapped?: boolean;
  onPage(page: number): void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && !totalCapped) return null;
  const atStart = page <= 1;
  const atEnd = page >= pages;
  return (
    <nav className="mp-pagination" aria-label={t.pagination.label}>
      <Button
        appearance="secondary"
        className={atStart ? 'utrecht-button--disabled' : undefined}
        aria-disabled={atStart || undefined}
        onClick={() => !atStart && onPage(page - 1)}
        aria-label={t.pagination.previousLabel}
      >
        <span aria-hidden="true">‹ </span>
        {t.pagination.previous}
      </Button>
      <p className="utrecht-paragraph mp-pagination__status" role="status">
        {totalCapped ? t.pagination.statusCapped(page, pages) : t.pagination.status(page, pages)}
      </p>
      <Button
        appearance="secondary"
        className={atEnd ? 'utrecht-button--disabled' : undefined}
        aria-disabled={atEnd || undefined}
        onClick={() => !atEnd && onPage(page + 1)}
        aria-label={t.pagination.nextLabel}
      >
        {t.pagination.next}
        <span aria-hidden="true"> ›</span>
      </Button>
      {totalCapped && atEnd && <p className="utrecht-paragraph mp-pagination__note">{t.pagination.reachEnd(total)}</p>}
    </nav>
  );
}
