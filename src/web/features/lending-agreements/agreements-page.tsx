import { useState, type FormEvent } from 'react';
import {
  confirmLendingAgreement,
  endLendingAgreement,
  listLendingAgreements,
  listPartnerPools,
  proposeLendingAgreement,
  type AgreementStatus,
  type LendingAgreement,
} from '../../api/lending-agreements.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, CheckboxGroup, SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { RadioGroup } from '../../components/radio-group.js';
import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { CASE_TYPES, type CaseType } from '../../../domain/cases/case-vocabulary.js';
import { formatMinutes } from '../../../domain/settlement/format-money.js';
import { formatEuros, parseEuros } from '../registry/format.js';
import { Notice } from '../registry/parts.js';

const TONES: Record<AgreementStatus, BadgeTone> = { proposed: 'warning', 'in-force': 'success', ended: 'inactive' };

/** /beheer/uitleenovereenkomsten: the pool's lending agreements (administrators act; coordinators and finance read). */
export function LendingAgreementsPage() {
  const { t, locale } = useI18n();
  const m = t.lendingAgreements;
  const list = useQuery(() => listLendingAgreements(), []);
  const notice = useNotice();
  const [ending, setEnding] = useState<LendingAgreement | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const items = list.data?.items ?? [];
  const mayPropose = list.data?.allowedActions.includes('propose') ?? false;

  const act = async (kind: 'confirm' | 'end', a: LendingAgreement) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      if (kind === 'confirm') await confirmLendingAgreement(a.id);
      else await endLendingAgreement(a.id);
      setEnding(null);
      notice.show(kind === 'confirm' ? m.confirmed : m.ended);
      list.reload();
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const terms = (a: LendingAgreement) => (a.rateCents === null ? m.free : m.perHour(formatEuros(a.rateCents, locale)));
  const used = (minutes: number, a: LendingAgreement) => m.used(formatMinutes(minutes), a.yearlyCapHours);
  const year = items.find((a) => a.thisYear)?.thisYear?.year ?? new Date().getFullYear();

  return (
    <Page title={m.title}>
      <Paragraph lead>{m.intro}</Paragraph>
      <Notice text={notice.notice} />
      {error && !ending && (
        <Alert type="error" urgent>
          <p className="utrecht-paragraph">{error}</p>
        </Alert>
      )}
      <Section id="agreement-list" title={m.listHeading}>
        {list.loading && !list.data && <Loading />}
        {list.error !== undefined && <LoadFailed error={list.error} onRetry={list.reload} />}
        {list.data && items.length === 0 && <EmptyState>{m.empty}</EmptyState>}
        {items.length > 0 && (
          <Table id="agreements-table" caption={m.caption} className="mp-table--wrap-head">
            <THead>
              <Th>{m.columns.partner}</Th>
              <Th>{m.columns.caseTypes}</Th>
              <Th>{m.columns.terms}</Th>
              <Th>{m.columns.cap}</Th>
              <Th>{m.columns.status}</Th>
              <Th className="mp-num">{m.columns.lent(year)}</Th>
              <Th className="mp-num">{m.columns.borrowed(year)}</Th>
              <Th>{m.columns.actions}</Th>
            </THead>
            <TBody>
              {items.map((a) => (
                <Tr key={a.id}>
                  <Th scope="row">{a.partnerPool.name}</Th>
                  <Td>{a.caseTypes.map((c) => m.caseTypes[c]).join(', ')}</Td>
                  <Td>
                    {terms(a)}
                    {/* Folded into the terms (not a column of its own), so the table fits beside the menu at 1280 px. */}
                    <span className="mp-cell-note">
                      {m.columns.autoApprove}: {a.autoApprove ? m.yes : m.no}
                    </span>
                  </Td>
                  <Td>{a.yearlyCapHours === null ? m.noCap : m.capHours(a.yearlyCapHours)}</Td>
                  <Td>
                    <StatusBadge tone={TONES[a.status]}>{m.statuses[a.status]}</StatusBadge>
                    {a.status === 'proposed' && <div className="utrecht-paragraph mp-hint">{a.proposedByUs ? m.proposedByUs : m.proposedToUs}</div>}
                  </Td>
                  <Td className="mp-num">{used(a.thisYear?.lentMinutes ?? 0, a)}</Td>
                  <Td className="mp-num">{used(a.thisYear?.borrowedMinutes ?? 0, a)}</Td>
                  <Td>
                    <ButtonGroup>
                      {a.allowedActions.includes('confirm') && (
                        <Button appearance="primary" busy={busy} aria-label={`${m.confirm}: ${a.partnerPool.name}`} onClick={() => void act('confirm', a)}>
                          {m.confirm}
                        </Button>
                      )}
                      {a.allowedActions.includes('end') && (
                        <Button
                          danger
                          aria-label={`${a.status === 'proposed' ? m.withdraw : m.end}: ${a.partnerPool.name}`}
                          onClick={() => {
                            setError(undefined);
                            setEnding(a);
                          }}
                        >
                          {a.status === 'proposed' ? m.withdraw : m.end}
                        </Button>
                      )}
                    </ButtonGroup>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Section>
      {mayPropose && (
        <Section id="propose-agreement" title={m.proposeHeading}>
          <Paragraph>{m.proposeIntro}</Paragraph>
          <ProposeForm
            onProposed={(pool) => {
              notice.show(m.proposed(pool));
              list.reload();
            }}
          />
        </Section>
      )}
      <ConfirmDialog
        id="end-agreement-dialog"
        open={ending !== null}
        title={m.endTitle}
        confirmLabel={ending?.status === 'proposed' ? m.withdraw : m.end}
        busy={busy}
        error={ending ? error : undefined}
        onConfirm={() => ending && void act('end', ending)}
        onCancel={() => setEnding(null)}
      >
        <p className="utrecht-paragraph">{m.endBody(ending?.partnerPool.name ?? '')}</p>
      </ConfirmDialog>
    </Page>
  );
}

type Field = 'partnerPoolId' | 'caseTypes' | 'rateCents' | 'yearlyCapHours';

function ProposeForm({ onProposed }: { onProposed(pool: string): void }) {
  const { t } = useI18n();
  const m = t.lendingAgreements;
  const pools = useQuery(() => listPartnerPools(), []);
  const [poolId, setPoolId] = useState('');
  const [caseTypes, setCaseTypes] = useState<CaseType[]>(['employment']);
  const [kind, setKind] = useState<'free' | 'rate'>('rate');
  const [rate, setRate] = useState('');
  const [cap, setCap] = useState('');
  const [autoApprove, setAutoApprove] = useState(false);
  const form = useForm<Field>('propose-agreement-form', { partnerPoolId: 'agreement-pool', caseTypes: 'agreement-case-types', rateCents: 'agreement-rate', yearlyCapHours: 'agreement-cap' });

  if (pools.error !== undefined) return <LoadFailed error={pools.error} onRetry={pools.reload} />;
  if (!pools.data) return <Loading />;
  if (pools.data.items.length === 0) return <EmptyState>{m.noPools}</EmptyState>;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (!poolId) errors.partnerPoolId = m.errors.pool;
    if (caseTypes.length === 0) errors.caseTypes = m.errors.caseTypes;
    let rateCents: number | null = null;
    if (kind === 'rate') {
      const parsed = parseEuros(rate);
      if ('problem' in parsed || parsed.cents > 100000) errors.rateCents = m.errors.rate;
      else rateCents = parsed.cents;
    }
    let yearlyCapHours: number | null = null;
    if (cap.trim()) {
      const n = Number(cap.trim().replace(/\./g, ''));
      if (!/^\d[\d.]*$/.test(cap.trim()) || !Number.isInteger(n) || n < 1 || n > 10000) errors.yearlyCapHours = m.errors.cap;
      else yearlyCapHours = n;
    }
    if (Object.keys(errors).length > 0) return form.fail(errors);
    const name = pools.data?.items.find((p) => p.id === poolId)?.name ?? '';
    await form.submit(async () => {
      await proposeLendingAgreement({ partnerPoolId: poolId, caseTypes: CASE_TYPES.filter((c) => caseTypes.includes(c)), rateCents, yearlyCapHours, autoApprove });
      setPoolId('');
      setRate('');
      setCap('');
      setAutoApprove(false);
      pools.reload();
      onProposed(name);
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <SelectField id="agreement-pool" name="partnerPoolId" label={m.pool} hint={m.poolHint} required value={poolId} onChange={(e) => setPoolId(e.target.value)} error={form.errors.partnerPoolId}>
          <option value="">{m.choosePool}</option>
          {pools.data.items.map((p) => (
            <option key={p.id} value={p.id} disabled={p.agreement}>
              {p.agreement ? `${p.name} ${m.hasAgreement}` : p.name}
            </option>
          ))}
        </SelectField>
        <CheckboxGroup
          id="agreement-case-types"
          legend={m.caseTypesLegend}
          error={form.errors.caseTypes}
          options={CASE_TYPES.map((c) => ({ value: c, label: m.caseTypes[c] }))}
          value={caseTypes}
          onChange={setCaseTypes}
        />
        <RadioGroup
          id="agreement-terms"
          name="terms"
          legend={m.termsLegend}
          options={[
            { value: 'rate', label: m.termsRate },
            { value: 'free', label: m.termsFree },
          ]}
          value={kind}
          onChange={setKind}
        />
        {kind === 'rate' && (
          <TextField id="agreement-rate" name="rate" label={m.rate} hint={m.rateHint} required width="sm" inputMode="decimal" autoComplete="off" value={rate} onChange={(e) => setRate(e.target.value)} error={form.errors.rateCents} />
        )}
        <TextField id="agreement-cap" name="cap" label={m.cap} hint={m.capHint} width="sm" inputMode="numeric" autoComplete="off" value={cap} onChange={(e) => setCap(e.target.value)} error={form.errors.yearlyCapHours} />
        <CheckboxField id="agreement-auto-approve" label={m.autoApprove} checked={autoApprove} onChange={(e) => setAutoApprove(e.target.checked)} />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? m.submitting : m.submit}
        </Button>
      </form>
    </>
  );
}
