import { useState } from 'react';
import { annualReportUrl, caseRegisterUrl, getReport, getReportActions, type ReportAction, type ReportScopeQuery } from '../../api/reports.js';
import { ApiError } from '../../api/problem.js';
import { useCurrentSession } from '../../app/session.js';
import { useMayOpen } from '../../app/require-auth.js';
import { SelectField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { useUrlFilters } from '../../hooks/use-url-filters.js';
import { describeInvalidParam } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { useMemberMunicipalities } from '../cases/use-member-municipalities.js';
import { thisYear } from './format.js';
import { REPORT_FILTERS, ReportFilters } from './report-filters.js';
import { ReportSection } from './report-section.js';
import { ReportTabs, reportTabId } from './report-tabs.js';
import './reports.css';

/** A part of the report as the address names it: `referrals-per-month`. */
const slugOf = (name: string) => name.replace(/_/g, '-');

/** Years offered for the annual report: this year and the nine before it. */
const annualYears = (now: number) => Array.from({ length: 10 }, (_, i) => now - i);

/**
 * The report page: coordinators see the pool or any member, contacts their own municipality,
 * finance the hours only (the server decides which tables come back, and with GET
 * /reports/actions which parts of the page this person may use).
 */
export function ReportsPage() {
  const { t } = useI18n();
  const actions = useQuery((signal) => getReportActions(signal), []);
  if (actions.error !== undefined) {
    return (
      <Page title={t.reports.page.title}>
        <LoadFailed error={actions.error} onRetry={actions.reload} urgent />
      </Page>
    );
  }
  if (!actions.data) {
    return (
      <Page title={t.reports.page.title}>
        <Loading />
      </Page>
    );
  }
  return <ReportsBody allowed={actions.data.allowedActions} />;
}

function ReportsBody({ allowed }: { allowed: ReportAction[] }) {
  const { t, locale, date } = useI18n();
  const { user } = useCurrentSession();
  const may = (action: ReportAction) => allowed.includes(action);
  const mayOpen = useMayOpen();
  const poolWide = may('choose-municipality');
  const seesCases = may('view-case-figures');
  // The annual report of the pool and of every member: case figures for someone who may choose any municipality.
  const annualPoolWide = may('download-annual') && poolWide;
  const municipalities = useMemberMunicipalities(poolWide);
  const filters = useUrlFilters(REPORT_FILTERS);
  const year = thisYear();
  const query: ReportScopeQuery = {
    from: filters.values.van || year.from,
    to: filters.values.tot || year.to,
    ...(filters.values.gemeente ? { municipalityId: filters.values.gemeente } : {}),
  };
  // The part shown is in the address too, but choosing another part does not ask the server again.
  const report = useQuery((signal) => getReport(query, signal), [query.from, query.to, query.municipalityId]);
  const [annualYear, setAnnualYear] = useState(year.year - 1);

  const fieldErrors: Partial<Record<'from' | 'to' | 'municipalityId', string>> = {};
  const error = report.error;
  if (error instanceof ApiError) {
    for (const p of error.invalidParams) {
      if ((p.name === 'from' || p.name === 'to' || p.name === 'municipalityId') && !fieldErrors[p.name]) fieldErrors[p.name] = describeInvalidParam(p, t, locale);
    }
  }

  const intro = !seesCases
    ? t.reports.page.introFinance
    : !poolWide && user.municipalityName
      ? t.reports.page.introContact(user.municipalityName)
      : t.reports.page.intro;
  const data = error === undefined ? report.data : undefined;
  // One part at a time: the one in the address, else the first.
  const shown = data?.tables.find((x) => slugOf(x.name) === filters.values.onderdeel) ?? data?.tables[0];
  const who = data?.municipality?.name ?? t.reports.page.wholePool;
  const ownMunicipality = user.municipalityId && user.municipalityName ? { id: user.municipalityId, name: user.municipalityName } : null;
  const annualTargets = annualPoolWide ? (municipalities.data ?? []) : ownMunicipality ? [ownMunicipality] : [];

  return (
    <Page title={t.reports.page.title}>
      <Paragraph lead>{intro}</Paragraph>
      {may('view-benchmark') && (
        <p className="utrecht-paragraph">
          <AppLink to="/rapportages/benchmark">{t.reports.page.toBenchmark}</AppLink>
        </p>
      )}
      {mayOpen('pool-benchmark.read') && (
        <p className="utrecht-paragraph">
          <AppLink to="/rapportages/pools-vergelijken">{t.reports.page.toPoolBenchmark}</AppLink>
        </p>
      )}
      <ReportFilters
        initial={{ van: query.from ?? '', tot: query.to ?? '', gemeente: filters.values.gemeente }}
        municipalities={poolWide ? (municipalities.data ?? []) : null}
        fixedMunicipality={poolWide ? null : user.municipalityName}
        errors={fieldErrors}
        onApply={(values) => filters.setFilters({ ...values, onderdeel: filters.values.onderdeel })}
      />
      {report.loading && <Loading />}
      {error !== undefined && (
        <LoadFailed error={error} onRetry={report.reload} urgent />
      )}
      {data && (
        <>
          <Paragraph className="mp-report-scope" aria-live="polite">
            <strong>{t.reports.page.scope(date(data.period.from), date(data.period.to), who)}</strong>
            {seesCases && (
              <>
                <br />
                {t.reports.page.caseCount(data.caseCount)}
              </>
            )}
          </Paragraph>
          {data.tables.length > 1 && shown && <ReportTabs names={data.tables.map((x) => x.name)} selected={shown.name} onSelect={(name) => filters.setFilters({ ...filters.values, onderdeel: slugOf(name) })} />}
          {shown && <ReportSection key={shown.name} table={shown} query={query} tabId={data.tables.length > 1 ? reportTabId(shown.name) : undefined} />}
        </>
      )}
      {may('download-annual') && (
        <section className="mp-section" id="report-annual" aria-labelledby="report-annual-title">
          <h2 className="utrecht-heading-2" id="report-annual-title">
            {t.reports.annual.title}
          </h2>
          <Paragraph>{t.reports.annual.intro}</Paragraph>
          <SelectField id="report-annual-year" label={t.reports.annual.year} value={String(annualYear)} onChange={(e) => setAnnualYear(Number(e.target.value))}>
            {annualYears(year.year).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
          <ul className="utrecht-unordered-list mp-report-downloads">
            {annualPoolWide && (
              <li className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={annualReportUrl(annualYear)} download>
                  {t.reports.annual.pool(annualYear)}
                </a>
              </li>
            )}
            {annualTargets.map((m) => (
              <li key={m.id} className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={annualReportUrl(annualYear, m.id)} download>
                  {t.reports.annual.municipality(annualYear, m.name)}
                </a>
              </li>
            ))}
          </ul>
          {may('download-case-register') && (
            <>
              <h3 className="utrecht-heading-3">{t.reports.annual.register}</h3>
              <Paragraph>{t.reports.annual.registerIntro}</Paragraph>
              <p className="utrecht-paragraph">
                <a className="utrecht-link utrecht-link--html-a" href={caseRegisterUrl({ from: query.from ?? year.from, to: query.to ?? year.to })} download>
                  {t.reports.annual.registerLink(date(query.from ?? year.from), date(query.to ?? year.to))}
                </a>
              </p>
            </>
          )}
        </section>
      )}
    </Page>
  );
}
