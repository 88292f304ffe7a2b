import { getFrontDoorReport } from '../../api/front-door.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { Paragraph } from '../../components/heading.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Table, TBody, THead } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';

/** The coordinator's front-door report: routes advised per month, from anonymous counts, small numbers withheld. */
export function FrontDoorReportPage() {
  const { t, locale, number } = useI18n();
  const r = t.frontDoor.report;
  const report = useQuery((signal) => getFrontDoorReport(signal), []);
  const monthLabel = (month: string) => new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  return (
    <Page title={r.title}>
      <Paragraph lead>{r.intro}</Paragraph>
      {report.error !== undefined && (
        <Alert type="error">
          <p className="utrecht-paragraph">{describeError(report.error, t, locale)}</p>
          <Button onClick={report.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!report.data && report.error === undefined && <Loading />}
      {report.data && report.data.rows.length === 0 && <Paragraph>{r.empty}</Paragraph>}
      {report.data && report.data.rows.length > 0 && (
        <>
          <Table id="front-door-report" caption={r.caption}>
            <THead>
              <th scope="col" className="utrecht-table__header-cell">
                {r.month}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {r.route}
              </th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {r.count}
              </th>
            </THead>
            <TBody>
              {report.data.rows.map((row) => (
                <tr key={`${row.month}-${row.route}`} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{monthLabel(row.month)}</td>
                  <td className="utrecht-table__cell">{t.frontDoor.routes[row.route]}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{row.count === null ? r.withheld(report.data!.minGroup) : number(row.count, 0)}</td>
                </tr>
              ))}
            </TBody>
          </Table>
          <Paragraph className="mp-muted">{r.small(report.data.minGroup)}</Paragraph>
        </>
      )}
    </Page>
  );
}
