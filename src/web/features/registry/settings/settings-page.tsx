import { useState } from 'react';
import { POOL_ROUTES, type TriageRoute } from '../../../../domain/cases/triage-routes.js';
import { getAgreementPolicy, getPoolSettings, type PoolSettings } from '../../../api/registry.js';
import { DataList } from '../../../components/data-list.js';
import { Paragraph } from '../../../components/heading.js';
import { AppLink } from '../../../components/link.js';
import { POOL_PUBLIC_PAGE_PATH } from '../../../app/route-paths.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { Loading } from '../../../components/loading.js';
import { Page, Section } from '../../../components/page.js';
import { useQuery } from '../../../hooks/use-query.js';
import { useI18n } from '../../../i18n/i18n.js';
import { useRegistryAccess } from '../access.js';
import { BackLink } from '../parts.js';
import { CovenantSection } from './covenant-section.js';
import { DaysOffSection } from './days-off-section.js';
import { HourlyRatesSection } from './hourly-rates-section.js';
import { SettingsForm } from './settings-form.js';

/** Pool settings: the administrator changes them; coordinators and finance read them. */
export function SettingsPage() {
  const { t } = useI18n();
  const s = t.registry.settings;
  const { readsAgreementPolicy } = useRegistryAccess();
  const settings = useQuery((signal) => getPoolSettings(signal), []);
  // Finance reads the settings but not this policy (the server answers 403): for them it is left out.
  const policy = useQuery((signal) => (readsAgreementPolicy ? getAgreementPolicy(signal).then((p) => p.exemptRoutes) : Promise.resolve(null)), [readsAgreementPolicy]);
  const [current, setCurrent] = useState<PoolSettings | null>(null);
  const [currentExempt, setCurrentExempt] = useState<TriageRoute[] | null>(null);
  const shown = current ?? settings.data;
  const exempt = currentExempt ?? policy.data ?? null;
  const mayUpdate = shown?.allowedActions.includes('update') ?? false;

  let body;
  if ((settings.loading && !settings.data) || (policy.loading && policy.data === undefined)) body = <Loading />;
  else if (settings.error !== undefined || !shown) body = <LoadFailed error={settings.error} onRetry={settings.reload} />;
  else if (policy.error !== undefined) body = <LoadFailed error={policy.error} onRetry={policy.reload} />;
  else {
    body = (
      <>
        <Section id="settings-general" title={s.generalHeading}>
          {mayUpdate ? (
            <SettingsForm settings={shown} exemptRoutes={exempt ?? []} onSaved={setCurrent} onExemptRoutesSaved={setCurrentExempt} />
          ) : (
            <SettingsView settings={shown} exemptRoutes={exempt} />
          )}
        </Section>
        <CovenantSection document={shown.covenantDocument} editable={mayUpdate} onChanged={(doc) => setCurrent({ ...shown, covenantDocument: doc })} />
        <HourlyRatesSection editable={mayUpdate} />
        <DaysOffSection editable={mayUpdate} />
      </>
    );
  }

  return (
    <Page title={s.title}>
      <BackLink to="/register">{t.registry.common.backToRegister}</BackLink>
      <Paragraph lead>{s.intro}</Paragraph>
      <Paragraph>
        <AppLink to={POOL_PUBLIC_PAGE_PATH}>{s.publicPageLink}</AppLink>
      </Paragraph>
      {shown && !mayUpdate && <Paragraph>{t.registry.common.readOnly}</Paragraph>}
      {body}
    </Page>
  );
}

/** The settings as a list for those who read them; `exemptRoutes` is null for whoever may not see that policy. */
function SettingsView({ settings, exemptRoutes }: { settings: PoolSettings; exemptRoutes: TriageRoute[] | null }) {
  const { t, date } = useI18n();
  const v = t.registry.settings.view;
  const c = t.registry.common;
  const labels = t.registry.labels;
  return (
    <DataList
      items={[
        { key: 'name', label: v.name, value: settings.name },
        { key: 'contact', label: v.contact, value: [settings.contactEmail, settings.contactPhone].filter(Boolean).join(' · ') || v.noContact },
        { key: 'settlement', label: v.settlement, value: labels.settlementMode[settings.settlementMode] },
        { key: 'period', label: v.period, value: labels.settlementPeriod[settings.settlementPeriod] },
        {
          key: 'norms',
          label: v.norms,
          value: v.normsValue(c.workingDays(settings.normFirstContactDays), c.workingDays(settings.normAssignmentDays), c.workingDays(settings.normConclusionDays)),
        },
        { key: 'norm-holidays', label: v.normHolidays, value: v.normHolidaysValue(settings.goodFridayIsDayOff, settings.liberationDayIsDayOff) },
        { key: 'department', label: v.differentDepartment, value: settings.allowDifferentDepartment ? v.allowed : v.notAllowed },
        { key: 'second-factor', label: v.secondFactor, value: settings.requireSecondFactor ? v.secondFactorRequired : v.secondFactorOptional },
        { key: 'compare-pools', label: v.compare, value: settings.compareWithOtherPools ? v.compareOn : v.compareOff },
        ...(exemptRoutes
          ? [
              {
                key: 'agreement-exempt',
                label: v.agreementExempt,
                value: exemptRoutes.length > 0 ? c.list(POOL_ROUTES.filter((r) => exemptRoutes.includes(r)).map((r) => t.cases.routes[r] ?? r)) : v.agreementExemptNone,
              },
            ]
          : []),
        { key: 'retention', label: v.retention, value: c.months(settings.retentionMonths) },
        { key: 'aftercare', label: v.aftercare, value: c.weeks(settings.aftercareWeeks) },
        {
          key: 'covenant',
          label: v.covenant,
          value: (
            <>
              {settings.covenantSignedOn ? v.covenantSigned(date(settings.covenantSignedOn)) : v.noCovenant}
              {settings.covenantDescription && <span className="mp-cell-note">{settings.covenantDescription}</span>}
            </>
          ),
        },
      ]}
    />
  );
}
