import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { createSettlement, listSettlements, type SettlementPeriod } from '../../api/settlement.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/table.js';
import { useForm } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { formatDateTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { useArrivalNotice, Notice } from '../registry/parts.js';
import { ExternalCostsSection } from './external-costs-section.js';
import './settlement.css';
import { periodName } from './period-name.js';

/** /verrekening: the settlements per period, a new draft, and the external costs. */
export function SettlementListPage() {
  const { t, locale } = useI18n();
  const l = t.settlement.list;
  const list = useQuery((signal) => listSettlements(signal), []);
  const arrival = useArrivalNotice();

  return (
    <Page title={l.title}>
      <Notice text={arrival} />
      <Section id="settlements" title={l.periodsTitle}>
        {list.error ? (
          <LoadFailed error={list.error} onRetry={list.reload} />
        ) : !list.data ? (
          <Loading />
        ) : list.data.items.length === 0 ? (
          <EmptyState>{l.empty}</EmptyState>
        ) : (
          <Table id="settlements-table" caption={l.caption}>
            <THead>
              <Th>{l.period}</Th>
              <Th>{l.status}</Th>
              <Th>{l.finalisedAt}</Th>
            </THead>
            <TBody>
              {list.data.items.map((s) => (
                <Tr key={s.id}>
                  <Th scope="row">
                    <AppLink to={`/verrekening/${s.id}`} aria-label={l.open(periodName(s.period, locale, t.settlement.quarter))}>
                      {periodName(s.period, locale, t.settlement.quarter)}
                    </AppLink>
                  </Th>
                  <Td>
                    <StatusBadge tone={s.status === 'final' ? 'success' : 'warning'}>{t.settlement.statuses[s.status]}</StatusBadge>
                  </Td>
                  <Td>{s.finalisedAt ? formatDateTime(s.finalisedAt, locale) : ''}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Section>
      {list.data?.allowedActions.includes('create') && <CreateDraft suggested={list.data.suggestedPeriod} />}
      {list.data?.allowedActions.includes('read-external-costs') && <ExternalCostsSection />}
    </Page>
  );
}

/** A new draft; the field starts at the last complete period of the pool's kind, as the server suggests. */
function CreateDraft({ suggested }: { suggested: SettlementPeriod }) {
  const { t, locale } = useI18n();
  const l = t.settlement.list;
  const navigate = useNavigate();
  const form = useForm<'period'>('settlement-create', { period: 'settlement-period' });
  // Untouched, the field shows the suggestion as the current language writes it (K or Q).
  const [typed, setPeriod] = useState<string | null>(null);
  const period = typed ?? l.periodInput(suggested.code);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (!period.trim()) {
      form.fail({ period: l.periodRequired });
      return;
    }
    await form.submit(async () => {
      const s = await createSettlement(period.trim());
      void navigate(`/verrekening/${s.id}`, { state: { notice: l.created(periodName(s.period, locale, t.settlement.quarter)) } });
    });
  };

  return (
    <Section id="settlement-create" title={l.createTitle}>
      <Paragraph>{l.createIntro}</Paragraph>
      <form noValidate onSubmit={(e) => void create(e)}>
        <ErrorSummary {...form.summaryProps} />
        <div className="mp-settlement-create">
          <TextField id="settlement-period" label={l.periodField} hint={l.periodSuggested(periodName(suggested, locale, t.settlement.quarter))} required width="sm" autoComplete="off" value={period} error={form.errors.period} onChange={(e) => setPeriod(e.target.value)} />
          <Button type="submit" appearance="primary" busy={form.busy}>
            {l.create}
          </Button>
        </div>
      </form>
    </Section>
  );
}
