import { useState } from 'react';
import { getPoolHealth, wakeUpMediator, type PoolHealth } from '../../../api/registry.js';
import { Alert } from '../../../components/alert.js';
import { Button } from '../../../components/button.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { Paragraph } from '../../../components/heading.js';
import { AppLink } from '../../../components/link.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { EmptyState, Loading } from '../../../components/loading.js';
import { Page, Section } from '../../../components/page.js';
import { StatusBadge } from '../../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/table.js';
import { TextAreaField } from '../../../components/textarea-field.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { useQuery } from '../../../hooks/use-query.js';
import { describeError } from '../../../i18n/describe-error.js';
import { useI18n } from '../../../i18n/i18n.js';
import { BackLink, MediatorStatusBadge, Notice } from '../parts.js';

type Dormant = PoolHealth['dormantMediators'][number];

/** The pool at a glance: who is active, where a mediator is missing, who could be woken up, whose registration lapses. */
export function PoolHealthPage() {
  const { t, date } = useI18n();
  const h = t.registry.health;
  const health = useQuery(() => getPoolHealth(), []);

  let body;
  if (health.loading && !health.data) body = <Loading />;
  else if (health.error !== undefined || !health.data) body = <LoadFailed error={health.error} onRetry={health.reload} />;
  else body = <HealthReport report={health.data} onChanged={health.reload} />;

  return (
    <Page title={h.title}>
      <BackLink to="/register">{t.registry.common.backToRegister}</BackLink>
      {health.data && <Paragraph lead>{h.intro(date(health.data.asOf))}</Paragraph>}
      {body}
    </Page>
  );
}

function HealthReport({ report, onChanged }: { report: PoolHealth; onChanged(): void }) {
  const { t } = useI18n();
  const h = t.registry.health;
  const missing = report.municipalitiesWithoutActiveMediator;
  const totals = [
    { key: 'active', label: h.totals.active, value: report.totals.active },
    { key: 'inTraining', label: h.totals.inTraining, value: report.totals.inTraining },
    { key: 'dormant', label: h.totals.dormant, value: report.totals.dormant },
    { key: 'facilitators', label: h.totals.facilitators, value: report.totals.activeProcessFacilitators },
    { key: 'freeCases', label: h.totals.freeCases, value: report.totals.freeCases },
  ];

  return (
    <>
      {missing.length > 0 ? (
        <Alert type="warning" heading={h.withoutHeading} className="mp-reg-missing">
          <p className="utrecht-paragraph">{h.without(t.registry.common.list(missing.map((m) => m.name)))}</p>
          <p className="utrecht-paragraph">{h.withoutAdvice}</p>
        </Alert>
      ) : (
        <Alert type="ok">
          <p className="utrecht-paragraph">{h.allCovered}</p>
        </Alert>
      )}

      <Section id="health-totals" title={h.totalsHeading}>
        <ul className="mp-reg-totals">
          {totals.map((x) => (
            <li key={x.key} className="mp-reg-totals__item">
              <span className="mp-reg-totals__value">{x.value}</span>
              <span className="mp-reg-totals__label">{x.label}</span>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="health-municipalities" title={h.perMunicipalityHeading}>
        <Table id="health-table" caption={h.caption} className="mp-reg-table mp-reg-wrap-head">
          <THead>
            <Th>{h.columns.municipality}</Th>
            <Th className="mp-reg-number">{h.columns.active}</Th>
            <Th className="mp-reg-number">{h.columns.inTraining}</Th>
            <Th className="mp-reg-number">{h.columns.dormant}</Th>
            <Th className="mp-reg-number">{h.columns.facilitators}</Th>
            <Th className="mp-reg-number">{h.columns.away}</Th>
            <Th className="mp-reg-number">{h.columns.freeCases}</Th>
            <Th className="mp-reg-number">{h.columns.freeHours}</Th>
            <Th>{h.columns.signal}</Th>
          </THead>
          <TBody>
            {report.municipalities.map((m) => (
              <tr key={m.id} className={m.withoutActiveMediator ? 'utrecht-table__row mp-reg-row--flagged' : 'utrecht-table__row'}>
                <Th scope="row">{m.name}</Th>
                <Td className="mp-reg-number">{m.active}</Td>
                <Td className="mp-reg-number">{m.inTraining}</Td>
                <Td className="mp-reg-number">{m.dormant}</Td>
                <Td className="mp-reg-number">{m.activeProcessFacilitators}</Td>
                <Td className="mp-reg-number">{m.awayToday}</Td>
                <Td className="mp-reg-number">{m.freeCapacity.cases}</Td>
                <Td className="mp-reg-number">{m.freeCapacity.hoursPerMonth}</Td>
                <Td>
                  {m.withoutActiveMediator ? (
                    <StatusBadge tone="warning">
                      <span className="mp-reg-flag">
                        <span className="mp-reg-flag__icon" aria-hidden="true">
                          !
                        </span>
                        {h.noActive}
                      </span>
                    </StatusBadge>
                  ) : (
                    <span className="mp-muted">{h.ok}</span>
                  )}
                </Td>
              </tr>
            ))}
          </TBody>
        </Table>
      </Section>

      <DormantSection dormant={report.dormantMediators} onWoken={onChanged} />

      <Section id="health-expiring" title={h.expiringHeading}>
        {report.expiringRegistrations.length === 0 ? (
          <EmptyState>{h.expiringEmpty}</EmptyState>
        ) : (
          <ExpiringTable items={report.expiringRegistrations} />
        )}
      </Section>
    </>
  );
}

function DormantSection({ dormant, onWoken }: { dormant: Dormant[]; onWoken(): void }) {
  const { t, locale, date, dateTime } = useI18n();
  const h = t.registry.health;
  const [pending, setPending] = useState<Dormant | null>(null);
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const notice = useNotice();

  const onConfirm = async () => {
    if (!pending) return;
    setSending(true);
    setError(undefined);
    try {
      await wakeUpMediator(pending.id, message);
      const name = pending.name;
      setPending(null);
      setMessage('');
      notice.show(h.wokenUp(name));
      onWoken();
    } catch (err) {
      setError(describeError(err, t, locale));
    } finally {
      setSending(false);
    }
  };

  return (
    <Section id="health-dormant" title={h.dormantHeading}>
      <Paragraph>{h.dormantIntro}</Paragraph>
      <Notice text={notice.notice} focus />
      {dormant.length === 0 ? (
        <EmptyState>{h.dormantEmpty}</EmptyState>
      ) : (
        <Table id="dormant-table" caption={h.dormantCaption} className="mp-reg-table">
          <THead>
            <Th>{h.dormantColumns.name}</Th>
            <Th>{h.dormantColumns.municipality}</Th>
            <Th>{h.dormantColumns.since}</Th>
            <Th>{h.dormantColumns.lastActivity}</Th>
            <Th>{h.dormantColumns.lastWakeUp}</Th>
            <Th>
              <span className="mp-visually-hidden">{t.common.actions}</span>
            </Th>
          </THead>
          <TBody>
            {dormant.map((d) => (
              <Tr key={d.id}>
                <Th scope="row">
                  <AppLink to={`/register/mediators/${d.id}`}>{d.name}</AppLink>
                </Th>
                <Td>{d.municipality?.name ?? t.registry.common.notAvailable}</Td>
                <Td className="mp-nowrap">{date(d.dormantSince)}</Td>
                <Td>{d.lastActivityAt ? dateTime(d.lastActivityAt) : h.neverActive}</Td>
                <Td>{d.lastWakeUpAt ? dateTime(d.lastWakeUpAt) : h.notWoken}</Td>
                <Td>
                  <Button
                    appearance="secondary"
                    aria-label={h.wakeUpLabel(d.name)}
                    onClick={() => {
                      setError(undefined);
                      setMessage('');
                      setPending(d);
                    }}
                  >
                    {h.wakeUp}
                  </Button>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      <ConfirmDialog
        id="wake-up-dialog"
        open={pending !== null}
        title={pending ? h.wakeUpTitle(pending.name) : ''}
        confirmLabel={h.wakeUpConfirm}
        danger={false}
        busy={sending}
        error={error}
        onConfirm={() => void onConfirm()}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{pending ? h.wakeUpBody(pending.name) : ''}</p>
        <TextAreaField
          id="wake-up-message"
          name="message"
          label={h.wakeUpMessage}
          hint={h.wakeUpMessageHint}
          maxLength={2000}
          rows={3}
          className="mp-reg-dialog-field"
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
      </ConfirmDialog>
    </Section>
  );
}

function ExpiringTable({ items }: { items: PoolHealth['expiringRegistrations'] }) {
  const { t, date } = useI18n();
  const h = t.registry.health;
  return (
    <Table id="expiring-table" caption={h.expiringCaption} className="mp-reg-table">
      <THead>
        <Th>{h.expiringColumns.name}</Th>
        <Th>{h.expiringColumns.municipality}</Th>
        <Th>{h.expiringColumns.status}</Th>
        <Th>{h.expiringColumns.expires}</Th>
        <Th>{h.expiringColumns.left}</Th>
      </THead>
      <TBody>
        {items.map((x) => (
          <Tr key={x.id}>
            <Th scope="row">
              <AppLink to={`/register/mediators/${x.id}`}>{x.name}</AppLink>
            </Th>
            <Td>{x.municipality?.name ?? t.registry.common.notAvailable}</Td>
            <Td>
              <MediatorStatusBadge status={x.status} />
            </Td>
            <Td className="mp-nowrap">{date(x.registrationExpiresOn)}</Td>
            <Td>{x.expired ? <StatusBadge tone="danger">{h.expired}</StatusBadge> : h.daysLeft(x.daysLeft)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
