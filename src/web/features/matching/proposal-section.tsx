import { useState, type FormEvent } from 'react';
import { listProposals, recordConsent, sendConsentLink, withdrawProposal, type ConsentDecision, type ConsentMethod, type MatchingAction, type Proposal } from '../../api/matching.js';
import { Alert } from '../../components/alert.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { isIsoDay } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { describeMatchingError } from './matching-errors.js';
import { ExternalDetails } from './external-details.js';
import { todayInAmsterdam } from '../../../domain/calendar/iso-date.js';

const today = () => todayInAmsterdam();

/**
 * The open proposal of a case in `proposed` for the coordinator: the mediator's declaration,
 * each party's consent and personal link, a button to send a party a new link, and the form to
 * record a party's answer given by phone, e-mail, letter or in a meeting, and the button to
 * withdraw the proposal (after a confirmation with a reason); each as the proposal's
 * `allowedActions` allow.
 */
export function ProposalSection({ caseId, onChanged }: { caseId: string; onChanged(message: string): void }) {
  const { t, locale } = useI18n();
  const proposals = useQuery((signal) => listProposals(caseId, signal), [caseId]);
  const current = proposals.data?.items.find((p) => p.status === 'open');

  return (
    <Section id="matching-proposal" title={t.matching.proposal.heading}>
      {proposals.error !== undefined && (
        <Alert type="error" heading={t.matching.loadFailed}>
          <p className="utrecht-paragraph">{describeError(proposals.error, t, locale)}</p>
          <Button onClick={proposals.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!proposals.data && proposals.error === undefined && <Loading />}
      {proposals.data && !current && <Paragraph>{t.matching.proposal.none}</Paragraph>}
      {current && (
        <ProposalView
          proposal={current}
          onChanged={(message) => {
            proposals.reload();
            onChanged(message);
          }}
        />
      )}
    </Section>
  );
}

function ProposalView({ proposal, onChanged }: { proposal: Proposal; onChanged(message: string): void }) {
  const { t, locale, dateTime, date } = useI18n();
  const p = t.matching.proposal;
  const [linkError, setLinkError] = useState<string | undefined>(undefined);
  const [sending, setSending] = useState<string | null>(null);
  const awaitingParties = proposal.stage === 'awaiting_parties';
  const may = (action: MatchingAction) => proposal.allowedActions.includes(action);

  const resend = async (partyId: string, name: string) => {
    setSending(partyId);
    setLinkError(undefined);
    try {
      await sendConsentLink(proposal.id, partyId);
      onChanged(p.linkDone(name));
    } catch (err) {
      setLinkError(describeMatchingError(err, t, locale));
    } finally {
      setSending(null);
    }
  };

  return (
    <>
      <Paragraph>{p.proposedBy(proposal.proposedBy, dateTime(proposal.proposedAt))}</Paragraph>
      <Table id="matching-proposal-mediators" caption={p.mediatorsCaption}>
        <THead>
          <Th>{p.name}</Th>
          <Th>{p.role}</Th>
          <Th>{p.declaration}</Th>
        </THead>
        <TBody>
          {proposal.mediators.map((m) => (
            <Tr key={`${m.role}-${m.name}`}>
              <Th scope="row">{m.name}</Th>
              <Td>
                {t.matching.roles[m.role]} ({t.matching.kinds[m.kind]})
              </Td>
              <Td>
                {m.answer === null && p.waitingMediator}
                {m.answer === 'accepted' && m.answeredAt && (m.kind === 'external' ? p.externalDeclared(dateTime(m.answeredAt)) : p.accepted(dateTime(m.answeredAt)))}
                {m.answer === 'declined' && p.declined(m.declineReason ?? '')}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {proposal.mediators
        .filter((m) => m.external)
        .map((m) => (
          <ExternalDetails key={`external-${m.role}`} mediator={m} />
        ))}
      {/* The coordinator's disclosure (MfN 2.3) shows from the start; the mediators' follow their declarations. */}
      {(proposal.stage !== 'awaiting_mediator' || proposal.disclosure !== null) && (
        <>
          <h3 className="utrecht-heading-3">{p.disclosure}</h3>
          <Paragraph className="mp-matching-disclosure">{proposal.disclosure ?? p.noDisclosure}</Paragraph>
        </>
      )}

      {linkError && (
        <Alert type="error" urgent>
          <p className="utrecht-paragraph">{linkError}</p>
        </Alert>
      )}
      <Table id="matching-proposal-parties" caption={p.partiesCaption}>
        <THead>
          <Th>{p.party}</Th>
          <Th>{p.consent}</Th>
          <Th>{p.link}</Th>
        </THead>
        <TBody>
          {proposal.parties.map((party) => (
            <Tr key={party.id}>
              <Th scope="row">
                {party.name}
                {party.organisation && `, ${party.organisation}`}
              </Th>
              <Td>
                {party.consent
                  ? `${p.consentGiven(t.matching.decisions[party.consent.decision], t.matching.methods[party.consent.method], date(party.consent.givenOn))}${party.consent.disclosureRefused ? ` – ${p.disclosureRefused}` : ''}`
                  : awaitingParties
                    ? p.waiting
                    : p.waitingForDeclaration}
              </Td>
              <Td>
                {party.link ? (party.link.usedAt ? p.linkUsed(dateTime(party.link.usedAt)) : p.linkSent(dateTime(party.link.sentAt))) : party.hasEmail === false ? p.noEmail : p.noLink}
                {may('resendConsentLink') && awaitingParties && !party.consent && party.hasEmail && (
                  <div>
                    <Button busy={sending === party.id} onClick={() => void resend(party.id, party.name)}>
                      {p.sendLink(party.name)}
                    </Button>
                  </div>
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>

      {may('withdraw') && <WithdrawProposal proposalId={proposal.id} onDone={onChanged} />}

      {may('recordConsent') && awaitingParties && proposal.parties.some((x) => !x.consent) && <ConsentForm proposal={proposal} onDone={onChanged} />}
    </>
  );
}

/**
 * "Voorstel intrekken" with a confirmation that asks the reason the server requires; the case
 * goes back to `matching`, and the case page then shows the candidates and this proposal among
 * the earlier ones.
 */
function WithdrawProposal({ proposalId, onDone }: { proposalId: string; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const w = t.matching.withdraw;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const start = () => {
    setReason('');
    setReasonError(undefined);
    setError(undefined);
    setOpen(true);
  };

  const confirm = async () => {
    if (busy) return;
    if (!reason.trim()) {
      setReasonError(w.reasonRequired);
      document.getElementById('withdraw-reason')?.focus();
      return;
    }
    setBusy(true);
    setReasonError(undefined);
    setError(undefined);
    try {
      await withdrawProposal(proposalId, reason.trim());
      setOpen(false);
      onDone(w.done);
    } catch (err) {
      setError(describeMatchingError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ButtonGroup className="mp-matching-withdraw">
        <Button danger onClick={start}>
          {w.button}
        </Button>
      </ButtonGroup>
      <ConfirmDialog id="withdraw-dialog" open={open} title={w.title} confirmLabel={w.confirm} busy={busy} error={error} onConfirm={() => void confirm()} onCancel={() => setOpen(false)}>
        <p className="utrecht-paragraph mp-dialog__lead">{w.body}</p>
        <TextAreaField
          id="withdraw-reason"
          label={w.reason}
          hint={w.reasonHint}
          required
          maxLength={2000}
          rows={3}
          error={reasonError}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </ConfirmDialog>
    </>
  );
}

type Field = 'party' | 'decision' | 'method' | 'givenOn' | 'disclosure';
const FIELD_IDS: Record<Field, string> = {
  party: 'consent-party',
  decision: 'consent-decision',
  method: 'consent-method',
  givenOn: 'consent-given-on',
  disclosure: 'consent-disclosure',
};

function ConsentForm({ proposal, onDone }: { proposal: Proposal; onDone(message: string): void }) {
  const { t, locale } = useI18n();
  const f = t.matching.consentForm;
  const open = proposal.parties.filter((x) => !x.consent);
  const [partyId, setPartyId] = useState('');
  const [decision, setDecision] = useState<ConsentDecision | ''>('');
  const [method, setMethod] = useState<ConsentMethod | ''>('');
  const [givenOn, setGivenOn] = useState(today());
  const [reason, setReason] = useState('');
  const [disclosureAnswer, setDisclosureAnswer] = useState<'accepted' | 'refused' | ''>('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  // MfN 2.3: a disclosed relationship is accepted in writing or refused, explicitly.
  const hasDisclosure = proposal.disclosure !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Partial<Record<Field, string>> = {};
    if (!partyId) next.party = f.partyRequired;
    if (!decision) next.decision = f.decisionRequired;
    else if (hasDisclosure && disclosureAnswer === 'refused' && decision === 'accept') next.decision = f.disclosureContradiction;
    if (!method) next.method = f.methodRequired;
    else if (hasDisclosure && decision === 'accept' && (method === 'phone' || method === 'meeting')) next.method = f.notInWriting;
    if (!isIsoDay(givenOn)) next.givenOn = f.dateRequired;
    if (hasDisclosure && !disclosureAnswer) next.disclosure = f.disclosureRequired;
    setErrors(next);
    setError(undefined);
    if (Object.keys(next).length > 0) {
      requestAnimationFrame(() => document.getElementById('consent-summary')?.focus());
      return;
    }
    setBusy(true);
    try {
      await recordConsent(proposal.id, {
        partyId,
        decision: decision as ConsentDecision,
        method: method as ConsentMethod,
        givenOn,
        reason: reason.trim() || null,
        ...(hasDisclosure ? { disclosureAccepted: disclosureAnswer === 'accepted' } : {}),
      });
      const name = open.find((x) => x.id === partyId)?.name ?? '';
      setPartyId('');
      setDecision('');
      setMethod('');
      setReason('');
      setDisclosureAnswer('');
      onDone(f.done(name));
    } catch (err) {
      setError(describeMatchingError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const summary = (Object.keys(errors) as Field[]).map((k) => ({ fieldId: FIELD_IDS[k], message: errors[k] ?? '' }));

  return (
    <form id="consent-form" className="mp-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="consent-form-title">
      <h3 className="utrecht-heading-3" id="consent-form-title">
        {f.heading}
      </h3>
      <Paragraph>{f.intro}</Paragraph>
      {summary.length > 0 && <ErrorSummary id="consent-summary" heading={f.summary} items={summary} />}
      <SelectField id={FIELD_IDS.party} label={f.party} required error={errors.party} value={partyId} onChange={(e) => setPartyId(e.target.value)}>
        <option value="">{f.choose}</option>
        {open.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </SelectField>
      <RadioGroup
        id={FIELD_IDS.decision}
        name="consent-decision"
        legend={f.decision}
        error={errors.decision}
        value={decision}
        onChange={setDecision}
        options={(['accept', 'another_mediator', 'external_mediator'] as const).map((v) => ({ value: v, label: t.matching.decisions[v] }))}
      />
      <RadioGroup
        id={FIELD_IDS.method}
        name="consent-method"
        legend={f.method}
        error={errors.method}
        value={method}
        onChange={setMethod}
        inline
        options={(['phone', 'email', 'letter', 'meeting'] as const).map((v) => ({ value: v, label: t.matching.methods[v] }))}
      />
      <TextField id={FIELD_IDS.givenOn} label={f.givenOn} type="date" required width="sm" error={errors.givenOn} value={givenOn} onChange={(e) => setGivenOn(e.target.value)} />
      {hasDisclosure && (
        <RadioGroup
          id={FIELD_IDS.disclosure}
          name="consent-disclosure"
          legend={f.disclosureQuestion}
          hint={f.disclosureHint}
          error={errors.disclosure}
          value={disclosureAnswer}
          onChange={setDisclosureAnswer}
          options={[
            { value: 'accepted', label: f.disclosureAccepted },
            { value: 'refused', label: f.disclosureRefused },
          ]}
        />
      )}
      <TextAreaField id="consent-reason" label={f.reason} maxLength={2000} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      {error && (
        <Alert type="error" urgent>
          <p className="utrecht-paragraph">{error}</p>
        </Alert>
      )}
      <Button type="submit" appearance="primary" busy={busy}>
        {f.submit}
      </Button>
    </form>
  );
}

/**
 * The closed proposals of a case back in `matching`: who was proposed and why it ended (a
 * decline, a party's refusal, a withdrawal), so the coordinator sees why that mediator is now
 * excluded. Nothing when there were none.
 */
export function EarlierProposals({ caseId }: { caseId: string }) {
  const { t, dateTime } = useI18n();
  const p = t.matching.proposal;
  const proposals = useQuery((signal) => listProposals(caseId, signal), [caseId]);
  const closed = proposals.data?.items.filter((x) => x.status !== 'open') ?? [];
  if (closed.length === 0) return null;
  return (
    <Section id="matching-earlier" title={p.earlier}>
      <ul className="utrecht-unordered-list">
        {closed.map((x) => (
          <li key={x.id} className="utrecht-unordered-list__item">
            {x.mediators.map((m) => m.name).join(', ')} ({dateTime(x.proposedAt)}): {p.closed(t.matching.proposalStatuses[x.status], x.closeReason)}
          </li>
        ))}
      </ul>
    </Section>
  );
}
