import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ASKER_ROLES, CONFLICT_PARTIES, FRONT_DOOR_CONTRA_INDICATIONS, TRIED_STEPS, type AskerRole, type ConflictParty, type FrontDoorContraIndication, type TriedStep } from '../../../domain/front-door/questionnaire.js';
import type { AdviceInput, FrontDoorMunicipalityList } from '../../api/front-door.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxGroup, SelectField, TextField } from '../../components/form-field.js';
import { RadioGroup } from '../../components/radio-group.js';
import { useI18n } from '../../i18n/i18n.js';

export interface Answers {
  askerRole: AskerRole | '';
  conflictWith: ConflictParty | '';
  aboutDecision: 'yes' | 'no' | '';
  decisionDate: string;
  tried: TriedStep[];
  contraIndications: FrontDoorContraIndication[];
  municipalityCode: string;
}

export const NO_MUNICIPALITY = 'none';
export const emptyAnswers: Answers = { askerRole: '', conflictWith: '', aboutDecision: '', decisionDate: '', tried: [], contraIndications: [], municipalityCode: '' };

type Field = 'askerRole' | 'conflictWith' | 'aboutDecision' | 'decisionDate' | 'municipalityCode';

/** The questionnaire as one short form with a fieldset per question; a failed submit shows an error summary. */
export function Questionnaire({
  answers,
  onChange,
  municipalities,
  onSubmit,
  busy,
  serverErrors,
}: {
  answers: Answers;
  onChange(next: Answers): void;
  municipalities: FrontDoorMunicipalityList | undefined;
  onSubmit(input: AdviceInput): Promise<void>;
  busy: boolean;
  serverErrors: Partial<Record<Field, string>>;
}) {
  const { t } = useI18n();
  const f = t.frontDoor;
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (Object.keys(serverErrors).length > 0) {
      setErrors(serverErrors);
      setAttempt((n) => n + 1);
    }
  }, [serverErrors]);

  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => onChange({ ...answers, [key]: value });
  const government = answers.conflictWith === 'municipality_government';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Partial<Record<Field, string>> = {};
    if (!answers.askerRole) next.askerRole = f.required;
    if (!answers.conflictWith) next.conflictWith = f.required;
    if (government && !answers.aboutDecision) next.aboutDecision = f.required;
    if (!answers.municipalityCode) next.municipalityCode = f.required;
    setErrors(next);
    if (Object.keys(next).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    await onSubmit({
      askerRole: answers.askerRole as AskerRole,
      conflictWith: answers.conflictWith as ConflictParty,
      tried: answers.tried,
      contraIndications: answers.contraIndications,
      municipalityCode: answers.municipalityCode === NO_MUNICIPALITY ? null : answers.municipalityCode,
      aboutDecision: government && answers.aboutDecision === 'yes',
      decisionDate: government && answers.aboutDecision === 'yes' && answers.decisionDate ? answers.decisionDate : null,
    });
  };

  const labels: Record<Field, string> = {
    askerRole: f.askerRole.legend,
    conflictWith: f.conflictWith.legend,
    aboutDecision: f.aboutDecision.legend,
    decisionDate: f.decisionDate.label,
    municipalityCode: f.municipality.label,
  };
  const fieldIds: Record<Field, string> = {
    askerRole: 'fd-asker-role',
    conflictWith: 'fd-conflict-with',
    aboutDecision: 'fd-about-decision',
    decisionDate: 'fd-decision-date',
    municipalityCode: 'fd-municipality',
  };
  const summary = (Object.keys(fieldIds) as Field[]).filter((k) => errors[k]).map((k) => ({ fieldId: fieldIds[k], message: `${labels[k]} ${errors[k]}` }));

  return (
    <form id="front-door-questions" className="mp-form" noValidate onSubmit={(e) => void submit(e)}>
      {summary.length > 0 && <ErrorSummary id="front-door-questions-summary" ref={summaryRef} heading={f.questionsSummary} items={summary} />}
      <RadioGroup
        id={fieldIds.askerRole}
        name="askerRole"
        legend={f.askerRole.legend}
        error={errors.askerRole}
        value={answers.askerRole}
        onChange={(v) => set('askerRole', v)}
        options={ASKER_ROLES.map((r) => ({ value: r, label: f.askerRole.options[r] }))}
      />
      <RadioGroup
        id={fieldIds.conflictWith}
        name="conflictWith"
        legend={f.conflictWith.legend}
        error={errors.conflictWith}
        value={answers.conflictWith}
        onChange={(v) => set('conflictWith', v)}
        options={CONFLICT_PARTIES.map((p) => ({ value: p, label: f.conflictWith.options[p], hint: f.conflictWith.hints[p] }))}
      />
      {government && (
        <>
          <RadioGroup
            id={fieldIds.aboutDecision}
            name="aboutDecision"
            legend={f.aboutDecision.legend}
            error={errors.aboutDecision}
            inline
            value={answers.aboutDecision}
            onChange={(v) => set('aboutDecision', v)}
            options={[
              { value: 'yes', label: f.aboutDecision.yes },
              { value: 'no', label: f.aboutDecision.no },
            ]}
          />
          {answers.aboutDecision === 'yes' && (
            <TextField
              id={fieldIds.decisionDate}
              type="date"
              width="sm"
              label={f.decisionDate.label}
              hint={f.decisionDate.hint}
              error={errors.decisionDate}
              value={answers.decisionDate}
              onChange={(e) => set('decisionDate', e.target.value)}
            />
          )}
        </>
      )}
      <CheckboxGroup
        id="fd-tried"
        legend={f.tried.legend}
        hint={f.tried.hint}
        value={answers.tried}
        onChange={(v) => set('tried', v)}
        options={TRIED_STEPS.map((s) => ({ value: s, label: f.tried.options[s] }))}
      />
      <CheckboxGroup
        id="fd-contra"
        legend={f.contra.legend}
        hint={f.contra.hint}
        value={answers.contraIndications}
        onChange={(v) => set('contraIndications', v)}
        options={FRONT_DOOR_CONTRA_INDICATIONS.map((c) => ({ value: c, label: f.contra.options[c] }))}
      />
      <SelectField
        id={fieldIds.municipalityCode}
        label={f.municipality.label}
        hint={municipalities ? f.municipality.hint : f.municipality.loading}
        error={errors.municipalityCode}
        required
        autoComplete="address-level2"
        value={answers.municipalityCode}
        onChange={(e) => set('municipalityCode', e.target.value)}
      >
        <option value="">{f.municipality.choose}</option>
        {municipalities?.items.map((m) => (
          <option key={m.code} value={m.code}>
            {m.name}
          </option>
        ))}
        <option value={NO_MUNICIPALITY}>{f.municipality.none}</option>
      </SelectField>
      <Button type="submit" appearance="primary" busy={busy}>
        {f.showAdvice}
      </Button>
    </form>
  );
}
