import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { deleteSettlement, finaliseSettlement, getSettlement, listSettlements, type Settlement, type SettlementObjectAction } from '../../api/settlement.js';
import { useMayOpen } from '../../app/require-auth.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DataList } from '../../components/data-list.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatEuros } from '../registry/format.js';
import { BackLink, Notice, useArrivalNotice } from '../registry/parts.js';
import { SettlementFiguresView } from './settlement-figures.js';
import { StatementsSection } from './statements-section.js';
import './settlement.css';
import { periodName } from './period-name.js';

/** /verrekening/:id. Coordinators and finance review, finalise and export; a contact sees their statement. */
export function SettlementDetailPage() {
  const { settlementId = '' } = useParams();
  // Whoever may manage settlements (the session's area) reads the whole settlement; a contact reads statements.
  const manages = useMayOpen()('settlement.manage');
  return manages ? <ManagedSettlement id={settlementId} /> : <ContactSettlement id={settlementId} />;
}

function ContactSettlement({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const list = useQuery((signal) => listSettlements(signal), []);
  const summary = list.data?.items.find((s) => s.id === id);
  return (
    <Page title={summary ? t.settlement.detail.title(periodName(summary.period, locale, t.settlement.quarter)) : t.settlement.list.title}>
      <BackLink to="/verrekening">{t.settlement.detail.back}</BackLink>
      {list.error ? <LoadFailed error={list.error} onRetry={list.reload} /> : !list.data ? <Loading /> : <StatementsSection settlementId={id} withExports={false} />}
    </Page>
  );
}

function ManagedSettlement({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const d = t.settlement.detail;
  const navigate = useNavigate();
  const query = useQuery((signal) => getSettlement(id, signal), [id]);
  const arrival = useArrivalNotice();
  const notice = useNotice();
  const [dialog, setDialog] = useState<'finalise' | 'delete' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [fresh, setFresh] = useState<Settlement | null>(null);
  const s = fresh && fresh.id === id ? fresh : query.data;

  const openDialog = (kind: 'finalise' | 'delete') => {
    setError(undefined);
    setDialog(kind);
  };

  const act = async (kind: 'finalise' | 'delete') => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      if (kind === 'finalise') {
        setFresh(await finaliseSettlement(id));
        setDialog(null);
        notice.show(d.finalised);
      } else {
        await deleteSettlement(id);
        void navigate('/verrekening', { state: { notice: d.deleted } });
      }
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };

  if (query.error) {
    return (
      <Page title={t.settlement.list.title}>
        <LoadFailed error={query.error} onRetry={query.reload} />
      </Page>
    );
  }
  if (!s) {
    return (
      <Page title={t.settlement.list.title}>
        <Loading />
      </Page>
    );
  }

  const draft = s.status === 'draft';
  const may = (action: SettlementObjectAction) => s.allowedActions.includes(action);
  const figures = s.figures;
  // A period that has not ended is computable but cannot be finalised yet (the server refuses it with the same reason).
  const notEnded = s.issues.find((i) => i.code === 'period-not-ended');
  const blocking = s.issues.filter((i) => i.code !== 'period-not-ended');
  const issueText = (i: { code: string; message: string }) => (locale === 'nl' ? i.message : (t.problems[i.code] ?? i.message));
  return (
    <Page title={d.title(periodName(s.period, locale, t.settlement.quarter))}>
      <BackLink to="/verrekening">{d.back}</BackLink>
      <Notice text={notice.notice ?? arrival} />
      <Section id="settlement-summary" title={d.summary}>
        <DataList
          items={[
            { key: 'status', label: d.status, value: <StatusBadge tone={draft ? 'warning' : 'success'}>{t.settlement.statuses[s.status]}</StatusBadge> },
            { key: 'period', label: d.period, value: periodName(s.period, locale, t.settlement.quarter) },
            ...(figures ? [{ key: 'mode', label: d.mode, value: d.modes[figures.mode] }] : []),
            ...(figures && figures.mode === 'hourly' && figures.rates.length > 0
              ? [{ key: 'rate', label: d.rate, value: figures.rates.map((r) => d.rateOf(r.year, formatEuros(r.cents, locale))).join(', ') }]
              : []),
            { key: 'created', label: d.createdBy, value: `${s.createdBy}, ${formatDateTime(s.createdAt, locale)}` },
            ...(s.finalisedAt ? [{ key: 'finalised', label: d.finalisedBy, value: `${s.finalisedBy ?? ''}, ${formatDateTime(s.finalisedAt, locale)}` }] : []),
            ...(s.contentHash ? [{ key: 'hash', label: d.hash, value: <span className="mp-hash">{s.contentHash}</span> }] : []),
          ]}
        />
        {s.hashVerified === true && <p className="utrecht-paragraph">{d.hashOk}</p>}
        {s.hashVerified === false && (
          <Alert type="error">
            <p className="utrecht-paragraph">{d.hashBad}</p>
          </Alert>
        )}
        {draft && s.pendingApproval.entries > 0 && (
          <Alert type="warning">
            <p className="utrecht-paragraph">{d.pending(s.pendingApproval.entries, t.hours.duration(s.pendingApproval.minutes))}</p>
          </Alert>
        )}
        {blocking.length > 0 && (
          <Alert type="warning" heading={d.notComputable}>
            {blocking.map((i) => (
              <p key={i.code} className="utrecht-paragraph">
                {issueText(i)}
              </p>
            ))}
          </Alert>
        )}
        {draft && notEnded && (
          <Alert type="info" heading={d.notYetFinal}>
            <p className="utrecht-paragraph">{issueText(notEnded)}</p>
          </Alert>
        )}
        {error && !dialog && (
          <Alert type="error" urgent>
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
        {draft && (
          <ButtonGroup>
            <Button
              onClick={() => {
                setFresh(null);
                query.reload();
                notice.show(d.recalculated);
              }}
            >
              {d.recalculate}
            </Button>
            {figures && !notEnded && may('finalise') && (
              <Button appearance="primary" onClick={() => openDialog('finalise')}>
                {d.finalise}
              </Button>
            )}
            {may('delete') && (
              <Button danger onClick={() => openDialog('delete')}>
                {d.deleteDraft}
              </Button>
            )}
          </ButtonGroup>
        )}
      </Section>
      {figures && <SettlementFiguresView figures={figures} linesTotal={s.linesTotal} />}
      {(!draft || figures) && <StatementsSection settlementId={s.id} withExports={!draft && may('export')} draft={draft} />}
      <ConfirmDialog
        id="finalise-dialog"
        open={dialog === 'finalise'}
        title={d.finaliseTitle}
        confirmLabel={d.finalise}
        danger={false}
        busy={busy}
        error={dialog === 'finalise' ? error : undefined}
        onConfirm={() => void act('finalise')}
        onCancel={() => setDialog(null)}
      >
        <p className="utrecht-paragraph">{d.finaliseBody(periodName(s.period, locale, t.settlement.quarter))}</p>
      </ConfirmDialog>
      <ConfirmDialog
        id="delete-dialog"
        open={dialog === 'delete'}
        title={d.deleteTitle}
        confirmLabel={d.deleteDraft}
        busy={busy}
        error={dialog === 'delete' ? error : undefined}
        onConfirm={() => void act('delete')}
        onCancel={() => setDialog(null)}
      >
        <p className="utrecht-paragraph">{d.deleteBody}</p>
      </ConfirmDialog>
    </Page>
  );
}
