import { useState } from 'react';
import { withdrawLoan, type Loan } from '../../api/lending-loans.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { useLendingText } from './use-lending-text.js';

/** "Intrekken" on a loan the borrowing pool may withdraw (its allowedActions hold `withdraw`). */
export function WithdrawLoanButton({ loan, onClick }: { loan: Loan; onClick(loan: Loan): void }) {
  const w = useLendingText().withdraw;
  if (!loan.allowedActions.includes('withdraw')) return null;
  return (
    <Button appearance="secondary" aria-label={w.named(loan.mediator.name, loan.case.number)} onClick={() => onClick(loan)}>
      {w.button}
    </Button>
  );
}

/**
 * The confirmation before a loan is withdrawn: what happens (the lending pool's coordinator and,
 * for an approved loan, the mediator get a mail). The request names the state shown, so a loan
 * that moved on meanwhile is refused with the server's problem in the dialog.
 */
export function WithdrawLoanDialog({ loan, onDone, onCancel }: { loan: Loan | null; onDone(loan: Loan): void; onCancel(): void }) {
  const { t, locale } = useI18n();
  const w = useLendingText().withdraw;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const seen = loan?.status === 'approved' ? 'approved' : 'requested';

  const confirm = async () => {
    if (!loan || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const done = await withdrawLoan(loan.id, seen);
      onDone(done);
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      id="lending-withdraw"
      open={loan !== null}
      title={w.title}
      confirmLabel={w.confirm}
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={() => {
        setError(undefined);
        onCancel();
      }}
    >
      <p className="utrecht-paragraph">{loan ? (seen === 'approved' ? w.approvedBody : w.requestBody)(loan.mediator.name, loan.lendingPool.name) : ''}</p>
    </ConfirmDialog>
  );
}
