import { useEffect, useState, type FormEvent } from 'react';
import { isRole, ROLES } from '../../../domain/roles.js';
import { listUsers } from '../../api/users.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
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
import { roleList } from './role-text.js';
import { FilterActions } from '../../components/filter-actions.js';

const PAGE_SIZE = 25;
const FILTERS = ['q', 'rol', 'status'] as const;

export function UsersPage() {
  const { t, dateTime } = useI18n();
  const filters = useUrlFilters(FILTERS);
  const { q, rol, status } = filters.values;
  const users = useQuery(
    (signal) =>
      listUsers(
        {
          page: filters.page,
          pageSize: PAGE_SIZE,
          ...(q ? { q } : {}),
          ...(isRole(rol) ? { role: rol } : {}),
          ...(status === 'actief' ? { active: true } : status === 'gedeactiveerd' ? { active: false } : {}),
        },
        signal,
      ),
    [filters.key],
  );

  return (
    <Page title={t.users.title}>
      <Paragraph lead>{t.users.intro}</Paragraph>
      <div className="mp-button-row">
        <ButtonLink to="/beheer/uitnodigingen" appearance="primary">
          {t.users.invite}
        </ButtonLink>
      </div>

      <UserFilters initial={filters.values} onApply={filters.setFilters} />

      {users.loading && <Loading />}
      {users.error !== undefined && (
        <LoadFailed error={users.error} onRetry={users.reload} />
      )}
      {users.data && users.data.items.length === 0 && <EmptyState>{t.users.empty}</EmptyState>}
      {users.data && users.data.items.length > 0 && (
        <>
          <Table id="users-table" caption={t.users.caption(users.data.total)}>
            <THead>
              <Th>{t.users.columns.name}</Th>
              <Th>{t.users.columns.email}</Th>
              <Th>{t.users.columns.roles}</Th>
              <Th>{t.users.columns.municipality}</Th>
              <Th>{t.users.columns.status}</Th>
              <Th>{t.users.columns.lastLogin}</Th>
            </THead>
            <TBody>
              {users.data.items.map((user) => (
                <Tr key={user.id}>
                  <Th scope="row">
                    <AppLink to={`/beheer/gebruikers/${user.id}`} aria-label={t.users.editLabel(user.name)}>
                      {user.name}
                    </AppLink>
                  </Th>
                  <Td className="mp-break">{user.email}</Td>
                  <Td>{roleList(user.roles, t) || t.common.none}</Td>
                  <Td>{user.municipalityName ?? '—'}</Td>
                  <Td>
                    {user.active ? <StatusBadge tone="success">{t.users.active}</StatusBadge> : <StatusBadge tone="inactive">{t.users.inactive}</StatusBadge>}
                  </Td>
                  <Td>{user.lastLoginAt ? dateTime(user.lastLoginAt) : t.common.never}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <Pagination page={users.data.page} pageSize={users.data.pageSize} total={users.data.total} onPage={filters.setPage} />
        </>
      )}
    </Page>
  );
}

function UserFilters({ initial, onApply }: { initial: Record<(typeof FILTERS)[number], string>; onApply(v: Record<string, string>): void }) {
  const { t } = useI18n();
  const [q, setQ] = useState(initial.q);
  const [rol, setRol] = useState(initial.rol);
  const [status, setStatus] = useState(initial.status);
  // Back and Forward change the address; the fields follow it.
  useEffect(() => {
    setQ(initial.q);
    setRol(initial.rol);
    setStatus(initial.status);
  }, [initial.q, initial.rol, initial.status]);
  const hasFilters = Boolean(initial.q || initial.rol || initial.status);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ q: q.trim(), rol, status });
  };

  return (
    <form className="mp-filters" role="search" aria-label={t.common.filter} noValidate onSubmit={onSubmit}>
      <TextField id="users-q" type="search" name="q" label={t.users.searchLabel} value={q} onChange={(e) => setQ(e.target.value)} width="md" />
      <SelectField id="users-role" name="rol" label={t.users.roleLabel} value={rol} onChange={(e) => setRol(e.target.value)}>
        <option value="">{t.common.all}</option>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t.roles[r]}
          </option>
        ))}
      </SelectField>
      <SelectField id="users-status" name="status" label={t.users.statusLabel} value={status} onChange={(e) => setStatus(e.target.value)}>
        <option value="">{t.users.statusAll}</option>
        <option value="actief">{t.users.active}</option>
        <option value="gedeactiveerd">{t.users.inactive}</option>
      </SelectField>
      <FilterActions submitLabel={t.common.search} onClear={hasFilters ? () => onApply({}) : undefined} />
    </form>
  );
}
