import { useEffect, useState, type FormEvent } from 'react';
import { listMunicipalities, type Membership, type Municipality } from '../../../api/registry.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { Paragraph } from '../../../components/heading.js';
import { AppLink, ButtonLink } from '../../../components/link.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { EmptyState, Loading } from '../../../components/loading.js';
import { Page } from '../../../components/page.js';
import { Pagination } from '../../../components/pagination.js';
import { StatusBadge } from '../../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/table.js';
import { useQuery } from '../../../hooks/use-query.js';
import { useUrlFilters } from '../../../hooks/use-url-filters.js';
import { useI18n } from '../../../i18n/i18n.js';
import { amsterdamToday } from '../format.js';
import { BackLink, Notice, useArrivalNotice } from '../parts.js';
import { FilterActions } from '../../../components/filter-actions.js';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'lidmaatschap'] as const;
const MEMBERSHIP: Record<string, Membership> = { huidig: 'current', voormalig: 'former', alle: 'all' };
const MEMBERSHIP_PARAM: Record<Membership, string> = { current: 'huidig', former: 'voormalig', all: 'alle' };

/** The pool's member municipalities with their contact persons; searchable for everyone, kept by administrators and coordinators. */
export function MunicipalitiesPage() {
  const { t, date } = useI18n();
  const m = t.registry.municipalities;
  const arrival = useArrivalNotice();
  const filters = useUrlFilters(FILTERS);
  const { q, lidmaatschap } = filters.values;
  const membership = MEMBERSHIP[lidmaatschap] ?? 'all';
  const list = useQuery(
    (signal) => listMunicipalities({ page: filters.page, pageSize: PAGE_SIZE, membership, ...(q ? { q } : {}) }, signal),
    [filters.key],
  );
  const today = amsterdamToday();
  const mayAdd = list.data?.allowedActions.includes('create') ?? false;

  const statusOf = (item: Municipality) => {
    if (item.currentMember) return <StatusBadge tone="success">{m.member}</StatusBadge>;
    if (item.memberSince > today) return <StatusBadge tone="active">{m.future}</StatusBadge>;
    return <StatusBadge tone="inactive">{m.former}</StatusBadge>;
  };

  return (
    <Page title={m.title}>
      <BackLink to="/register">{t.registry.common.backToRegister}</BackLink>
      <Paragraph lead>{m.intro}</Paragraph>
      <Notice text={arrival} />
      {mayAdd && (
        <div className="mp-button-row">
          <ButtonLink to="/register/gemeenten/toevoegen" appearance="primary">
            {m.add}
          </ButtonLink>
        </div>
      )}

      <MunicipalityFilters initial={filters.values} onApply={filters.setFilters} />

      {list.loading && <Loading />}
      {list.error !== undefined && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.data && list.data.items.length === 0 && <EmptyState>{q || lidmaatschap ? m.empty : m.emptyPool}</EmptyState>}
      {list.data && list.data.items.length > 0 && (
        <>
          <Table id="municipalities-table" caption={m.caption(list.data.total)} className="mp-reg-table">
            <THead>
              <Th>{m.columns.name}</Th>
              <Th>{m.columns.code}</Th>
              <Th>{m.columns.province}</Th>
              <Th>{m.columns.since}</Th>
              <Th>{m.columns.until}</Th>
              <Th>{m.columns.status}</Th>
              <Th>{m.columns.contacts}</Th>
            </THead>
            <TBody>
              {list.data.items.map((item) => (
                <Tr key={item.id}>
                  <Th scope="row">
                    {item.allowedActions.includes('update') ? (
                      <AppLink to={`/register/gemeenten/${item.id}`} aria-label={m.editLabel(item.name)}>
                        {item.name}
                      </AppLink>
                    ) : (
                      item.name
                    )}
                  </Th>
                  <Td>{item.code}</Td>
                  <Td>{item.province ?? t.registry.common.notAvailable}</Td>
                  <Td className="mp-nowrap">{date(item.memberSince)}</Td>
                  <Td className="mp-nowrap">{item.memberUntil ? date(item.memberUntil) : t.registry.common.notAvailable}</Td>
                  <Td>{statusOf(item)}</Td>
                  <Td>
                    {item.contactPersons.length === 0 ? (
                      <span className="mp-muted">{m.noContacts}</span>
                    ) : (
                      <ul className="mp-reg-contacts">
                        {item.contactPersons.map((c) => (
                          <li key={c.id}>
                            {c.name}
                            {c.email && <span className="mp-cell-note mp-break">{c.email}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={filters.setPage} />
        </>
      )}
    </Page>
  );
}

function MunicipalityFilters({ initial, onApply }: { initial: Record<(typeof FILTERS)[number], string>; onApply(v: Record<string, string>): void }) {
  const { t } = useI18n();
  const m = t.registry.municipalities;
  const [q, setQ] = useState(initial.q);
  const [membership, setMembership] = useState(initial.lidmaatschap);
  // Back and Forward change the address; the fields follow it.
  useEffect(() => {
    setQ(initial.q);
    setMembership(initial.lidmaatschap);
  }, [initial.q, initial.lidmaatschap]);
  const hasFilters = Boolean(initial.q || initial.lidmaatschap);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ q: q.trim(), lidmaatschap: membership });
  };

  return (
    <form className="mp-filters" role="search" aria-label={t.common.filter} noValidate onSubmit={onSubmit}>
      <TextField id="municipalities-q" type="search" name="q" label={m.searchLabel} value={q} onChange={(e) => setQ(e.target.value)} width="md" />
      <SelectField id="municipalities-membership" name="lidmaatschap" label={m.membership} value={membership} onChange={(e) => setMembership(e.target.value)}>
        <option value="">{m.membershipOptions.all}</option>
        <option value={MEMBERSHIP_PARAM.current}>{m.membershipOptions.current}</option>
        <option value={MEMBERSHIP_PARAM.former}>{m.membershipOptions.former}</option>
      </SelectField>
      <FilterActions submitLabel={t.common.search} onClear={hasFilters ? () => onApply({}) : undefined} />
    </form>
  );
}
