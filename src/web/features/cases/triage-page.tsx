import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { CONTRA_INDICATIONS, type ContraIndication } from '../../../domain/cases/contra-indications.js';
import { isPoolRoute, ROUTES_NEEDING_DESTINATION, statusAfterTriage, TRIAGE_ROUTES, type TriageRoute } from '../../../domain/cases/triage-routes.js';
import { getCase, triageCase, type CaseDetail } from '../../api/cases.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { DataList } from '../../components/data-list.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxGroup, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { useForm, type FieldErrors } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { isNotFound, localiseCaseError } from './case-errors.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextAreaField } from '../../components/textarea-field.js';
import type { CaseLocationState } from './referral-page.js';
import './cases.css';

type Field = 'contraIndications' | 'route' | 'destination' | 'reason' | 'justification';
const FIELD_IDS: Record<Field, string> = {
  contraIndications: 'triage-contra',
  route: 'triage-route',
  destination: 'triage-destination',
  reason: 'triage-reason',
  justification: 'triage-justification',
};

/** The coordinator's triage of a case in status triage: checklist, route and reasons. */
export function TriagePage() {
  const { t, locale } = useI18n();
  const { caseId = '' } = useParams();
  const detail = useQuery((signal) => getCase(caseId, signal, 'triage'), [caseId]);
  const c = detail.data;

  if (isNotFound(detail.error)) {
    return (
      <Page title={t.errors.notFoundTitle}>
        <Paragraph lead>{t.errors.notFound}</Paragraph>
        <Paragraph>
          <AppLink to="/zaken">{t.cases.detail.backToList}</AppLink>
        </Paragraph>
      </Page>
    );
  }
  if (!c) {
    return (
      <Page title={t.cases.list.title}>
        {detail.error !== undefined ? (
          <Alert type="error" heading={t.cases.detail.loadFailed}>
            <p className="utrecht-paragraph">{describeError(detail.error, t, locale)}</p>
            <Button onClick={detail.reload}>{t.common.retry}</Button>
          </Alert>
        ) : (
          <Loading />
        )}
      </Page>
    );
  }

  return (
    <Page title={t.cases.triage.title(c.number)} heading={t.cases.triage.heading(c.number)}>
      <Paragraph>
        <AppLink to={`/zaken/${c.id}`}>
          <span aria-hidden="true">‹ </span>
          {t.cases.triage.backToCase}
        </AppLink>
      </Paragraph>
      {c.status !== 'triage' ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t.cases.triage.notInTriage(t.cases.statuses[c.status])}</p>
          {c.status === 'registered' && <p className="utrecht-paragraph">{t.cases.triage.startFirst}</p>}
        </Alert>
      ) : (
        <>
          <Paragraph lead>{t.cases.triage.intro}</Paragraph>
          <ReferralSummary c={c} />
          <TriageForm c={c} />
        </>
      )}
    </Page>
  );
}

/** What the coordinator weighs: the referral as it came in. */
function ReferralSummary({ c }: { c: CaseDetail }) {
  const { t, date } = useI18n();
  const d = t.cases.detail;
  const conf = c.confidential;
  return (
    <Section id="triage-case" title={t.cases.triage.caseHeading}>
      <DataList
        items={[
          { key: 'title', label: t.cases.referral.shortTitle, value: c.title },
          { key: 'type', label: d.caseType, value: t.cases.caseTypes[c.caseType] },
          { key: 'municipality', label: d.municipality, value: c.requestingMunicipality.name },
          { key: 'urgency', label: d.urgency, value: t.cases.urgencies[c.urgency] },
          { key: 'referred', label: d.referredOn, value: date(c.referredOn) },
          ...(conf
            ? [
                { key: 'description', label: d.description, value: <span className="mp-prewrap">{conf.description}</span> },
                { key: 'parties', label: d.partiesHeading, value: conf.parties.map((p) => `${p.name} (${t.cases.partyRoles[p.role]})`).join(', ') },
                { key: 'external', label: d.externalMediator, value: conf.wantsExternalMediator ? t.common.yes : t.common.no },
              ]
            : []),
        ]}
      />
    </Section>
  );
}

/**
 * The triage decision. On the case page (`onDone` given) it sits under the summary, so the
 * coordinator triages where the referral is shown and sees the candidates appear on the same page;
 * the triage page (without `onDone`) returns to the case page with the notice.
 */
export function TriageForm({ c, onDone }: { c: CaseDetail; onDone?(notice: string): void }) {
  const { t, locale } = useI18n();
  const tr = t.cases.triage;
  const navigate = useNavigate();
  const form = useForm<Field>('triage', FIELD_IDS);
  const [contra, setContra] = useState<ContraIndication[]>([]);
  const [route, setRoute] = useState<TriageRoute | ''>('');
  const [destination, setDestination] = useState('');
  const [reason, setReason] = useState('');
  const [justification, setJustification] = useState('');

  const pool = route !== '' && isPoolRoute(route);
  const needsDestination = route !== '' && ROUTES_NEEDING_DESTINATION.includes(route);
  const needsReason = route !== '' && !pool;
  const needsJustification = pool && contra.length > 0;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (!route) errors.route = tr.routeRequired;
    if (needsDestination && !destination.trim()) errors.destination = tr.destinationRequired;
    if (needsReason && !reason.trim()) errors.reason = tr.reasonRequired;
    if (needsJustification && !justification.trim()) errors.justification = tr.justificationRequired;
    if (Object.keys(errors).length > 0 || !route) return form.fail(errors);

    await form.submit(async () => {
      try {
        await triageCase(c.id, {
          route,
          contraIndications: contra,
          destination: needsDestination ? destination.trim() : null,
          reason: reason.trim() || null,
          justification: needsJustification ? justification.trim() : null,
        });
      } catch (err) {
        throw localiseCaseError(err, t, locale);
      }
      const notice = tr.done(t.cases.routes[route] ?? route, t.cases.statuses[statusAfterTriage(route)]);
      if (onDone) return onDone(notice);
      const state: CaseLocationState = { notice };
      void navigate(`/zaken/${c.id}`, { state });
    });
  };

  return (
    <Section id="triage-decision" title={tr.decisionHeading}>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form mp-triage-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <CheckboxGroup
          id="triage-contra"
          legend={tr.contraLegend}
          hint={tr.contraHint}
          options={CONTRA_INDICATIONS.map((ci) => ({ value: ci, label: t.cases.contraIndications[ci] }))}
          value={contra}
          error={form.errors.contraIndications}
          onChange={setContra}
        />
        <RadioGroup
          id="triage-route"
          name="route"
          legend={tr.routeLegend}
          hint={tr.routeHint}
          options={TRIAGE_ROUTES.map((r) => ({ value: r, label: t.cases.routes[r] ?? r, hint: t.cases.routeHints[r] }))}
          value={route}
          error={form.errors.route}
          onChange={setRoute}
        />
        {needsDestination && (
          <TextField
            id="triage-destination"
            label={tr.destination}
            hint={tr.destinationHint}
            required
            maxLength={200}
            autoComplete="off"
            value={destination}
            error={form.errors.destination}
            onChange={(e) => setDestination(e.target.value)}
          />
        )}
        {needsJustification && (
          <TextAreaField
            id="triage-justification"
            label={tr.justification}
            hint={tr.justificationHint}
            required
            maxLength={2000}
            rows={3}
            value={justification}
            error={form.errors.justification}
            onChange={(e) => setJustification(e.target.value)}
          />
        )}
        <TextAreaField
          id="triage-reason"
          label={needsReason ? tr.reason : tr.reasonOptional}
          hint={tr.reasonHint}
          required={needsReason}
          maxLength={2000}
          rows={3}
          value={reason}
          error={form.errors.reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? tr.submitting : tr.submit}
        </Button>
      </form>
    </Section>
  );
}
