import { useState, type Key, type ReactNode } from 'react';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import type { QueryResult } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

export interface ListColumn {
  label: string;
  className?: string;
}

/** Removing one row, after a confirmation dialog that names it. */
export interface RowRemoval<T> {
  /** The id of the dialog, e.g. `day-off-remove-dialog`. */
  dialogId: string;
  title: string;
  /** The remove button's accessible name, naming the row ("Vrije dag 1 mei 2026 verwijderen"). */
  label(item: T): string;
  /** What the dialog asks about this row. */
  body(item: T): string;
  /** Removes the row on the server; a failure stays in the dialog. */
  remove(item: T): Promise<void>;
  /** After the dialog has closed: reload and confirm. */
  onRemoved(item: T): void;
}

/**
 * A list kept on a registry page: loading, failure and empty states, the table with a remove
 * button per row (only when `editable`), the add form below it (`children`) and the confirmation
 * before a row is removed. The page's section supplies the heading, intro and notice.
 */
export function EditableList<T extends object>({
  tableId,
  caption,
  empty,
  query,
  columns,
  rowKey,
  cells,
  editable,
  rowActions,
  removal,
  fixed,
  children,
}: {
  tableId: string;
  caption: string;
  /** "Nog geen …": shown once the list has loaded without rows. */
  empty: string;
  query: QueryResult<T[]>;
  columns: ListColumn[];
  rowKey(item: T): Key;
  /** The row's cells: a row header (`<Th scope="row">`) first, then the data cells. */
  cells(item: T): ReactNode;
  editable: boolean;
  /** Buttons before the remove button, e.g. "Wijzigen". */
  rowActions?(item: T): ReactNode;
  removal: RowRemoval<T>;
  /** A row that may not change (its allowedActions say so): this text instead of its buttons. */
  fixed?(item: T): string | undefined;
  /** The add form, shown below the table. */
  children?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const [pending, setPending] = useState<T | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | undefined>(undefined);

  const onConfirm = async () => {
    if (!pending) return;
    setRemoving(true);
    setRemoveError(undefined);
    try {
      await removal.remove(pending);
      setPending(null);
      removal.onRemoved(pending);
    } catch (err) {
      setRemoveError(describeError(err, t, locale));
    } finally {
      setRemoving(false);
    }
  };

  const items = query.data ?? [];
  return (
    <>
      {query.loading && !query.data && <Loading />}
      {query.error !== undefined && <LoadFailed error={query.error} onRetry={query.reload} />}
      {query.data && items.length === 0 && <EmptyState>{empty}</EmptyState>}
      {items.length > 0 && (
        <Table id={tableId} caption={caption} className="mp-reg-table">
          <THead>
            {columns.map((c) => (
              <Th key={c.label} className={c.className}>
                {c.label}
              </Th>
            ))}
            {editable && (
              <Th>
                <span className="mp-visually-hidden">{t.common.actions}</span>
              </Th>
            )}
          </THead>
          <TBody>
            {items.map((item) => (
              <Tr key={rowKey(item)}>
                {cells(item)}
                {editable && (
                  <Td>
                    {fixed?.(item) ?? (
                    <div className="mp-reg-row-actions">
                      {rowActions?.(item)}
                      <Button
                        appearance="secondary"
                        danger
                        aria-label={removal.label(item)}
                        onClick={() => {
                          setRemoveError(undefined);
                          setPending(item);
                        }}
                      >
                        {t.registry.common.remove}
                      </Button>
                    </div>
                    )}
                  </Td>
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {children}
      <ConfirmDialog
        id={removal.dialogId}
        open={pending !== null}
        title={removal.title}
        confirmLabel={t.registry.common.remove}
        busy={removing}
        error={removeError}
        onConfirm={() => void onConfirm()}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{pending ? removal.body(pending) : ''}</p>
      </ConfirmDialog>
    </>
  );
}
