import { useEffect, useState, type FormEvent } from 'react';
import { isOneOf, MEDIATOR_KINDS, MEDIATOR_STATUSES, SPECIALISMS } from '../../../../domain/registry/mediator-values.js';
import { listMediators } from '../../../api/registry.js';
import type { MemberMunicipality } from '../../../api/types.js';
import { listMemberMunicipalities } from '../../../api/users.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { Paragraph } from '../../../components/heading.js';
import { AppLink, ButtonLink } from '../../../components/link.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { EmptyState, Loading } from '../../../components/loading.js';
import { Page } from '../../../components/page.js';
import { Pagination } from '../../../components/pagination.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/table.js';
import { useQuery } from '../../../hooks/use-query.js';
import { useUrlFilters } from '../../../hooks/use-url-filters.js';
import { useI18n } from '../../../i18n/i18n.js';
import { languageList } from '../format.js';
import { BackLink, MediatorStatusBadge } from '../parts.js';
import { FilterActions } from '../../../components/filter-actions.js';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'status', 'soort', 'gemeente', 'specialisme'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The register of mediators and process facilitators, with search and filters kept in the address. */
export function MediatorsPage() {
  const { t, locale, date } = useI18n();
  const m = t.registry.mediators;
  const labels = t.registry.labels;
  const filters = useUrlFilters(FILTERS);
  const { q, status, soort, gemeente, specialisme } = filters.values;
  const municipalities = useQuery(() => listMemberMunicipalities().then((r) => r.items), []);
  const list = useQuery(
    (signal) =>
      listMediators(
        {
          page: filters.page,
          pageSize: PAGE_SIZE,
          ...(q ? { q } : {}),
          ...(isOneOf(MEDIATOR_STATUSES, status) ? { status } : {}),
          ...(isOneOf(MEDIATOR_KINDS, soort) ? { kind: soort } : {}),
          ...(gemeente ? { municipalityId: gemeente } : {}),
          ...(isOneOf(SPECIALISMS, specialisme) ? { specialism: specialisme } : {}),
        },
        signal,
      ),
    [filters.key],
  );
  const hasFilters = Boolean(q || status || soort || gemeente || specialisme);
  // Who may register mediators keeps the register: they also search e-mail and department.
  const keeper = list.data?.allowedActions.includes('create') ?? false;
  const showEmail = (list.data?.items ?? []).some((x) => x.email);

  return (
    <Page title={m.title}>
      <BackLink to="/register">{t.registry.common.backToRegister}</BackLink>
      <Paragraph lead>{keeper ? m.intro : m.limitedIntro}</Paragraph>
      {keeper && (
        <div className="mp-button-row">
          <ButtonLink to="/register/mediators/nieuw" appearance="primary">
            {m.add}
          </ButtonLink>
        </div>
      )}

      <MediatorFilters initial={filters.values} municipalities={municipalities.data ?? []} keeper={keeper} onApply={filters.setFilters} />

      {list.loading && <Loading />}
      {list.error !== undefined && <LoadFailed error={list.error} onRetry={list.reload} />}
      {list.data && list.data.items.length === 0 && <EmptyState>{hasFilters ? m.empty : m.emptyRegister}</EmptyState>}
      {list.data && list.data.items.length > 0 && (
        <>
          <Table id="mediators-table" caption={m.caption(list.data.total)} className="mp-reg-table">
            <THead>
              <Th>{m.columns.name}</Th>
              <Th>{m.columns.municipality}</Th>
              <Th>{m.columns.kind}</Th>
              <Th>{m.columns.status}</Th>
              <Th>{m.columns.specialisms}</Th>
              <Th>{m.columns.languages}</Th>
              {showEmail && <Th>{m.columns.email}</Th>}
            </THead>
            <TBody>
              {list.data.items.map((item) => (
                <Tr key={item.id}>
                  <Th scope="row">
                    <AppLink to={`/register/mediators/${item.id}`} aria-label={m.detailLabel(item.name)}>
                      {item.name}
                    </AppLink>
                  </Th>
                  <Td>{item.municipality?.name ?? t.registry.common.notAvailable}</Td>
                  <Td>{labels.kind[item.kind]}</Td>
                  <Td>
                    <MediatorStatusBadge status={item.status} />
                    <span className="mp-cell-note">{m.since(date(item.statusSince))}</span>
                  </Td>
                  <Td>{item.specialisms.map((s) => labels.specialism[s]).join(', ') || t.registry.common.notAvailable}</Td>
                  <Td>{languageList(item.languages, locale) || t.registry.common.notAvailable}</Td>
                  {showEmail && <Td className="mp-break">{item.email ?? t.registry.common.notAvailable}</Td>}
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

function MediatorFilters({
  initial,
  municipalities,
  keeper,
  onApply,
}: {
  initial: Filters;
  municipalities: MemberMunicipality[];
  keeper: boolean;
  onApply(v: Partial<Filters>): void;
}) {
  const { t } = useI18n();
  const m = t.registry.mediators;
  const labels = t.registry.labels;
  const [values, setValues] = useState<Filters>(initial);
  // Back and Forward change the address; the fields follow it.
  const key = FILTERS.map((k) => initial[k]).join('|');
  useEffect(() => setValues(initial), [key]);
  const set = (k: keyof Filters, v: string) => setValues((old) => ({ ...old, [k]: v }));
  const hasFilters = FILTERS.some((k) => initial[k]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ ...values, q: values.q.trim() });
  };

  return (
    <form className="mp-filters" role="search" aria-label={t.common.filter} noValidate onSubmit={onSubmit}>
      <TextField id="mediators-q" type="search" name="q" label={keeper ? m.searchLabelKeeper : m.searchLabel} value={values.q} onChange={(e) => set('q', e.target.value)} width="md" />
      <SelectField id="mediators-status" name="status" label={m.status} value={values.status} onChange={(e) => set('status', e.target.value)}>
        <option value="">{m.allStatuses}</option>
        {MEDIATOR_STATUSES.map((s) => (
          <option key={s} value={s}>
            {labels.status[s]}
          </option>
        ))}
      </SelectField>
      <SelectField id="mediators-kind" name="soort" label={m.kind} value={values.soort} onChange={(e) => set('soort', e.target.value)}>
        <option value="">{m.allKinds}</option>
        {MEDIATOR_KINDS.map((k) => (
          <option key={k} value={k}>
            {labels.kind[k]}
          </option>
        ))}
      </SelectField>
      <SelectField id="mediators-municipality" name="gemeente" label={m.municipality} value={values.gemeente} onChange={(e) => set('gemeente', e.target.value)}>
        <option value="">{m.allMunicipalities}</option>
        {municipalities.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </SelectField>
      <SelectField id="mediators-specialism" name="specialisme" label={m.specialism} value={values.specialisme} onChange={(e) => set('specialisme', e.target.value)}>
        <option value="">{m.allSpecialisms}</option>
        {SPECIALISMS.map((s) => (
          <option key={s} value={s}>
            {labels.specialism[s]}
          </option>
        ))}
      </SelectField>
      <FilterActions submitLabel={t.common.search} onClear={hasFilters ? () => onApply({}) : undefined} />
    </form>
  );
}
