import { Fragment, useState, type ReactNode } from 'react';
import type { HourEntry } from '../../api/hours.js';
import { DialogFrame } from '../../components/dialog-frame.js';

/**
 * A dialog about one stored entry (changing or correcting it). The form mounts anew for every
 * entry, so it starts from that entry; while the form saves, Escape does not close the dialog.
 */
export function HourEntryDialog({
  id,
  title,
  entry,
  initialFocusId,
  onCancel,
  children,
}: {
  id: string;
  title: string;
  entry: HourEntry | null;
  initialFocusId: string;
  onCancel(): void;
  children(entry: HourEntry, onBusy: (busy: boolean) => void): ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <DialogFrame id={id} open={entry !== null} title={title} busy={busy} initialFocusId={initialFocusId} onCancel={onCancel}>
      {entry && <Fragment key={entry.id}>{children(entry, setBusy)}</Fragment>}
    </DialogFrame>
  );
}
