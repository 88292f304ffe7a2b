import { useState, type FormEvent } from 'react';
import { AGREEMENTS_KEPT, getOutcome, OUTCOMES, recordAftercare, recordOutcome, type AgreementsKept, type CaseOutcome, type Outcome, type OutcomeAction } from '../../api/outcomes.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { DataList } from '../../components/data-list.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { SurveyInvitationPanel } from './survey-invitation-panel.js';

type YesNo = 'yes' | 'no';
const toYesNo = (v: boolean | null | undefined): YesNo | '' => (v === true ? 'yes' : v === false ? 'no' : '');

/**
 * The outcome of a case (recorded while in progress, needed to conclude) and its aftercare (were
 * the agreements kept, after which the case closes). For the case's mediators and the coordinator.
 */
export function OutcomeSection({ caseId, status, onSaved }: { caseId: string; status: string; onSaved(): void }) {
  // Nothing to record before the mediation runs, and no outcome to read (each read is audited).
  if (!SHOWN_IN.includes(status)) return null;
  return <OutcomeBody caseId={caseId} status={status} onSaved={onSaved} />;
}

const SHOWN_IN = ['in_progress', 'concluded', 'aftercare', 'closed'];

function OutcomeBody({ caseId, status, onSaved }: { caseId: string; status: string; onSaved(): void }) {
  const { t } = useI18n();
  const o = t.outcomes;
  const outcome = useQuery((signal) => getOutcome(caseId, signal), [caseId, status]);
  const saved = useNotice();
  const done = (message: string) => {
    saved.show(message);
    outcome.reload();
    onSaved();
  };
  const data = outcome.data;
  // What the server lets this person do now (state-aware: the aftercare check on a concluded case,
  // the survey once the mediation is concluded).
  const may = (action: OutcomeAction) => data?.allowedActions.includes(action) ?? false;
  const aftercareOpen = data?.aftercare && data.aftercare.agreementsKept === null && may('record-aftercare');

  return (
    <Section id="case-outcome" title={o.title}>
      {outcome.loading && !data && <Loading />}
      {outcome.error !== undefined && (
        <LoadFailed error={outcome.error} onRetry={outcome.reload} />
      )}
      {saved.notice && (
        <Alert type="ok">
          <p className="utrecht-paragraph">{saved.notice}</p>
        </Alert>
      )}
      {data && <OutcomeFacts data={data} />}
      {data && status === 'in_progress' && may('record-outcome') && <OutcomeForm caseId={caseId} current={data} onSaved={() => done(o.form.saved)} />}
      {data && aftercareOpen && <AftercareForm caseId={caseId} dueOn={data.aftercare?.dueOn ?? null} onSaved={() => done(o.aftercare.saved)} />}
      {data && (may('invite-survey') || may('resend-survey')) && <SurveyInvitationPanel caseId={caseId} survey={data.survey} onSent={outcome.reload} />}
    </Section>
  );
}

function OutcomeFacts({ data }: { data: CaseOutcome }) {
  const { t, date } = useI18n();
  const o = t.outcomes;
  if (!data.outcome) return <Paragraph>{o.none}</Paragraph>;
  const yesNo = (v: boolean | null) => (v === null ? t.common.none : v ? t.common.yes : t.common.no);
  return (
    <DataList
      items={[
        { key: 'outcome', label: o.recorded.outcome, value: o.outcomes[data.outcome] },
        { key: 'written', label: o.recorded.written, value: yesNo(data.writtenAgreement) },
        { key: 'share', label: o.recorded.share, value: yesNo(data.shareWithReferrer) },
        ...(data.sessionsHeld !== null ? [{ key: 'sessions', label: o.recorded.sessions, value: String(data.sessionsHeld) }] : []),
        ...(data.minutesApproved !== null ? [{ key: 'minutes', label: o.recorded.minutes, value: String(data.minutesApproved) }] : []),
        ...(data.aftercare?.dueOn ? [{ key: 'due', label: o.recorded.aftercareDue, value: date(data.aftercare.dueOn) }] : []),
        ...(data.aftercare?.agreementsKept ? [{ key: 'kept', label: o.recorded.kept, value: o.kept[data.aftercare.agreementsKept] }] : []),
        ...(data.aftercare?.note ? [{ key: 'note', label: o.recorded.note, value: data.aftercare.note }] : []),
      ]}
    />
  );
}

function OutcomeForm({ caseId, current, onSaved }: { caseId: string; current: CaseOutcome; onSaved(): void }) {
  const { t } = useI18n();
  const f = t.outcomes.form;
  const [outcome, setOutcome] = useState<Outcome | ''>(current.outcome ?? '');
  const [written, setWritten] = useState<YesNo | ''>(toYesNo(current.writtenAgreement));
  const [share, setShare] = useState<YesNo | ''>(current.outcome ? toYesNo(current.shareWithReferrer) : '');
  const form = useForm<'outcome' | 'writtenAgreement' | 'shareWithReferrer'>('outcome-form', {
    outcome: 'outcome-category',
    writtenAgreement: 'outcome-written',
    shareWithReferrer: 'outcome-share',
  });
  const yesNo = [
    { value: 'yes' as const, label: t.common.yes },
    { value: 'no' as const, label: t.common.no },
  ];

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!outcome || !written || !share) {
      return form.fail({
        ...(!outcome ? { outcome: f.outcomeRequired } : {}),
        ...(!written ? { writtenAgreement: f.writtenRequired } : {}),
        ...(!share ? { shareWithReferrer: f.shareRequired } : {}),
      });
    }
    const ok = await form.submit(async () => {
      await recordOutcome(caseId, { outcome, writtenAgreement: written === 'yes', shareWithReferrer: share === 'yes' });
    });
    if (ok) onSaved();
  };

  return (
    <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="outcome-form-title">
      <h3 className="utrecht-heading-3" id="outcome-form-title">
        {f.heading}
      </h3>
      <Paragraph>{f.intro}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <RadioGroup id="outcome-category" name="outcome" legend={f.outcome} error={form.errors.outcome} options={OUTCOMES.map((v) => ({ value: v, label: t.outcomes.outcomes[v] }))} value={outcome} onChange={setOutcome} />
      <RadioGroup id="outcome-written" name="writtenAgreement" legend={f.written} error={form.errors.writtenAgreement} options={yesNo} value={written} onChange={setWritten} inline />
      <RadioGroup id="outcome-share" name="shareWithReferrer" legend={f.share} hint={f.shareHint} error={form.errors.shareWithReferrer} options={yesNo} value={share} onChange={setShare} inline />
      <Button type="submit" appearance="primary" busy={form.busy}>
        {f.submit}
      </Button>
    </form>
  );
}

function AftercareForm({ caseId, dueOn, onSaved }: { caseId: string; dueOn: string | null; onSaved(): void }) {
  const { t, date } = useI18n();
  const a = t.outcomes.aftercare;
  const [kept, setKept] = useState<AgreementsKept | ''>('');
  const [note, setNote] = useState('');
  const form = useForm<'agreementsKept' | 'note'>('aftercare-form', { agreementsKept: 'aftercare-kept', note: 'aftercare-note' });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!kept) return form.fail({ agreementsKept: a.keptRequired });
    const ok = await form.submit(async () => {
      await recordAftercare(caseId, { agreementsKept: kept, ...(note.trim() ? { note: note.trim() } : {}) });
    });
    if (ok) onSaved();
  };

  return (
    <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="aftercare-form-title">
      <h3 className="utrecht-heading-3" id="aftercare-form-title">
        {a.heading}
      </h3>
      {dueOn && <Paragraph>{a.intro(date(dueOn))}</Paragraph>}
      <ErrorSummary {...form.summaryProps} />
      <RadioGroup id="aftercare-kept" name="agreementsKept" legend={a.kept} error={form.errors.agreementsKept} options={AGREEMENTS_KEPT.map((v) => ({ value: v, label: t.outcomes.kept[v] }))} value={kept} onChange={setKept} inline />
      <TextAreaField id="aftercare-note" label={a.note} hint={a.noteHint} error={form.errors.note} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" appearance="primary" busy={form.busy}>
        {a.submit}
      </Button>
    </form>
  );
}
