import { useState } from 'react';
import { getCandidates } from '../../api/matching.js';
import { getPartnerCandidates, requestLoan, type Loan, type PartnerCandidate } from '../../api/lending-loans.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { Paragraph } from '../../components/heading.js';
import { Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { Notice } from '../registry/parts.js';
import { useLendingText } from './use-lending-text.js';
import { WithdrawLoanButton, WithdrawLoanDialog } from './withdraw-loan-dialog.js';

/**
 * "Uit partnerpools" on a case in `matching` (coordinator): the eligible mediators of partner
 * pools with an agreement in force for this kind of case, each with "Lenen aanvragen" (after a
 * confirmation), and the case's loans (one still waiting, or approved and not proposed, may be
 * withdrawn after a confirmation). When nobody of the own pool qualifies, it says so first.
 */
export function PartnerCandidatesSection({ caseId }: { caseId: string }) {
  const { t, locale, date } = useI18n();
  const l = useLendingText();
  const m = l.partner;
  const list = useQuery((signal) => getPartnerCandidates(caseId, signal), [caseId]);
  const home = useQuery((signal) => getCandidates(caseId, signal), [caseId]);
  const notice = useNotice();
  const [asking, setAsking] = useState<PartnerCandidate | null>(null);
  const [withdrawing, setWithdrawing] = useState<Loan | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const data = list.data;
  const nobodyAtHome = home.data !== undefined && home.data.eligibleTotal === 0;

  const ask = async () => {
    if (!asking || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const loan = await requestLoan(caseId, asking.lenderProfileId);
      notice.show(loan.status === 'approved' ? m.approvedNow(asking.name) : m.asked(asking.name));
      setAsking(null);
      list.reload();
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="lending-partner-candidates" title={m.heading}>
      {list.error !== undefined && (
        <Alert type="error" heading={l.queue.errorHeading}>
          <p className="utrecht-paragraph">{describeError(list.error, t, locale)}</p>
          <Button onClick={list.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!data && list.error === undefined && <Loading />}
      <Notice text={notice.notice} />
      {data && (
        <>
          {nobodyAtHome && data.items.length > 0 && (
            <Alert type="info">
              <p className="utrecht-paragraph">{m.noneAtHome}</p>
            </Alert>
          )}
          <Paragraph>{m.intro}</Paragraph>
          {data.partnerPools.length === 0 ? (
            <Paragraph>{m.noAgreement}</Paragraph>
          ) : (
            <ul className="utrecht-unordered-list">
              {data.partnerPools.map((p) => (
                <li key={p.id} className="utrecht-unordered-list__item">
                  {m.hoursLeft(p.name, p.hoursLeftThisYear)}
                </li>
              ))}
            </ul>
          )}
          {data.items.length === 0 ? (
            data.partnerPools.length > 0 && <Paragraph>{m.none}</Paragraph>
          ) : (
            <Table id="lending-partner-table" caption={m.caption}>
              <THead>
                <Th scope="col">{m.name}</Th>
                <Th scope="col">{m.pool}</Th>
                <Th scope="col">{m.municipality}</Th>
                <Th scope="col">{m.profession}</Th>
                <Th scope="col">{m.languages}</Th>
                <Th scope="col">{m.availability}</Th>
                <Th scope="col">{m.action}</Th>
              </THead>
              <TBody>
                {data.items.map((c) => (
                  <Tr key={c.lenderProfileId}>
                    <Th scope="row">{c.name}</Th>
                    <Td>{c.pool.name}</Td>
                    <Td>{c.municipality}</Td>
                    <Td>{m.professions[c.profession]}</Td>
                    <Td>{c.languages.join(', ')}</Td>
                    <Td>
                      {m.available(c.freePlaces)}
                      {c.unavailable.length > 0 && (
                        <>
                          <br />
                          {m.away(c.unavailable.map((r) => `${date(r.start)} – ${date(r.end)}`).join('; '))}
                        </>
                      )}
                    </Td>
                    <Td>
                      {c.openLoan ? (
                        <StatusBadge tone={c.openLoan.status === 'approved' ? 'success' : 'warning'}>{l.statuses[c.openLoan.status]}</StatusBadge>
                      ) : c.allowedActions.includes('requestLoan') ? (
                        <Button aria-label={m.askNamed(c.name)} onClick={() => setAsking(c)}>
                          {m.ask}
                        </Button>
                      ) : null}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          {data.loans.length > 0 && (
            <>
              <h3 className="utrecht-heading-3">{m.loansHeading}</h3>
              <ul className="utrecht-unordered-list">
                {data.loans.map((loan) => (
                  <li key={loan.id} className="utrecht-unordered-list__item">
                    {loan.mediator.name} ({loan.lendingPool.name}): {l.statuses[loan.status]}
                    {loan.refusalReason ? ` — ${l.queue.refusalReason(loan.refusalReason)}` : ''}
                    {loan.allowedActions.includes('withdraw') && ' '}
                    <WithdrawLoanButton loan={loan} onClick={setWithdrawing} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <WithdrawLoanDialog
        loan={withdrawing}
        onCancel={() => setWithdrawing(null)}
        onDone={(loan) => {
          setWithdrawing(null);
          notice.show(l.withdraw.done(loan.mediator.name));
          list.reload();
        }}
      />
      <ConfirmDialog
        id="lending-ask"
        open={asking !== null}
        title={m.confirmTitle}
        confirmLabel={m.confirm}
        danger={false}
        busy={busy}
        error={error}
        onConfirm={() => void ask()}
        onCancel={() => {
          setAsking(null);
          setError(undefined);
        }}
      >
        <p className="utrecht-paragraph">{asking ? m.confirmBody(asking.name, asking.pool.name) : ''}</p>
      </ConfirmDialog>
    </Section>
  );
}
