import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { acceptProposal, declineProposal, getProposal, type Proposal } from '../../api/matching.js';
import { ApiError } from '../../api/problem.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { DataList } from '../../components/data-list.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { caseTypeLabel } from './task-list-page.js';
import './matching.css';
import { describeMatchingError } from './matching-errors.js';

/**
 * One proposal for the mediator: what they need to judge a conflict of interest (the case type,
 * the municipality, the parties and their organisations; never the description), and the answer:
 * accept with the declaration, or decline with a reason.
 */
export function TaskPage() {
  const { t, locale } = useI18n();
  const { proposalId = '' } = useParams();
  const proposal = useQuery((signal) => getProposal(proposalId, signal), [proposalId]);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const p = proposal.data;
  const notFound = proposal.error instanceof ApiError && proposal.error.status === 404;
  return (
    <Page title={p ? t.matching.task.title(p.caseNumber) : t.matching.tasks.title}>
      <Paragraph>
        <AppLink to="/taken">
          <span aria-hidden="true">‹ </span>
          {t.matching.task.back}
        </AppLink>
      </Paragraph>
      {/* After a decline the proposal is no longer the mediator's (404): the notice says what happened. */}
      {notFound && !done && <Paragraph lead>{t.errors.notFound}</Paragraph>}
      {proposal.error !== undefined && !notFound && (
        <Alert type="error" heading={t.matching.loadFailed}>
          <p className="utrecht-paragraph">{describeError(proposal.error, t, locale)}</p>
          <Button onClick={proposal.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!p && proposal.error === undefined && <Loading />}
      {done && (
        <Alert type="ok" ref={doneRef} tabIndex={-1} className="mp-notice">
          <p className="utrecht-paragraph">{done}</p>
        </Alert>
      )}
      {p && !notFound && <TaskView proposal={p} onAnswered={(message) => { setDone(message); proposal.reload(); }} />}
    </Page>
  );
}

function TaskView({ proposal, onAnswered }: { proposal: Proposal; onAnswered(message: string): void }) {
  const { t, dateTime } = useI18n();
  const m = t.matching.task;
  return (
    <>
      <Section id="task-judge" title={m.judgeHeading}>
        <Paragraph>{m.judgeIntro}</Paragraph>
        <DataList
          items={[
            { key: 'type', label: m.caseType, value: caseTypeLabel(t.cases.caseTypes, proposal.caseType) },
            { key: 'municipality', label: m.municipality, value: proposal.requestingMunicipality.name },
            ...(proposal.myRole ? [{ key: 'role', label: m.role, value: t.matching.roles[proposal.myRole] }] : []),
            { key: 'by', label: m.proposedBy, value: `${proposal.proposedBy}, ${dateTime(proposal.proposedAt)}` },
            ...(proposal.note ? [{ key: 'note', label: m.note, value: proposal.note }] : []),
            ...(proposal.disclosure ? [{ key: 'disclosure', label: m.partiesDisclosure, value: proposal.disclosure }] : []),
          ]}
        />
        <Table id="task-parties" caption={m.partiesCaption}>
          <THead>
            <Th>{t.matching.proposal.party}</Th>
            <Th>{m.organisation}</Th>
            <Th>{m.municipality}</Th>
            <Th>{m.department}</Th>
          </THead>
          <TBody>
            {proposal.parties.map((party) => (
              <Tr key={party.id}>
                <Th scope="row">
                  {party.name} ({caseTypeLabel(t.cases.partyRoles, party.role)})
                </Th>
                <Td>{party.organisation ?? '–'}</Td>
                <Td>{party.municipality?.name ?? '–'}</Td>
                <Td>{party.department ?? '–'}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </Section>
      {proposal.allowedActions.includes('answerProposal') ? (
        <AnswerForm proposalId={proposal.id} onAnswered={onAnswered} />
      ) : proposal.myAnswer ? (
        <Paragraph>{m.answered(m.answers[proposal.myAnswer])}</Paragraph>
      ) : (
        <Paragraph>{m.closed}</Paragraph>
      )}
    </>
  );
}

type Field = 'answer' | 'noInterest' | 'noAdvice' | 'reason';
const IDS: Record<Field, string> = { answer: 'task-answer', noInterest: 'task-no-interest', noAdvice: 'task-no-advice', reason: 'task-decline-reason' };

function AnswerForm({ proposalId, onAnswered }: { proposalId: string; onAnswered(message: string): void }) {
  const { t, locale } = useI18n();
  const m = t.matching.task;
  const [answer, setAnswer] = useState<'accept' | 'decline' | ''>('');
  const [noInterest, setNoInterest] = useState(false);
  const [noAdvice, setNoAdvice] = useState(false);
  const [disclosure, setDisclosure] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Partial<Record<Field, string>> = {};
    if (!answer) next.answer = m.answerRequired;
    if (answer === 'accept' && !noInterest) next.noInterest = m.noInterestRequired;
    if (answer === 'accept' && !noAdvice) next.noAdvice = m.noAdviceRequired;
    if (answer === 'decline' && !reason.trim()) next.reason = m.reasonRequired;
    setErrors(next);
    setError(undefined);
    if (Object.keys(next).length > 0) {
      requestAnimationFrame(() => document.getElementById('task-summary')?.focus());
      return;
    }
    setBusy(true);
    try {
      if (answer === 'accept') {
        await acceptProposal(proposalId, { noInterestInOutcome: true, noEarlierAdviceToAParty: true, relationshipsDisclosure: disclosure.trim() || null });
        onAnswered(m.acceptedDone);
      } else {
        await declineProposal(proposalId, reason.trim());
        onAnswered(m.declinedDone);
      }
    } catch (err) {
      setError(describeMatchingError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const summary = (Object.keys(errors) as Field[]).map((k) => ({ fieldId: IDS[k], message: errors[k] ?? '' }));
  return (
    <Section id="task-answer-section" title={m.answerHeading}>
      <form id="task-form" className="mp-form" noValidate onSubmit={(e) => void submit(e)}>
        {summary.length > 0 && <ErrorSummary id="task-summary" heading={m.summary} items={summary} />}
        <RadioGroup
          id={IDS.answer}
          name="task-answer"
          legend={m.answer}
          error={errors.answer}
          value={answer}
          onChange={setAnswer}
          options={[
            { value: 'accept', label: m.accept },
            { value: 'decline', label: m.decline },
          ]}
        />
        {answer === 'accept' && (
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{m.declarationLegend}</legend>
            <CheckboxField id={IDS.noInterest} label={m.noInterest} required error={errors.noInterest} checked={noInterest} onChange={(e) => setNoInterest(e.target.checked)} />
            <CheckboxField id={IDS.noAdvice} label={m.noAdvice} required error={errors.noAdvice} checked={noAdvice} onChange={(e) => setNoAdvice(e.target.checked)} />
            <TextAreaField id="task-disclosure" label={m.disclosure} hint={m.disclosureHint} maxLength={4000} rows={4} value={disclosure} onChange={(e) => setDisclosure(e.target.value)} />
          </fieldset>
        )}
        {answer === 'decline' && (
          <TextAreaField id={IDS.reason} label={m.declineReason} required maxLength={2000} rows={3} error={errors.reason} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
        {error && (
          <Alert type="error" urgent>
            <p className="utrecht-paragraph">{error}</p>
          </Alert>
        )}
        <Button type="submit" appearance="primary" busy={busy}>
          {m.submit}
        </Button>
      </form>
    </Section>
  );
}
