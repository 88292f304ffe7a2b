import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { listDestructionLists, proposeDestructionList } from '../../api/privacy.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { PRIVACY_PATHS } from './paths.js';

/** Beheer → Vernietigingslijsten: the proposals to review and the records of destruction, newest first. */
export function DestructionListsPage() {
  const { t, locale, dateTime, number } = useI18n();
  const m = t.privacy.lists;
  const lists = useQuery((signal) => listDestructionLists(signal), []);
  const navigate = useNavigate();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const propose = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const list = await proposeDestructionList();
      void navigate(PRIVACY_PATHS.list(list.id), { state: { notice: m.proposed } });
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={m.title}>
      <Paragraph lead>{m.intro}</Paragraph>
      <p className="utrecht-paragraph">
        <AppLink to={PRIVACY_PATHS.terms}>{m.termsLink}</AppLink>
      </p>
      {notice && (
        <Alert type="ok">
          <p className="utrecht-paragraph">{notice}</p>
        </Alert>
      )}
      <div aria-live="polite">
        {error && (
          <Alert type="error">
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
      </div>
      {lists.loading && <Loading />}
      {lists.error !== undefined && <LoadFailed error={lists.error} onRetry={lists.reload} />}
      {lists.data && (
        <>
          {lists.data.allowedActions.includes('propose') && (
            <p className="utrecht-paragraph">
              <Button appearance="primary" busy={busy} onClick={() => void propose()}>
                {m.propose}
              </Button>
            </p>
          )}
          {lists.data.items.length === 0 ? (
            <EmptyState>{m.empty}</EmptyState>
          ) : (
            <Table id="destruction-lists" caption={m.caption}>
              <THead>
                <Tr>
                  <Th>{m.month}</Th>
                  <Th>{m.status}</Th>
                  <Th>{m.items}</Th>
                  <Th>{m.proposedBy}</Th>
                  <Th>{m.approvedBy}</Th>
                </Tr>
              </THead>
              <TBody>
                {lists.data.items.map((l) => (
                  <Tr key={l.id}>
                    <Th scope="row">
                      <AppLink to={PRIVACY_PATHS.list(l.id)} aria-label={m.open(l.month)}>
                        {l.month}
                      </AppLink>
                    </Th>
                    <Td>
                      <StatusBadge tone={l.status === 'proposed' ? 'warning' : 'inactive'}>{m.statuses[l.status]}</StatusBadge>
                    </Td>
                    <Td>
                      {number(l.itemCount)}
                      {l.excludedCount > 0 && ` (${m.excluded(l.excludedCount)})`}
                    </Td>
                    <Td>
                      {l.proposedBy}, {dateTime(l.proposedAt)}
                    </Td>
                    <Td>{l.approvedAt ? `${l.approvedBy ?? ''}, ${dateTime(l.approvedAt)}` : '—'}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </>
      )}
    </Page>
  );
}
