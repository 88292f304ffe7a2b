import { useEffect, useRef, useState } from 'react';
import { getBatchSuggestion, propose } from '../../api/matching.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { describeMatchingError } from './matching-errors.js';
import { WhyNobody } from './why-nobody.js';

/**
 * The optimal assignment of every case in `matching` (server-side), shown as suggestions the
 * coordinator proposes case by case; each proposal is an ordinary one with every rule checked.
 */
export function BatchPage() {
  const { t, locale, number } = useI18n();
  const b = t.matching.batch;
  const batch = useQuery((signal) => getBatchSuggestion(signal), []);
  const [proposed, setProposed] = useState<Record<string, true>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const go = async (caseId: string, caseNumber: string, mediatorId: string, name: string) => {
    setBusy(caseId);
    try {
      await propose(caseId, { mediatorId });
      setProposed((p) => ({ ...p, [caseId]: true }));
      setNotice({ type: 'ok', text: b.done(caseNumber, name) });
    } catch (err) {
      setNotice({ type: 'error', text: describeMatchingError(err, t, locale) });
    } finally {
      setBusy(null);
    }
  };

  const data = batch.data;
  return (
    <Page title={b.title}>
      <Paragraph>{b.intro}</Paragraph>
      {notice && (
        <Alert type={notice.type} ref={noticeRef} tabIndex={-1} className="mp-notice">
          <p className="utrecht-paragraph">{notice.text}</p>
        </Alert>
      )}
      {batch.error !== undefined && (
        <Alert type="error" heading={t.matching.loadFailed}>
          <p className="utrecht-paragraph">{describeError(batch.error, t, locale)}</p>
          <Button onClick={batch.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!data && batch.error === undefined && <Loading />}
      {data && data.caseCount === 0 && data.externalRequested.length === 0 && <EmptyState>{b.none}</EmptyState>}
      {data && (data.caseCount > 0 || data.externalRequested.length > 0) && (
        <>
          <Paragraph>{b.summary(data.assignedCount, data.caseCount, data.mediatorCount)}</Paragraph>
          <Table id="matching-batch" caption={b.caption}>
            <THead>
              <Th scope="col">{b.caseNumber}</Th>
              <Th scope="col">{b.mediator}</Th>
              <Th scope="col">{b.municipality}</Th>
              <Th scope="col">{b.score}</Th>
              <Th scope="col">{b.action}</Th>
            </THead>
            <TBody>
              {data.assignments.map((a) => (
                <Tr key={a.caseId}>
                  <Th scope="row">
                    <AppLink to={`/zaken/${a.caseId}`}>{a.caseNumber}</AppLink>
                  </Th>
                  <Td>{a.mediator.name}</Td>
                  <Td>{a.mediator.municipality}</Td>
                  <Td>{number(a.score, 3)}</Td>
                  <Td>
                    {proposed[a.caseId] ? (
                      b.proposed
                    ) : (
                      <Button aria-label={b.propose(a.caseNumber, a.mediator.name)} busy={busy === a.caseId} onClick={() => void go(a.caseId, a.caseNumber, a.mediator.id, a.mediator.name)}>
                        {b.proposeShort}
                      </Button>
                    )}
                  </Td>
                </Tr>
              ))}
              {data.unassigned.map((u) => (
                <Tr key={u.caseId}>
                  <Th scope="row">
                    <AppLink to={`/zaken/${u.caseId}`}>{u.caseNumber}</AppLink>
                  </Th>
                  <Td colSpan={4}>
                    <p className="utrecht-paragraph">
                      <strong>{b.unassigned}.</strong> {b.unassignedWhy[u.reason]}
                    </p>
                    {u.whyNobody.length > 0 && <WhyNobody id={`matching-batch-why-${u.caseId}`} groups={u.whyNobody} />}
                  </Td>
                </Tr>
              ))}
              {data.externalRequested.map((u) => (
                <Tr key={u.caseId}>
                  <Th scope="row">
                    <AppLink to={`/zaken/${u.caseId}`}>{u.caseNumber}</AppLink>
                  </Th>
                  <Td colSpan={4}>{b.external}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </>
      )}
    </Page>
  );
}
