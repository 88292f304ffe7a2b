import { useState, type FormEvent } from 'react';
import type { PoolPublicPage } from '../../../contract/directory.js';
import { containsMarkup, POOL_TEXT_MAX } from '../../../domain/directory/pool-text.js';
import { getPoolPublicPage, updatePoolPublicPage } from '../../api/directory.js';
import { ApiError } from '../../api/problem.js';
import { useActionNotice } from '../../components/action-notice.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { DataList } from '../../components/data-list.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { looksLikeEmail, useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { directoryPoolPath } from '../../app/route-paths.js';
import './directory.css';

type Field = 'description' | 'howToAsk' | 'contactEmail' | 'contactPhone';

const looksLikePhone = (v: string) => /^[0-9+() -]{6,40}$/.test(v);

/**
 * The pool's administrator keeps the pool's public page in the directory: what the pool does, how
 * to ask for mediation and the public contact (the settings' contact for questions). Coordinators
 * and finance see it read-only. A save by someone else in between is refused by the server (409)
 * and shown in the form; after saving, a link leads to the public page.
 */
export function PoolTextPage() {
  const { t } = useI18n();
  const d = t.directory;
  const page = useQuery((signal) => getPoolPublicPage(signal), []);
  const [current, setCurrent] = useState<PoolPublicPage | null>(null);
  const shown = current ?? page.data;
  const notice = useActionNotice();

  return (
    <Page title={d.textTitle}>
      {shown && <Paragraph lead>{d.textIntro(shown.poolName)}</Paragraph>}
      {notice.node}
      {page.loading && !shown && <Loading />}
      {page.error !== undefined && !shown && <LoadFailed error={page.error} onRetry={page.reload} />}
      {shown && (
        <>
          <Paragraph>
            <AppLink to={directoryPoolPath({ id: shown.poolId })}>{d.viewPublicPage}</AppLink>
          </Paragraph>
          {shown.allowedActions.includes('edit-pool-text') ? (
            <>
              <PoolTextForm
                key={shown.version}
                page={shown}
                onSaved={(saved, changed) => {
                  setCurrent(saved);
                  notice.show(changed ? d.textSaved : d.textNotChanged, { focus: true });
                }}
              />
            </>
          ) : (
            <>
              <Paragraph>{d.textReadOnly}</Paragraph>
              <DataList
                items={[
                  { key: 'description', label: d.textDescription, value: shown.description || d.textEmpty },
                  { key: 'how', label: d.howToAskHeading, value: shown.howToAsk || d.textEmpty },
                  { key: 'contact', label: d.textContactLegend, value: [shown.contactEmail, shown.contactPhone].filter(Boolean).join(' · ') || d.textEmpty },
                ]}
              />
            </>
          )}
        </>
      )}
    </Page>
  );
}

function PoolTextForm({ page, onSaved }: { page: PoolPublicPage; onSaved(saved: PoolPublicPage, changed: boolean): void }) {
  const { t, dateTime } = useI18n();
  const d = t.directory;
  const [description, setDescription] = useState(page.description);
  const [howToAsk, setHowToAsk] = useState(page.howToAsk);
  const [contactEmail, setContactEmail] = useState(page.contactEmail ?? '');
  const [contactPhone, setContactPhone] = useState(page.contactPhone ?? '');
  const [stale, setStale] = useState(false);
  const form = useForm<Field>('openbare-pagina', {
    description: 'openbare-pagina-beschrijving',
    howToAsk: 'openbare-pagina-aanvragen',
    contactEmail: 'openbare-pagina-email',
    contactPhone: 'openbare-pagina-telefoon',
  });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (!description.trim()) errors.description = t.form.requiredField;
    else if (containsMarkup(description)) errors.description = d.textMarkup;
    else if (description.trim().length > POOL_TEXT_MAX.description) errors.description = d.textTooLong(POOL_TEXT_MAX.description);
    if (containsMarkup(howToAsk)) errors.howToAsk = d.textMarkup;
    else if (howToAsk.trim().length > POOL_TEXT_MAX.howToAsk) errors.howToAsk = d.textTooLong(POOL_TEXT_MAX.howToAsk);
    if (contactEmail.trim() && !looksLikeEmail(contactEmail)) errors.contactEmail = t.form.invalidEmail;
    if (contactPhone.trim() && !looksLikePhone(contactPhone.trim())) errors.contactPhone = d.textPhoneInvalid;
    if (Object.keys(errors).length > 0) return form.fail(errors);
    setStale(false);
    await form.submit(async () => {
      try {
        const saved = await updatePoolPublicPage({
          version: page.version,
          description,
          howToAsk,
          contactEmail: contactEmail.trim() || null,
          contactPhone: contactPhone.trim() || null,
        });
        onSaved(saved, saved.version !== page.version);
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) setStale(true);
        throw err;
      }
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      {stale && (
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href={window.location.pathname}>
            {d.reload}
          </a>
        </Paragraph>
      )}
      {page.updatedAt && <Paragraph className="mp-muted">{d.textLastSaved(dateTime(page.updatedAt))}</Paragraph>}
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextAreaField
          id="openbare-pagina-beschrijving"
          label={d.textDescription}
          hint={`${d.textDescriptionHint} ${d.characters(description.trim().length, POOL_TEXT_MAX.description)}`}
          required
          rows={6}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={form.errors.description}
        />
        <TextAreaField
          id="openbare-pagina-aanvragen"
          label={d.textHowToAsk}
          hint={`${d.textHowToAskHint} ${d.characters(howToAsk.trim().length, POOL_TEXT_MAX.howToAsk)}`}
          rows={6}
          value={howToAsk}
          onChange={(e) => setHowToAsk(e.target.value)}
          error={form.errors.howToAsk}
        />
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset" aria-describedby="openbare-pagina-contact-hint">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{d.textContactLegend}</legend>
          <p id="openbare-pagina-contact-hint" className="utrecht-form-field-description">
            {d.textContactHint}
          </p>
          <TextField id="openbare-pagina-email" type="email" label={d.textEmail} autoComplete="off" maxLength={254} value={contactEmail} onChange={(e) => setContactEmail(e.target.value)} error={form.errors.contactEmail} />
          <TextField id="openbare-pagina-telefoon" type="tel" label={d.textPhone} autoComplete="off" maxLength={40} value={contactPhone} onChange={(e) => setContactPhone(e.target.value)} error={form.errors.contactPhone} />
        </fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={form.busy}>
            {form.busy ? d.saving : d.save}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
