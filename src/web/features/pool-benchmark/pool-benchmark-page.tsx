import { useEffect, useState, type FormEvent } from 'react';
import { getPoolBenchmark, type PoolBenchmark, type PoolBenchmarkMeasure } from '../../api/pool-benchmark.js';
import { updatePoolSettings } from '../../api/registry.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, SelectField } from '../../components/form-field.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { FilterActions } from '../../components/filter-actions.js';
import { useMayOpen } from '../../app/require-auth.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useUrlFilters } from '../../hooks/use-url-filters.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatFigure, thisYear } from '../reports/format.js';
import '../reports/reports.css';
import './pool-benchmark.css';

const FILTERS = ['jaar'] as const;
const MEASURES: readonly PoolBenchmarkMeasure[] = ['referrals', 'agreementShare', 'medianWorkingDaysToAssignment', 'hoursPerCase', 'otherMunicipalityShare', 'satisfaction'];

/** This year and the nine before it. */
const years = (now: number) => Array.from({ length: 10 }, (_, i) => now - i);

/**
 * The pool's key figures beside those of every pool that agreed to be compared (issue 15, item 5),
 * for one year, with the median of all. A pool that has not agreed sees why and, as its
 * administrator, the switch; below three pools the page says why there is nothing to compare.
 */
export function PoolBenchmarkPage() {
  const { t } = useI18n();
  const m = t.poolBenchmark;
  const mayOpen = useMayOpen();
  const filters = useUrlFilters(FILTERS);
  const now = thisYear().year;
  const chosen = Number(filters.values.jaar);
  const year = Number.isInteger(chosen) && chosen >= 2015 && chosen <= now ? chosen : now;
  const benchmark = useQuery((signal) => getPoolBenchmark(year, signal), [year]);
  const [form, setForm] = useState(String(year));
  useEffect(() => setForm(String(year)), [year]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    filters.setFilters({ jaar: form });
  };
  const data = benchmark.error === undefined ? benchmark.data : undefined;

  return (
    <Page title={m.title}>
      <Paragraph lead>{m.intro}</Paragraph>
      {mayOpen('reports.read') && (
        <p className="utrecht-paragraph mp-pool-benchmark__links">
          <AppLink to="/rapportages">{m.toReports}</AppLink>
          {mayOpen('reports.benchmark') && <AppLink to="/rapportages/benchmark">{m.toBenchmark}</AppLink>}
        </p>
      )}
      {benchmark.error !== undefined && <LoadFailed error={benchmark.error} onRetry={benchmark.reload} urgent />}
      {benchmark.loading && !data && <Loading />}
      {data && data.status === 'not-participating' && (
        <section aria-labelledby="pool-benchmark-why">
          <Heading level={2} id="pool-benchmark-why">
            {m.notParticipatingHeading}
          </Heading>
          <Paragraph>{m.notParticipating(data.participants)}</Paragraph>
          {!data.allowedActions.includes('change-participation') && <Paragraph>{m.askAdmin}</Paragraph>}
        </section>
      )}
      {data && data.status !== 'not-participating' && (
        <>
          <form className="mp-filters" aria-label={m.filtersLabel} noValidate onSubmit={onSubmit}>
            <SelectField id="pool-benchmark-year" name="jaar" label={m.year} value={form} onChange={(e) => setForm(e.target.value)}>
              {years(now).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </SelectField>
            <FilterActions submitLabel={m.show} />
          </form>
          {data.status === 'too-few-pools' ? (
            <section aria-labelledby="pool-benchmark-too-few">
              <Heading level={2} id="pool-benchmark-too-few">
                {m.tooFewHeading}
              </Heading>
              <Paragraph>{m.tooFew3(data.participants, data.minimumPools)}</Paragraph>
            </section>
          ) : (
            <ComparisonTable data={data} />
          )}
        </>
      )}
      {data && data.allowedActions.includes('change-participation') && <ParticipationForm participating={data.participating} onSaved={benchmark.reload} />}
    </Page>
  );
}

function ComparisonTable({ data }: { data: PoolBenchmark }) {
  const { t, locale } = useI18n();
  const m = t.poolBenchmark;
  const cell = (f: { value: number | null; status: string }) =>
    f.status === 'shown' && f.value !== null ? formatFigure(f.value, locale) : f.status === 'suppressed' ? m.tooFew : m.noFigure;
  return (
    <>
      <Table id="pool-benchmark-table" caption={m.caption(data.year)} className="mp-table--wrap-head">
        <THead>
          <Th>{m.pool}</Th>
          {MEASURES.map((k) => (
            <Th key={k}>{m.measures[k]}</Th>
          ))}
        </THead>
        <TBody>
          {data.rows.map((r) => (
            <Tr key={r.name}>
              <Th scope="row" className={r.own ? 'mp-pool-benchmark__own' : undefined}>
                {r.name}
                {r.own && <> ({m.ownPool})</>}
              </Th>
              {MEASURES.map((k) => (
                <Td key={k} className={r.figures[k].status === 'shown' ? 'mp-report-number' : 'mp-report-number mp-muted'}>
                  {cell(r.figures[k])}
                </Td>
              ))}
            </Tr>
          ))}
          {data.median && (
            <Tr>
              <Th scope="row">{m.median}</Th>
              {MEASURES.map((k) => {
                const v = data.median![k];
                return (
                  <Td key={k} className="mp-report-number">
                    {v === null ? m.noFigure : formatFigure(v, locale)}
                  </Td>
                );
              })}
            </Tr>
          )}
        </TBody>
      </Table>
      <ul className="utrecht-unordered-list mp-report-section__note">
        {m.notes(data.minimumCases).map((n) => (
          <li key={n} className="utrecht-unordered-list__item">
            {n}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The administrator's switch: the pool setting `compareWithOtherPools` (saved and audited by the pool settings). */
function ParticipationForm({ participating, onSaved }: { participating: boolean; onSaved(): void }) {
  const { t } = useI18n();
  const m = t.poolBenchmark;
  const [checked, setChecked] = useState(participating);
  useEffect(() => setChecked(participating), [participating]);
  const form = useForm('pool-benchmark-participation', { compareWithOtherPools: 'pool-benchmark-participate' });
  const saved = useNotice();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    saved.clear();
    await form.submit(async () => {
      const next = await updatePoolSettings({ compareWithOtherPools: checked });
      saved.show(next.compareWithOtherPools ? m.savedOn : m.savedOff);
      onSaved();
    });
  };
  return (
    <section aria-labelledby="pool-benchmark-participation">
      <Heading level={2} id="pool-benchmark-participation">
        {m.participationHeading}
      </Heading>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <CheckboxField
          id="pool-benchmark-participate"
          name="compareWithOtherPools"
          label={m.participate}
          hint={m.participateHint}
          checked={checked}
          onChange={(e) => setChecked(e.target.checked)}
          error={form.errors.compareWithOtherPools}
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {m.save}
        </Button>
      </form>
      {saved.notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{saved.notice}</p>
        </Alert>
      )}
    </section>
  );
}
