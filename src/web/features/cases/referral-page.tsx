import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { CASE_TYPES, REFERRAL_SOURCES, URGENCIES, type CaseType, type ReferralSource, type Urgency } from '../../../domain/cases/case-vocabulary.js';
import { referCase, type PartyInput, type ReferralInput } from '../../api/cases.js';
import { ApiError } from '../../api/problem.js';
import type { MemberMunicipality } from '../../api/types.js';
import { useAnnounce } from '../../app/announcer.js';
import { useCurrentSession } from '../../app/session.js';
import { useMayOpen } from '../../app/require-auth.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField, SelectField, TextField } from '../../components/form-field.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { looksLikeEmail, useForm, type FieldErrors } from '../../hooks/use-form.js';
import { describeInvalidParam } from '../../i18n/describe-error.js';
import { isIsoDay } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { localiseCaseError } from './case-errors.js';
import { todayInAmsterdam } from '../../../domain/calendar/iso-date.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { PartyFieldset } from './party-fieldset.js';
import { languageOptions, MAX_PARTIES, PHONE_PATTERN, REFERRAL_FIELD_IDS, partyFieldId, type PartyDraft } from './referral-fields.js';
import { useMemberMunicipalities } from './use-member-municipalities.js';
import './cases.css';

export interface CaseLocationState {
  /** A confirmation to show on the page navigated to, e.g. "Zaak MP-2026-0001 is aangemeld." */
  notice?: string;
}

let nextPartyKey = 1;
const emptyParty = (): PartyDraft => ({
  key: nextPartyKey++,
  role: '',
  name: '',
  organisation: '',
  municipalityId: '',
  department: '',
  email: '',
  phone: '',
  informed: '',
});


export function ReferralPage() {
  const { t } = useI18n();
  const { user } = useCurrentSession();
  const choosesMunicipality = useMayOpen()('cases.referAny');
  const municipalities = useMemberMunicipalities();

  let body;
  if (municipalities.loading && !municipalities.data) body = <Loading />;
  else if (municipalities.error !== undefined || !municipalities.data) {
    body = (
      <LoadFailed error={municipalities.error} onRetry={municipalities.reload} />
    );
  } else if (!choosesMunicipality && !user.municipalityId) {
    body = (
      <Alert type="warning">
        <p className="utrecht-paragraph">{t.cases.referral.noOwnMunicipality}</p>
      </Alert>
    );
  } else {
    body = <ReferralForm municipalities={municipalities.data} />;
  }

  return (
    <Page title={t.cases.referral.title}>
      <Paragraph>
        <AppLink to="/zaken">
          <span aria-hidden="true">‹ </span>
          {t.cases.referral.backToList}
        </AppLink>
      </Paragraph>
      <Paragraph lead>{t.cases.referral.intro}</Paragraph>
      {body}
    </Page>
  );
}

function ReferralForm({ municipalities }: { municipalities: MemberMunicipality[] }) {
  const { t, locale } = useI18n();
  const r = t.cases.referral;
  const { user } = useCurrentSession();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const choosesMunicipality = useMayOpen()('cases.referAny');
  const form = useForm<string>('referral', REFERRAL_FIELD_IDS);
  const addRef = useRef<HTMLButtonElement>(null);

  const [municipalityId, setMunicipalityId] = useState(choosesMunicipality ? '' : (user.municipalityId ?? ''));
  const [caseType, setCaseType] = useState<CaseType | ''>('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [parties, setParties] = useState<PartyDraft[]>(() => [emptyParty(), emptyParty()]);
  const [referralSource, setReferralSource] = useState<ReferralSource | ''>('');
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [language, setLanguage] = useState('nl');
  const [external, setExternal] = useState(false);
  const [objectionWanted, setObjectionWanted] = useState(false);
  const [decisionSentOn, setDecisionSentOn] = useState('');
  const [advisoryCommittee, setAdvisoryCommittee] = useState(false);

  // Objections belong to conflicts between a resident and the municipality; other types ask first.
  const objectionByType = caseType === 'citizen_government';
  const objectionShown = objectionByType || objectionWanted;
  const ownMunicipality = municipalities.find((m) => m.id === user.municipalityId)?.name ?? user.municipalityName ?? '';

  const addParty = () => {
    if (parties.length >= MAX_PARTIES) return;
    const index = parties.length;
    setParties((old) => [...old, emptyParty()]);
    announce(r.partyAdded(index + 1));
    // The new party's first field, once it is rendered.
    requestAnimationFrame(() => document.getElementById(partyFieldId(index, 'role'))?.focus());
  };

  const removeParty = (index: number) => {
    setParties((old) => old.filter((_, i) => i !== index));
    announce(r.partyRemoved(index + 1));
    addRef.current?.focus();
  };

  const validate = (): FieldErrors<string> => {
    const errors: FieldErrors<string> = {};
    const m = r.errors;
    if (!municipalityId) errors.requestingMunicipalityId = m.municipality;
    if (!caseType) errors.caseType = m.caseType;
    if (!title.trim()) errors.title = m.title;
    if (!description.trim()) errors.description = m.description;
    parties.forEach((p, i) => {
      if (!p.role) errors[`parties/${i}/role`] = m.partyRole(i + 1);
      if (!p.name.trim()) errors[`parties/${i}/name`] = m.partyName(i + 1);
      if (p.email.trim() && !looksLikeEmail(p.email)) errors[`parties/${i}/email`] = m.partyEmail(i + 1);
      if (!PHONE_PATTERN.test(p.phone)) errors[`parties/${i}/phone`] = m.partyPhone(i + 1);
      if (!p.informed) errors[`parties/${i}/informed`] = m.partyInformed(i + 1);
    });
    if (!referralSource) errors.referralSource = m.source;
    if (objectionShown) {
      if (!decisionSentOn && !objectionByType) errors['objection/decisionSentOn'] = m.decisionSentOn;
      else if (decisionSentOn && !isIsoDay(decisionSentOn)) errors['objection/decisionSentOn'] = m.decisionSentOnInvalid;
      else if (decisionSentOn && decisionSentOn > todayInAmsterdam()) errors['objection/decisionSentOn'] = m.decisionSentOnFuture;
    }
    return errors;
  };

  /** The label of the field an API error names, so "Dit veld is verplicht." says which field. */
  const fieldLabel = (name: string): string | undefined => {
    const party = /^parties\/(\d+)\/(\w+)$/.exec(name);
    if (party) {
      const labels: Record<string, string> = {
        role: r.role,
        name: r.name,
        organisation: r.organisation,
        municipalityId: r.partyMunicipality,
        department: r.department,
        email: r.email,
        phone: r.phone,
        informed: r.informed,
      };
      const label = labels[party[2]!];
      return label ? r.errors.partyField(Number(party[1]) + 1, label.replace(/\s*\(.*\)$/, '')) : undefined;
    }
    const labels: Record<string, string> = {
      requestingMunicipalityId: r.municipality,
      caseType: r.caseType,
      title: r.shortTitle,
      description: r.description,
      referralSource: r.referralSource,
      urgency: r.urgency,
      preferredLanguage: r.language,
      'objection/decisionSentOn': r.decisionSentOn,
      'objection/advisoryCommittee': r.advisoryCommittee,
    };
    return labels[name];
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = validate();
    if (Object.keys(errors).length > 0) return form.fail(errors);

    const orNull = (v: string) => v.trim() || null;
    const input: ReferralInput = {
      requestingMunicipalityId: municipalityId,
      caseType: caseType as CaseType,
      title: title.trim(),
      description: description.trim(),
      parties: parties.map(
        (p): PartyInput => ({
          role: p.role as PartyInput['role'],
          name: p.name.trim(),
          organisation: orNull(p.organisation),
          municipalityId: p.municipalityId || null,
          department: orNull(p.department),
          email: orNull(p.email),
          phone: orNull(p.phone),
          informed: p.informed === 'yes',
        }),
      ),
      referralSource: referralSource as ReferralSource,
      urgency,
      preferredLanguage: language,
      wantsExternalMediator: external,
      ...(objectionShown && decisionSentOn ? { objection: { decisionSentOn, advisoryCommittee } } : {}),
    };
    await form.submit(async () => {
      try {
        const created = await referCase(input);
        void navigate(`/zaken/${created.id}`, { state: { notice: r.referred(created.number) } satisfies CaseLocationState });
      } catch (raw) {
        const err = localiseCaseError(raw, t, locale);
        if (!(err instanceof ApiError) || err.invalidParams.length === 0) throw err;
        // Field problems from the server name their field, so the summary says which one.
        const fieldErrors: FieldErrors<string> = {};
        const messages: string[] = [];
        for (const p of err.invalidParams) {
          const reason = describeInvalidParam(p, t, locale);
          const label = fieldLabel(p.name);
          const text = label ? r.errors.withField(label, reason) : reason;
          if (p.name in REFERRAL_FIELD_IDS && !fieldErrors[p.name]) fieldErrors[p.name] = text;
          else messages.push(text);
        }
        form.fail(fieldErrors, messages);
      }
    });
  };

  return (
    <>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form mp-referral-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <section className="mp-form-section" aria-labelledby="referral-case-title">
          <Heading level={2} id="referral-case-title">
            {r.caseHeading}
          </Heading>
          {choosesMunicipality ? (
            <SelectField
              id="referral-municipality"
              name="requestingMunicipalityId"
              label={r.municipality}
              hint={r.municipalityHint}
              required
              value={municipalityId}
              error={form.errors.requestingMunicipalityId}
              onChange={(e) => setMunicipalityId(e.target.value)}
            >
              <option value="">{r.chooseMunicipality}</option>
              {municipalities.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </SelectField>
          ) : (
            <TextField
              id="referral-municipality"
              label={r.municipality}
              hint={r.municipalityFixed}
              value={ownMunicipality}
              readOnly
              error={form.errors.requestingMunicipalityId}
              width="md"
            />
          )}
          <RadioGroup
            id="referral-type"
            name="caseType"
            legend={r.caseType}
            options={CASE_TYPES.map((c) => ({ value: c, label: t.cases.caseTypes[c] }))}
            value={caseType}
            error={form.errors.caseType}
            onChange={setCaseType}
          />
          <TextField
            id="referral-title"
            name="title"
            label={r.shortTitle}
            hint={r.titleHint}
            required
            maxLength={200}
            autoComplete="off"
            value={title}
            error={form.errors.title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <TextAreaField
            id="referral-description"
            name="description"
            label={r.description}
            hint={r.descriptionHint}
            required
            maxLength={20000}
            rows={6}
            value={description}
            error={form.errors.description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </section>

        <section className="mp-form-section" aria-labelledby="referral-parties-title">
          <Heading level={2} id="referral-parties-title">
            {r.partiesHeading}
          </Heading>
          <Paragraph>{r.partiesIntro}</Paragraph>
          {parties.map((p, i) => (
            <PartyFieldset
              key={p.key}
              index={i}
              party={p}
              municipalities={municipalities}
              errors={form.errors}
              canRemove={parties.length > 1}
              onChange={(next) => setParties((old) => old.map((x) => (x.key === p.key ? next : x)))}
              onRemove={() => removeParty(i)}
            />
          ))}
          {parties.length < MAX_PARTIES ? (
            <Button ref={addRef} appearance="secondary" onClick={addParty}>
              <span aria-hidden="true">+ </span>
              {r.addParty}
            </Button>
          ) : (
            <Paragraph className="mp-muted">{r.maxParties(MAX_PARTIES)}</Paragraph>
          )}
        </section>

        <section className="mp-form-section" aria-labelledby="referral-details-title">
          <Heading level={2} id="referral-details-title">
            {r.referralHeading}
          </Heading>
          <SelectField
            id="referral-source"
            name="referralSource"
            label={r.referralSource}
            required
            value={referralSource}
            error={form.errors.referralSource}
            onChange={(e) => setReferralSource(e.target.value as ReferralSource | '')}
          >
            <option value="">{r.chooseSource}</option>
            {REFERRAL_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t.cases.referralSources[s]}
              </option>
            ))}
          </SelectField>
          <RadioGroup
            id="referral-urgency"
            name="urgency"
            legend={r.urgency}
            inline
            options={URGENCIES.map((u) => ({ value: u, label: t.cases.urgencies[u] }))}
            value={urgency}
            error={form.errors.urgency}
            onChange={setUrgency}
          />
          <SelectField id="referral-language" name="preferredLanguage" label={r.language} value={language} error={form.errors.preferredLanguage} onChange={(e) => setLanguage(e.target.value)}>
            {languageOptions(locale).map((l) => (
              <option key={l.code} value={l.code}>
                {l.label}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            id="referral-external"
            label={r.externalMediator}
            hint={r.externalMediatorHint}
            checked={external}
            error={form.errors.wantsExternalMediator}
            onChange={(e) => setExternal(e.target.checked)}
          />
          {!objectionByType && (
            <CheckboxField
              id="referral-objection-toggle"
              label={r.objectionToggle}
              hint={r.objectionToggleHint}
              checked={objectionWanted}
              onChange={(e) => setObjectionWanted(e.target.checked)}
            />
          )}
          <div id="referral-objection">
            {objectionShown && (
              <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset mp-objection-fieldset" aria-describedby="referral-objection-intro">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{r.objectionHeading}</legend>
                <Paragraph id="referral-objection-intro" className="mp-muted">
                  {r.objectionIntro}
                  {objectionByType ? ` ${r.objectionOptional}` : ''}
                </Paragraph>
                <TextField
                  id="referral-objection-sent"
                  type="date"
                  label={r.decisionSentOn}
                  required={!objectionByType}
                  max={todayInAmsterdam()}
                  value={decisionSentOn}
                  error={form.errors['objection/decisionSentOn']}
                  onChange={(e) => setDecisionSentOn(e.target.value)}
                  width="sm"
                />
                <CheckboxField
                  id="referral-objection-committee"
                  label={r.advisoryCommittee}
                  hint={r.advisoryCommitteeHint}
                  checked={advisoryCommittee}
                  error={form.errors['objection/advisoryCommittee']}
                  onChange={(e) => setAdvisoryCommittee(e.target.checked)}
                />
              </fieldset>
            )}
          </div>
        </section>

        <div className="mp-button-row">
          <Button type="submit" appearance="primary" busy={form.busy}>
            {form.busy ? r.submitting : r.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
