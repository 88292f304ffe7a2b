import { useState, type FormEvent } from 'react';
import { getOwnMediatorProfile, updateMediator, type MediatorDetail } from '../../../api/registry.js';
import { Alert } from '../../../components/alert.js';
import { Button } from '../../../components/button.js';
import { ErrorSummary } from '../../../components/error-summary.js';
import { Paragraph } from '../../../components/heading.js';
import { AppLink } from '../../../components/link.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { Loading } from '../../../components/loading.js';
import { Page, Section } from '../../../components/page.js';
import { useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { useQuery } from '../../../hooks/use-query.js';
import { useI18n } from '../../../i18n/i18n.js';
import { useRegistryAccess } from '../access.js';
import { parseWholeNumber } from '../format.js';
import { LanguagePicker, readLanguages, toLanguageValue } from '../language-picker.js';
import { CapacityFields, profileFieldIds, type ProfileField } from '../mediators/profile-fields.js';
import { RelationshipsSection } from '../mediators/relationships-section.js';
import { UnavailabilitySection } from '../mediators/unavailability-section.js';
import { UpkeepSection } from '../mediators/upkeep-section.js';
import { Notice } from '../parts.js';

/** The mediator's own page: availability, languages and capacity, declared relationships, and their upkeep. */
export function MyAvailabilityPage() {
  const { t } = useI18n();
  const o = t.registry.own;
  const { user } = useRegistryAccess();
  const mine = useQuery((signal) => getOwnMediatorProfile(signal), [user.id]);

  let body;
  if (mine.loading && mine.data === undefined) body = <Loading />;
  else if (mine.error !== undefined) body = <LoadFailed error={mine.error} onRetry={mine.reload} />;
  else if (!mine.data) {
    body = (
      <Alert type="info">
        <p className="utrecht-paragraph">{o.notRegistered}</p>
      </Alert>
    );
  } else {
    const m = mine.data;
    body = (
      <>
        <Paragraph>
          <AppLink to={`/register/mediators/${m.id}`}>{o.fullProfile}</AppLink>
        </Paragraph>
        <UnavailabilitySection mediatorId={m.id} editable />
        <Section id="own-languages" title={o.languagesHeading}>
          <LanguagesForm mediator={m} />
        </Section>
        <RelationshipsSection mediatorId={m.id} editable />
        <UpkeepSection mediatorId={m.id} canRecord={false} />
      </>
    );
  }

  return (
    <Page title={o.title}>
      <Paragraph lead>{o.intro}</Paragraph>
      {body}
    </Page>
  );
}

type Field = Extract<ProfileField, 'languages' | 'languagesOther' | 'maxConcurrentCases' | 'hoursPerMonth'>;

function LanguagesForm({ mediator }: { mediator: MediatorDetail }) {
  const { t } = useI18n();
  const o = t.registry.own;
  const ids = profileFieldIds('own');
  const [languages, setLanguages] = useState(() => toLanguageValue(mediator.languages));
  const [capacity, setCapacity] = useState({
    maxConcurrentCases: String(mediator.maxConcurrentCases ?? 0),
    hoursPerMonth: String(mediator.hoursPerMonth ?? 0),
  });
  const form = useForm<Field>('own-languages', { languages: ids.languages, languagesOther: ids.languagesOther, maxConcurrentCases: ids.maxConcurrentCases, hoursPerMonth: ids.hoursPerMonth });
  const saved = useNotice();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    saved.clear();
    const errors: FieldErrors<Field> = {};
    const read = readLanguages(languages);
    if ('bad' in read) errors.languagesOther = t.registry.languages.badCodes(read.bad.join(', '));
    const maxCases = parseWholeNumber(capacity.maxConcurrentCases);
    if (maxCases === undefined || maxCases < 0 || maxCases > 50) errors.maxConcurrentCases = t.registry.common.integerRange(0, 50);
    const hours = parseWholeNumber(capacity.hoursPerMonth);
    if (hours === undefined || hours < 0 || hours > 200) errors.hoursPerMonth = t.registry.common.integerRange(0, 200);
    if (Object.keys(errors).length > 0 || !('codes' in read)) return form.fail(errors);
    await form.submit(async () => {
      await updateMediator(mediator.id, { languages: read.codes, maxConcurrentCases: maxCases!, hoursPerMonth: hours! });
      saved.show(o.languagesSaved);
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <LanguagePicker id={ids.languages} value={languages} onChange={setLanguages} error={form.errors.languages} othersError={form.errors.languagesOther} />
        <CapacityFields prefix="own" value={capacity} onChange={(v) => setCapacity({ maxConcurrentCases: v.maxConcurrentCases, hoursPerMonth: v.hoursPerMonth })} errors={form.errors} />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.common.saving : t.common.save}
        </Button>
      </form>
      <Notice text={saved.notice} />
    </>
  );
}
