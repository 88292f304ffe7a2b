import type { AriaAttributes } from 'react';
import { listCases } from '../../api/cases.js';
import { hasAnyRole } from '../../app/navigation.js';
import { useMayOpen } from '../../app/require-auth.js';
import { useCurrentSession } from '../../app/session.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useUrlFilters } from '../../hooks/use-url-filters.js';
import { useI18n } from '../../i18n/i18n.js';
import { CaseFilters } from './case-filters.js';
import { CASE_FILTERS, DEFAULT_SORT, isSortKey, SORTS, toCaseQuery } from './case-list-query.js';
import { CaseStatusBadge, ClockBadge } from './components/case-badges.js';
import { DeadlineDashboard } from './deadline-dashboard.js';
import { useMemberMunicipalities } from './use-member-municipalities.js';
import './cases.css';

const PAGE_SIZE = 25;

export function CaseListPage() {
  const { t, date } = useI18n();
  const { user } = useCurrentSession();
  // Whether this person may refer a case: the cases policy's answer, sent with the session.
  const mayOpen = useMayOpen();
  const canRefer = mayOpen('cases.refer');
  const oversees = mayOpen('cases.oversee');
  // The introduction speaks to the reader's role: wording, not a permission.
  const isCoordinator = user.roles.includes('coordinator');
  // A contact follows the cases of their own municipality only: no municipality to choose.
  const seesSeveralMunicipalities = hasAnyRole(user.roles, ['coordinator', 'mediator']);
  const municipalities = useMemberMunicipalities(seesSeveralMunicipalities);
  const filters = useUrlFilters(CASE_FILTERS);
  const cases = useQuery((signal) => listCases(toCaseQuery(filters.values, filters.page, PAGE_SIZE), signal), [filters.key]);

  const hasFilters = CASE_FILTERS.some((k) => k !== 'sorteren' && filters.values[k]);
  const sort = SORTS[isSortKey(filters.values.sorteren) ? filters.values.sorteren : DEFAULT_SORT];
  const ariaSort = (column: string): AriaAttributes['aria-sort'] =>
    column === sort.sort ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  const intro = isCoordinator ? t.cases.list.introCoordinator : user.roles.includes('contact') ? t.cases.list.introContact : t.cases.list.introMediator;

  const list = (
    <>
      <CaseFilters initial={filters.values} municipalities={seesSeveralMunicipalities ? (municipalities.data ?? []) : null} onApply={filters.setFilters} />
      {cases.loading && <Loading />}
      {cases.error !== undefined && (
        <LoadFailed error={cases.error} onRetry={cases.reload} />
      )}
      {cases.data && cases.data.items.length === 0 && <EmptyState>{hasFilters ? t.cases.list.empty : t.cases.list.emptyNone}</EmptyState>}
      {cases.data && cases.data.items.length > 0 && (
        <>
          <Table id="cases-table" caption={t.cases.list.caption(cases.data.total, cases.data.totalCapped)} className="mp-case-table">
            <THead>
              <Th aria-sort={ariaSort('number')}>{t.cases.list.columns.number}</Th>
              <Th>{t.cases.list.columns.title}</Th>
              <Th>{t.cases.list.columns.caseType}</Th>
              <Th>{t.cases.list.columns.municipality}</Th>
              <Th aria-sort={ariaSort('status')}>{t.cases.list.columns.status}</Th>
              <Th aria-sort={ariaSort('nextDue')}>{t.cases.list.columns.clock}</Th>
              <Th aria-sort={ariaSort('referredOn')}>{t.cases.list.columns.referredOn}</Th>
            </THead>
            <TBody>
              {cases.data.items.map((c) => (
                <Tr key={c.id}>
                  <Th scope="row" className="mp-nowrap">
                    <AppLink to={`/zaken/${c.id}`}>{c.number}</AppLink>
                  </Th>
                  <Td className="mp-break">
                    {c.title}
                    {c.urgency !== 'normal' && (
                      <span className="mp-block">
                        <StatusBadge tone={c.urgency === 'urgent' ? 'danger' : 'warning'}>{t.cases.list.urgency(t.cases.urgencies[c.urgency])}</StatusBadge>
                      </span>
                    )}
                  </Td>
                  <Td>{t.cases.caseTypes[c.caseType]}</Td>
                  <Td>{c.requestingMunicipality.name}</Td>
                  <Td>
                    <CaseStatusBadge status={c.status} />
                  </Td>
                  <Td>
                    {c.clockState ? (
                      <>
                        <ClockBadge state={c.clockState} />
                        {c.nextDueOn && <span className="mp-cell-note">{t.cases.dashboard.dueOn(date(c.nextDueOn))}</span>}
                      </>
                    ) : (
                      <span className="mp-muted">{t.cases.list.noClock}</span>
                    )}
                  </Td>
                  <Td className="mp-nowrap">{date(c.referredOn)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <Pagination page={cases.data.page} pageSize={cases.data.pageSize} total={cases.data.total} totalCapped={cases.data.totalCapped} onPage={filters.setPage} />
        </>
      )}
    </>
  );

  return (
    <Page title={t.cases.list.title}>
      <Paragraph lead>{intro}</Paragraph>
      {canRefer && (
        <div className="mp-button-row">
          <ButtonLink to="/zaken/aanmelden" appearance="primary">
            {t.cases.list.refer}
          </ButtonLink>
        </div>
      )}
      {oversees && <DeadlineDashboard />}
      {oversees ? (
        <section className="mp-section" aria-labelledby="case-list-title">
          <Heading level={2} id="case-list-title">
            {t.cases.list.allHeading}
          </Heading>
          {list}
        </section>
      ) : (
        list
      )}
    </Page>
  );
}
