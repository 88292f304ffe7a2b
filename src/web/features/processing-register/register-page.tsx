import { useLocation } from 'react-router';
import { listProcessingActivities, type ProcessingActivity } from '../../api/processing-register.js';
import { Alert } from '../../components/alert.js';
import { DataList } from '../../components/data-list.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink, ButtonLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { DEFAULT_ACTIVITY_CODE } from '../../../domain/processing/activities.js';
import { PROCESSING_PATHS } from './paths.js';

/** Beheer → Verwerkingsregister: every activity with its purpose, legal basis, categories, retention and recipients. */
export function ProcessingRegisterPage() {
  const { t } = useI18n();
  const m = t.processing;
  const register = useQuery((signal) => listProcessingActivities(signal), []);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <Page title={m.register.title}>
      <Paragraph lead>{m.register.intro}</Paragraph>
      <p className="utrecht-paragraph">
        <AppLink to={PROCESSING_PATHS.chain}>{m.register.chainLink}</AppLink>
      </p>
      {notice && (
        <Alert type="ok" className="mp-notice">
          <p className="utrecht-paragraph">{notice}</p>
        </Alert>
      )}
      {register.loading && <Loading />}
      {register.error !== undefined && <LoadFailed error={register.error} onRetry={register.reload} />}
      {register.data && (
        <>
          {register.data.allowedActions.includes('create') && (
            <p className="utrecht-paragraph">
              <ButtonLink to={PROCESSING_PATHS.create} appearance="primary">
                {m.register.add}
              </ButtonLink>
            </p>
          )}
          {register.data.items.length === 0 && <EmptyState>{m.register.empty}</EmptyState>}
          {register.data.items.map((activity) => (
            <ActivityEntry key={activity.code} activity={activity} />
          ))}
        </>
      )}
    </Page>
  );
}

function ActivityEntry({ activity }: { activity: ProcessingActivity }) {
  const { t } = useI18n();
  const m = t.processing;
  const id = `activiteit-${activity.code}`;
  return (
    <section className="mp-section" aria-labelledby={`${id}-title`}>
      <h2 className="utrecht-heading-2" id={`${id}-title`}>
        {activity.name}
      </h2>
      <p className="utrecht-paragraph">
        <StatusBadge tone={activity.standard ? 'neutral' : 'active'}>{activity.standard ? m.register.standard : m.register.own}</StatusBadge>{' '}
        {activity.reworded && <StatusBadge tone="warning">{m.register.reworded}</StatusBadge>}
      </p>
      {activity.code === DEFAULT_ACTIVITY_CODE && <Paragraph>{m.register.unassignedNote}</Paragraph>}
      <DataList
        items={[
          { key: 'purpose', label: m.fields.purpose, value: activity.purpose },
          { key: 'legalBasis', label: m.fields.legalBasis, value: activity.legalBasis },
          { key: 'dataCategories', label: m.fields.dataCategories, value: activity.dataCategories },
          { key: 'subjectCategories', label: m.fields.subjectCategories, value: activity.subjectCategories },
          { key: 'retention', label: m.fields.retention, value: activity.retention },
          { key: 'recipients', label: m.fields.recipients, value: activity.recipients },
          { key: 'code', label: m.register.code, value: <code>{activity.code}</code> },
        ]}
      />
      {activity.allowedActions.includes('update') && (
        <p className="utrecht-paragraph">
          <ButtonLink to={PROCESSING_PATHS.edit(activity.code)} aria-label={m.register.editLabel(activity.name)}>
            {m.register.edit}
          </ButtonLink>
        </p>
      )}
    </section>
  );
}
