import { useState, type FormEvent } from 'react';
import { approveLoan, listLoans, refuseLoan, type Loan } from '../../api/lending-loans.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DialogFrame } from '../../components/dialog-frame.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { Notice } from '../registry/parts.js';
import { useLendingText } from './use-lending-text.js';
import { WithdrawLoanButton, WithdrawLoanDialog } from './withdraw-loan-dialog.js';

const TONES: Record<Loan['status'], BadgeTone> = { requested: 'warning', approved: 'success', refused: 'danger', withdrawn: 'inactive' };

/**
 * /uitlenen/verzoeken: the loan requests waiting for this (lending) pool's coordinator, each to
 * approve (after a confirmation) or refuse with a reason, and every loan from and to the pool; a
 * loan the pool borrows may be withdrawn there (after a confirmation) while that is allowed.
 */
export function LoanQueuePage() {
  const { t, locale, date } = useI18n();
  const l = useLendingText();
  const q = l.queue;
  const list = useQuery((signal) => listLoans(undefined, signal), []);
  const notice = useNotice();
  const [approving, setApproving] = useState<Loan | null>(null);
  const [refusing, setRefusing] = useState<Loan | null>(null);
  const [withdrawing, setWithdrawing] = useState<Loan | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const items = list.data?.items ?? [];
  const waiting = items.filter((i) => i.allowedActions.includes('approve') || i.allowedActions.includes('refuse'));

  const close = () => {
    setApproving(null);
    setRefusing(null);
    setReason('');
    setReasonError(undefined);
    setError(undefined);
  };
  const run = async (work: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await work();
      close();
      notice.show(done);
      list.reload();
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };
  const submitRefusal = (e: FormEvent) => {
    e.preventDefault();
    if (!refusing) return;
    if (reason.trim() === '') {
      setReasonError(q.reasonRequired);
      document.getElementById('lending-refuse-reason')?.focus();
      return;
    }
    void run(() => refuseLoan(refusing.id, reason.trim()), q.refused(refusing.mediator.name));
  };

  return (
    <Page title={q.title}>
      <Paragraph>{q.intro}</Paragraph>
      <Notice text={notice.notice} focus />
      {list.error !== undefined && <LoadFailed error={list.error} onRetry={list.reload} />}
      {!list.data && list.error === undefined && <Loading />}
      {list.data && (
        <>
          <Section id="lending-waiting" title={q.waitingHeading}>
            {waiting.length === 0 ? (
              <EmptyState>{q.noneWaiting}</EmptyState>
            ) : (
              <Table id="lending-waiting-table" caption={q.waitingCaption}>
                <THead>
                  <Th scope="col">{q.mediator}</Th>
                  <Th scope="col">{q.toPool}</Th>
                  <Th scope="col">{q.caseCol}</Th>
                  <Th scope="col">{q.from}</Th>
                  <Th scope="col">{q.requestedAt}</Th>
                  <Th scope="col">{q.action}</Th>
                </THead>
                <TBody>
                  {waiting.map((loan) => (
                    <Tr key={loan.id}>
                      <Th scope="row">
                        {loan.mediator.name} ({loan.mediator.municipality})
                      </Th>
                      <Td>{loan.borrowingPool.name}</Td>
                      <Td>
                        {loan.case.number} · {q.caseTypes[loan.case.caseType]}
                      </Td>
                      <Td>{loan.requestedBy}</Td>
                      <Td>{date(loan.requestedAt.slice(0, 10))}</Td>
                      <Td>
                        <ButtonGroup>
                          <Button appearance="primary" aria-label={q.approveNamed(loan.mediator.name, loan.case.number)} onClick={() => setApproving(loan)}>
                            {q.approve}
                          </Button>
                          <Button appearance="secondary" aria-label={q.refuseNamed(loan.mediator.name, loan.case.number)} onClick={() => setRefusing(loan)}>
                            {q.refuse}
                          </Button>
                        </ButtonGroup>
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
          </Section>
          <Section id="lending-all" title={q.allHeading}>
            {items.length === 0 ? (
              <EmptyState>{q.none}</EmptyState>
            ) : (
              <Table id="lending-all-table" caption={q.allCaption}>
                <THead>
                  <Th scope="col">{q.mediator}</Th>
                  <Th scope="col">{q.direction}</Th>
                  <Th scope="col">{q.caseCol}</Th>
                  <Th scope="col">{q.requestedAt}</Th>
                  <Th scope="col">{q.status}</Th>
                </THead>
                <TBody>
                  {items.map((loan) => (
                    <Tr key={loan.id}>
                      <Th scope="row">{loan.mediator.name}</Th>
                      <Td>
                        {loan.direction === 'out' ? `${q.out} → ${loan.borrowingPool.name}` : `${q.in} ← ${loan.lendingPool.name}`}
                      </Td>
                      <Td>
                        {loan.case.number} · {q.caseTypes[loan.case.caseType]}
                      </Td>
                      <Td>{date(loan.requestedAt.slice(0, 10))}</Td>
                      <Td>
                        <StatusBadge tone={TONES[loan.status]}>{l.statuses[loan.status]}</StatusBadge>
                        {loan.refusalReason && <div>{q.refusalReason(loan.refusalReason)}</div>}
                        <WithdrawLoanButton loan={loan} onClick={setWithdrawing} />
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
          </Section>
        </>
      )}
      <ConfirmDialog
        id="lending-approve"
        open={approving !== null}
        title={q.approveTitle}
        confirmLabel={q.approve}
        danger={false}
        busy={busy}
        error={error}
        onConfirm={() => approving && void run(() => approveLoan(approving.id), q.approved(approving.mediator.name))}
        onCancel={close}
      >
        <p className="utrecht-paragraph">{approving ? q.approveBody(approving.mediator.name, approving.borrowingPool.name) : ''}</p>
      </ConfirmDialog>
      <WithdrawLoanDialog
        loan={withdrawing}
        onCancel={() => setWithdrawing(null)}
        onDone={(loan) => {
          setWithdrawing(null);
          notice.show(l.withdraw.done(loan.mediator.name));
          list.reload();
        }}
      />
      <DialogFrame id="lending-refuse" open={refusing !== null} title={q.refuseTitle} busy={busy} initialFocusId="lending-refuse-reason" onCancel={close}>
        <form onSubmit={submitRefusal} noValidate>
          <TextAreaField id="lending-refuse-reason" label={q.reason} hint={q.reasonHint} error={reasonError} required value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
          {error && (
            <Alert type="error" urgent>
              <p className="utrecht-paragraph">{error}</p>
            </Alert>
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary" danger busy={busy}>
              {q.refuse}
            </Button>
            <Button appearance="secondary" onClick={() => !busy && close()}>
              {t.common.cancel}
            </Button>
          </ButtonGroup>
        </form>
      </DialogFrame>
    </Page>
  );
}
