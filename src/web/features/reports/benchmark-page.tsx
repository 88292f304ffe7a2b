import { useEffect, useState, type FormEvent } from 'react';
import { getBenchmark, getReportActions, type Benchmark } from '../../api/reports.js';
import { ApiError } from '../../api/problem.js';
import { useCurrentSession } from '../../app/session.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useUrlFilters } from '../../hooks/use-url-filters.js';
import { useI18n } from '../../i18n/i18n.js';
import { useMemberMunicipalities } from '../cases/use-member-municipalities.js';
import { formatFigure, thisYear } from './format.js';
import { formatDuration } from '../../../domain/hours/format-duration.js';
import './reports.css';
import { FilterActions } from '../../components/filter-actions.js';

const FILTERS = ['jaar', 'gemeente'] as const;

/** This year and the nine before it. */
const years = (now: number) => Array.from({ length: 10 }, (_, i) => now - i);

/**
 * A municipality's figures for a year beside the pool's average and its own previous year.
 * A side with fewer than 5 cases shows "te weinig zaken" instead of its case figures.
 */
export function BenchmarkPage() {
  const { t } = useI18n();
  const actions = useQuery((signal) => getReportActions(signal), []);
  if (actions.error !== undefined || !actions.data) {
    return (
      <Page title={t.reports.benchmark.title}>
        {actions.error !== undefined ? <LoadFailed error={actions.error} onRetry={actions.reload} urgent /> : <Loading />}
      </Page>
    );
  }
  // Someone who may choose any municipality (the coordinator) picks one; a contact sees their own.
  return <BenchmarkBody choosesMunicipality={actions.data.allowedActions.includes('choose-municipality')} />;
}

function BenchmarkBody({ choosesMunicipality }: { choosesMunicipality: boolean }) {
  const { t } = useI18n();
  const { user } = useCurrentSession();
  const isCoordinator = choosesMunicipality;
  const municipalities = useMemberMunicipalities(isCoordinator);
  const filters = useUrlFilters(FILTERS);
  const now = thisYear().year;
  const year = Number(filters.values.jaar) || now;
  // A contact always sees their own municipality; a coordinator chooses one.
  const municipalityId = isCoordinator ? filters.values.gemeente : (user.municipalityId ?? '');
  const benchmark = useQuery((signal) => (municipalityId ? getBenchmark(year, municipalityId, signal) : Promise.resolve(undefined)), [filters.key, municipalityId]);

  const [form, setForm] = useState({ jaar: String(year), gemeente: filters.values.gemeente });
  useEffect(() => setForm({ jaar: String(year), gemeente: filters.values.gemeente }), [filters.key]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    filters.setFilters(form);
  };
  const municipalityError =
    benchmark.error instanceof ApiError ? benchmark.error.invalidParams.find((p) => p.name === 'municipalityId')?.reason : undefined;

  return (
    <Page title={t.reports.benchmark.title}>
      <Paragraph lead>{t.reports.benchmark.intro}</Paragraph>
      <p className="utrecht-paragraph">
        <AppLink to="/rapportages">{t.reports.benchmark.back}</AppLink>
      </p>
      <form className="mp-filters" aria-label={t.reports.benchmark.filtersLabel} noValidate onSubmit={onSubmit}>
        <SelectField id="benchmark-year" name="jaar" label={t.reports.benchmark.year} value={form.jaar} onChange={(e) => setForm((f) => ({ ...f, jaar: e.target.value }))}>
          {years(now).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        {isCoordinator ? (
          <SelectField
            id="benchmark-municipality"
            name="gemeente"
            label={t.reports.benchmark.municipality}
            value={form.gemeente}
            error={municipalityError}
            onChange={(e) => setForm((f) => ({ ...f, gemeente: e.target.value }))}
          >
            <option value="">{t.reports.benchmark.choose}</option>
            {(municipalities.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <TextField id="benchmark-municipality" label={t.reports.benchmark.municipality} value={user.municipalityName ?? ''} readOnly />
        )}
        <FilterActions submitLabel={t.reports.benchmark.show} />
      </form>
      {!municipalityId && <Paragraph>{t.reports.benchmark.chooseFirst}</Paragraph>}
      {benchmark.loading && municipalityId && <Loading />}
      {benchmark.error !== undefined && (
        <LoadFailed error={benchmark.error} onRetry={benchmark.reload} urgent />
      )}
      {benchmark.data && benchmark.error === undefined && <BenchmarkTable data={benchmark.data} />}
    </Page>
  );
}

function BenchmarkTable({ data }: { data: Benchmark }) {
  const { t, locale } = useI18n();
  // Hours are not case figures: they are shown whatever the number of cases.
  const isHours = (measure: string) => measure.startsWith('minutes_');
  const figure = (v: number | null, measure: string, tooFew: boolean) =>
    v !== null ? (isHours(measure) ? formatDuration(v, locale) : formatFigure(v, locale)) : tooFew && !isHours(measure) ? t.reports.tooFew : t.reports.noFigure;
  const anyTooFew = data.tooFewCases.municipality || data.tooFewCases.pool || data.tooFewCases.previousYear;
  return (
    <>
      {anyTooFew && <Paragraph className="mp-report-section__note">{t.reports.tooFewNote}</Paragraph>}
      <Table id="benchmark-table" caption={t.reports.benchmark.caption(data.municipality.name, data.year)}>
        <THead>
          <Th>{t.reports.benchmark.measure}</Th>
          <Th>{t.reports.benchmark.own(data.municipality.name)}</Th>
          <Th>{t.reports.benchmark.poolAverage(data.members)}</Th>
          <Th>{t.reports.benchmark.previousYear(data.year - 1)}</Th>
        </THead>
        <TBody>
          {data.rows.map((r) => (
            <Tr key={r.measure}>
              <Th scope="row">{t.reports.benchmark.measures[r.measure] ?? r.label}</Th>
              <Td className="mp-report-number">{figure(r.municipality, r.measure, data.tooFewCases.municipality)}</Td>
              <Td className="mp-report-number">{figure(r.poolAverage, r.measure, data.tooFewCases.pool)}</Td>
              <Td className="mp-report-number">{figure(r.previousYear, r.measure, data.tooFewCases.previousYear)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}
