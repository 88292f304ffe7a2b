import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { getHourDefaults } from '../../api/hours.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { CalendarFeedSection } from '../sessions/calendar-feed-section.js';
import { HoursEntryForm } from './hours-entry-form.js';
import { MyMonth } from './my-month.js';
import './hours.css';

/** /uren for the mediator: fast entry at the top, the month below (it follows the date just logged). */
export function HoursPage() {
  const { t } = useI18n();
  const defaults = useQuery((signal) => getHourDefaults(signal), []);
  // "Uren schrijven" on a case page comes here with ?zaak=<id>: that case, chosen by the person.
  const [params] = useSearchParams();
  const chosenCase = params.get('zaak');
  const [month, setMonth] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const shownMonth = month ?? defaults.data?.date.slice(0, 7);

  return (
    <Page title={t.hours.entry.title}>
      {defaults.data?.allowedActions.includes('review') && (
        <Paragraph>
          <AppLink to="/uren/goedkeuren">{t.hours.month.toApproval}</AppLink>
        </Paragraph>
      )}
      <Section id="hours-entry" title={t.hours.entry.formTitle}>
        {defaults.error ? (
          <LoadFailed error={defaults.error} onRetry={defaults.reload} />
        ) : !defaults.data ? (
          <Loading />
        ) : (
          <HoursEntryForm
            defaults={defaults.data}
            {...(chosenCase ? { chosenCaseId: chosenCase } : {})}
            onSaved={(date) => {
              setMonth(date.slice(0, 7));
              setVersion((v) => v + 1);
            }}
          />
        )}
      </Section>
      {shownMonth && <MyMonth month={shownMonth} onMonth={setMonth} version={version} />}
      <CalendarFeedSection />
    </Page>
  );
}
