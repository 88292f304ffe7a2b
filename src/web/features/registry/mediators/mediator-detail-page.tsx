import { useParams } from 'react-router';
import { ApiError } from '../../../api/problem.js';
import type { MediatorDetail } from '../../../api/registry.js';
import { Alert } from '../../../components/alert.js';
import { DataList } from '../../../components/data-list.js';
import { Paragraph } from '../../../components/heading.js';
import { ButtonLink } from '../../../components/link.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { Loading } from '../../../components/loading.js';
import { Page, Section } from '../../../components/page.js';
import { StatusBadge } from '../../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/table.js';
import { useI18n } from '../../../i18n/i18n.js';
import { amsterdamToday, languageList } from '../format.js';
import { BackLink, MediatorStatusBadge, Notice, useArrivalNotice } from '../parts.js';
import { RelationshipsSection } from './relationships-section.js';
import { UnavailabilitySection } from './unavailability-section.js';
import { UpkeepSection } from './upkeep-section.js';
import { PathSection } from '../../growth/path-section.js';
import { useMediator } from './use-mediator.js';

/** One mediator: details and status history; availability, relationships and upkeep for those who may see them. */
export function MediatorDetailPage() {
  const { t } = useI18n();
  const d = t.registry.mediatorDetail;
  const { mediatorId = '' } = useParams();
  const mediator = useMediator(mediatorId);
  const arrival = useArrivalNotice();

  let body;
  if (mediator.loading && !mediator.data) body = <Loading />;
  else if (mediator.error instanceof ApiError && mediator.error.status === 404) {
    body = (
      <Alert type="error">
        <p className="utrecht-paragraph">{d.notFound}</p>
      </Alert>
    );
  } else if (mediator.error !== undefined || !mediator.data) body = <LoadFailed error={mediator.error} onRetry={mediator.reload} />;
  else body = <MediatorDetails mediator={mediator.data} onChanged={mediator.reload} />;

  return (
    <Page title={mediator.data?.name ?? d.title}>
      <BackLink to="/register/mediators">{d.backToList}</BackLink>
      <Notice text={arrival} />
      {body}
    </Page>
  );
}

function MediatorDetails({ mediator: m, onChanged }: { mediator: MediatorDetail; onChanged(): void }) {
  const { t, locale, date, dateTime } = useI18n();
  const d = t.registry.mediatorDetail;
  const labels = t.registry.labels;
  const na = t.registry.common.notAvailable;
  const may = (action: MediatorDetail['allowedActions'][number]) => m.allowedActions.includes(action);
  const full = m.view === 'full';
  const expired = m.registrationExpiresOn !== null && m.registrationExpiresOn < amsterdamToday();

  const items = [
    ...(m.email ? [{ key: 'email', label: d.email, value: <span className="mp-break">{m.email}</span> }] : []),
    { key: 'municipality', label: d.municipality, value: m.municipality?.name ?? na },
    ...(full ? [{ key: 'department', label: d.department, value: m.department ?? na }] : []),
    { key: 'kind', label: d.kind, value: labels.kind[m.kind] },
    {
      key: 'status',
      label: d.status,
      value: (
        <>
          <MediatorStatusBadge status={m.status} /> <span>{t.registry.mediators.since(date(m.statusSince))}</span>
        </>
      ),
    },
    { key: 'specialisms', label: d.specialisms, value: m.specialisms.map((s) => labels.specialism[s]).join(', ') || d.none },
    { key: 'languages', label: d.languages, value: languageList(m.languages, locale) || d.none },
    ...(full
      ? [
          { key: 'register', label: d.register, value: m.mfnRegisterNumber ?? d.none },
          {
            key: 'expires',
            label: d.expires,
            value: m.registrationExpiresOn ? (
              <>
                {date(m.registrationExpiresOn)} {expired && <StatusBadge tone="danger">{d.expired}</StatusBadge>}
              </>
            ) : (
              na
            ),
          },
          { key: 'capacity', label: d.capacity, value: d.capacityValue(m.maxConcurrentCases ?? 0, m.hoursPerMonth ?? 0) },
          { key: 'activity', label: d.lastActivity, value: m.lastActivityAt ? dateTime(m.lastActivityAt) : t.common.never },
          { key: 'account', label: d.account, value: labels.account[m.accountStatus] },
        ]
      : []),
  ];

  return (
    <>
      <Paragraph lead>
        {labels.kind[m.kind]}
        {m.municipality && ` · ${m.municipality.name}`}
      </Paragraph>
      {(may('update') || may('change-status')) && (
        <div className="mp-button-row">
          {may('update') && (
            <ButtonLink to={`/register/mediators/${m.id}/wijzigen`} appearance="primary">
              {d.edit}
            </ButtonLink>
          )}
          {may('change-status') && <ButtonLink to={`/register/mediators/${m.id}/status`}>{d.changeStatus}</ButtonLink>}
        </div>
      )}
      <Section id="mediator-details" title={d.detailsHeading}>
        {!full && <Paragraph>{d.limited}</Paragraph>}
        <DataList items={items} />
      </Section>
      {full && (
        <>
          <Section id="status-history" title={d.historyHeading}>
            <Table id="status-history-table" caption={d.historyCaption} className="mp-reg-table">
              <THead>
                <Th>{d.historyColumns.from}</Th>
                <Th>{d.historyColumns.status}</Th>
                <Th>{d.historyColumns.note}</Th>
                <Th>{d.historyColumns.by}</Th>
              </THead>
              <TBody>
                {m.statusHistory.map((h) => (
                  <Tr key={h.id}>
                    <Th scope="row" className="mp-nowrap">
                      {date(h.fromDate)}
                    </Th>
                    <Td>
                      <MediatorStatusBadge status={h.status} />
                    </Td>
                    <Td>{h.note ?? na}</Td>
                    <Td>{h.changedBy ? d.historyBy(h.changedBy, dateTime(h.changedAt)) : d.historyBySystem(dateTime(h.changedAt))}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </Section>
          <UnavailabilitySection mediatorId={m.id} editable={may('manage-availability')} />
          <RelationshipsSection mediatorId={m.id} editable={may('manage-relationships')} />
          <UpkeepSection mediatorId={m.id} canRecord={may('manage-upkeep')} />
          {may('read-details') && <PathSection mediatorId={m.id} onDecided={onChanged} />}
        </>
      )}
    </>
  );
}
