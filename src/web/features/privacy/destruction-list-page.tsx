import { useRef, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { approveDestructionList, getDestructionList, reviewDestructionItem, type DestructionItem, type DestructionListDetail } from '../../api/privacy.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DataList } from '../../components/data-list.js';
import { DialogFrame } from '../../components/dialog-frame.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { PRIVACY_PATHS } from './paths.js';

/** One destruction list: what goes and what stays per kind, its items, taking one off (with a reason), and the approval with confirmation. */
export function DestructionListPage() {
  const { listId = '' } = useParams();
  const { t } = useI18n();
  const list = useQuery((signal) => getDestructionList(listId, signal), [listId]);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <Page title={list.data ? t.privacy.list.title(list.data.month) : t.privacy.lists.title}>
      <p className="utrecht-paragraph">
        <AppLink to={PRIVACY_PATHS.lists}>{t.privacy.list.back}</AppLink>
      </p>
      {notice && (
        <Alert type="ok">
          <p className="utrecht-paragraph">{notice}</p>
        </Alert>
      )}
      {list.loading && !list.data && <Loading />}
      {list.error !== undefined && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.data && <ListDetail list={list.data} reload={list.reload} />}
    </Page>
  );
}

function ListDetail({ list, reload }: { list: DestructionListDetail; reload(): void }) {
  const { t, locale, dateTime, date, number } = useI18n();
  const m = t.privacy.list;
  const [excluding, setExcluding] = useState<DestructionItem | null>(null);
  const [reason, setReason] = useState('');
  const [approving, setApproving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const reviewable = list.allowedActions.includes('review');
  const done = list.status === 'destroyed';

  const act = async (fn: () => Promise<unknown>, after?: string) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await fn();
      setExcluding(null);
      setApproving(false);
      setReason('');
      setMessage(after ?? null);
      reload();
      requestAnimationFrame(() => messageRef.current?.focus());
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const state = (i: DestructionItem) => {
    if (i.destroyedAt) return <StatusBadge tone="inactive">{m.stateDestroyed}</StatusBadge>;
    if (i.excluded) return <StatusBadge tone="active">{m.stateExcluded(i.excludeReason ?? '')}</StatusBadge>;
    if (done) return <StatusBadge tone="warning">{m.stateSkipped}</StatusBadge>;
    return <StatusBadge tone="warning">{m.stateGoes}</StatusBadge>;
  };

  return (
    <>
      <div ref={messageRef} tabIndex={-1} aria-live="polite">
        {message && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{message}</p>
          </Alert>
        )}
        {error && !excluding && !approving && (
          <Alert type="error">
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
      </div>
      <DataList
        items={[
          { key: 'status', label: t.privacy.lists.status, value: <StatusBadge tone={done ? 'inactive' : 'warning'}>{t.privacy.lists.statuses[list.status]}</StatusBadge> },
          { key: 'proposed', label: m.proposedAt, value: `${list.proposedBy}, ${dateTime(list.proposedAt)}` },
          ...(list.approvedAt ? [{ key: 'approved', label: m.approvedAt, value: `${list.approvedBy ?? ''}, ${dateTime(list.approvedAt)}` }] : []),
          { key: 'version', label: m.version, value: number(list.version) },
          {
            key: 'terms',
            label: m.termsUsed,
            value: Object.entries(list.terms)
              .map(([k, v]) => `${t.privacy.kinds[k as DestructionItem['kind']]}: ${v}`)
              .join('; '),
          },
        ]}
      />
      <Section id="effects" title={m.effects}>
        {list.effects.map((e) => (
          <div key={e.kind}>
            <h3 className="utrecht-heading-3">{t.privacy.kinds[e.kind]}</h3>
            <p className="utrecht-paragraph">
              <strong>{t.privacy.terms.removes}:</strong> {e.removes.join('; ')}.
            </p>
            <p className="utrecht-paragraph">
              <strong>{t.privacy.terms.keeps}:</strong> {e.keeps.join('; ')}.
            </p>
          </div>
        ))}
      </Section>
      {list.allowedActions.includes('approve') && (
        <p className="utrecht-paragraph">
          {list.itemCount > 0 ? (
            <Button appearance="primary" danger onClick={() => setApproving(true)}>
              {m.approve}
            </Button>
          ) : (
            m.nothingLeft
          )}
        </p>
      )}
      <Table id="destruction-items" caption={m.itemsCaption}>
        <THead>
          <Tr>
            <Th>{m.what}</Th>
            <Th>{m.kind}</Th>
            <Th>{m.termStarted}</Th>
            <Th>{m.from}</Th>
            <Th>{m.state}</Th>
            {reviewable && <Th>{t.privacy.rights.actions}</Th>}
          </Tr>
        </THead>
        <TBody>
          {list.items.map((i) => (
            <Tr key={i.id}>
              <Th scope="row">{i.label}</Th>
              <Td>{t.privacy.kinds[i.kind]}</Td>
              <Td>{date(i.termStartedOn)}</Td>
              <Td>{date(i.destroyableFrom)}</Td>
              <Td>{state(i)}</Td>
              {reviewable && (
                <Td>
                  {i.excluded ? (
                    <Button aria-label={m.includeLabel(i.label)} busy={busy} onClick={() => void act(() => reviewDestructionItem(list.id, i.id, { excluded: false, version: list.version }))}>
                      {m.include}
                    </Button>
                  ) : (
                    <Button aria-label={m.excludeLabel(i.label)} onClick={() => setExcluding(i)}>
                      {m.exclude}
                    </Button>
                  )}
                </Td>
              )}
            </Tr>
          ))}
        </TBody>
      </Table>
      <DialogFrame id="exclude-dialog" open={excluding !== null} title={excluding ? m.excludeLabel(excluding.label) : ''} busy={busy} initialFocusId="exclude-reason" onCancel={() => setExcluding(null)}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (excluding) void act(() => reviewDestructionItem(list.id, excluding.id, { excluded: true, reason, version: list.version }));
          }}
        >
          <TextAreaField id="exclude-reason" label={m.reason} hint={m.reasonHint} required value={reason} error={error} onChange={(e) => setReason(e.target.value)} rows={3} />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={busy}>
              {m.confirmExclude}
            </Button>
            <Button appearance="secondary" onClick={() => setExcluding(null)}>
              {m.cancel}
            </Button>
          </ButtonGroup>
        </form>
      </DialogFrame>
      <ConfirmDialog
        id="approve-dialog"
        open={approving}
        title={m.approveTitle}
        confirmLabel={m.approve}
        busy={busy}
        error={error}
        onConfirm={() => void act(() => approveDestructionList(list.id, list.version), m.approved)}
        onCancel={() => setApproving(false)}
      >
        <p className="utrecht-paragraph">{m.approveBody(list.itemCount)}</p>
      </ConfirmDialog>
    </>
  );
}
