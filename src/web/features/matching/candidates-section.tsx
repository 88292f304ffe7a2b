import { useState } from 'react';
import { getCandidates, propose, type RankedCandidate, type ScorePart } from '../../api/matching.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { SelectField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { describeMatchingError } from './matching-errors.js';
import { WhyNobody } from './why-nobody.js';

/**
 * The ranked candidates of a case in `matching` for the coordinator: each eligible mediator with
 * the score and its parts, the co-mediators with the suggested pair, and the excluded ones folded
 * away with every reason. "Voorstellen" (when the list's `allowedActions` has `propose`) opens the
 * propose dialog. A mediator with a registered relationship with a party is listed as eligible
 * with "Relatie melden" (MfN 2.3): the dialog then asks for the disclosure the parties must
 * accept in writing. When a party asked for an
 * external mediator, the notice offers the external mediator form (`onProposeExternal`).
 */
export function CandidatesSection({ caseId, onProposed, onProposeExternal }: { caseId: string; onProposed(message: string): void; onProposeExternal?(): void }) {
  const { t, locale, date } = useI18n();
  const m = t.matching.candidates;
  const list = useQuery((signal) => getCandidates(caseId, signal), [caseId]);
  const [lead, setLead] = useState<string | null>(null);

  const data = list.data;
  return (
    <Section id="matching-candidates" title={m.heading}>
      {list.error !== undefined && (
        <Alert type="error" heading={t.matching.loadFailed}>
          <p className="utrecht-paragraph">{describeError(list.error, t, locale)}</p>
          <Button onClick={list.reload}>{t.common.retry}</Button>
        </Alert>
      )}
      {!data && list.error === undefined && <Loading />}
      {data && (
        <>
          <Paragraph>{m.intro(date(data.period.start), date(data.period.end))}</Paragraph>
          <Paragraph>
            <AppLink to="/matching/gewichten">{m.weightsLink}</AppLink>
          </Paragraph>
          {data.wantsExternalMediator && (
            <Alert type="warning" className="mp-notice">
              <p className="utrecht-paragraph">{m.externalWanted}</p>
              {onProposeExternal && <Button onClick={onProposeExternal}>{m.externalJump}</Button>}
            </Alert>
          )}
          {data.eligible.length === 0 ? (
            <>
              <Paragraph>{m.none}</Paragraph>
              {data.whyNobody.length > 0 && (
                <>
                  <h3 className="utrecht-heading-3" id="matching-why-heading">
                    {t.matching.why.heading}
                  </h3>
                  <WhyNobody id="matching-why" groups={data.whyNobody} />
                </>
              )}
            </>
          ) : (
            <CandidateTable id="matching-eligible" caption={m.tableCaption} rows={data.eligible} onPropose={data.allowedActions.includes('propose') ? setLead : undefined} />
          )}
          {data.eligibleTotal > data.eligible.length && <Paragraph>{m.shown(data.eligible.length, data.eligibleTotal)}</Paragraph>}

          <h3 className="utrecht-heading-3">{m.coHeading}</h3>
          {data.coMediation && (
            <Alert type="info" className="mp-notice" heading={m.coSuggestion}>
              <p className="utrecht-paragraph">{data.coMediation.explanation}</p>
            </Alert>
          )}
          {data.coMediators.length === 0 ? (
            <Paragraph>{m.coNone}</Paragraph>
          ) : (
            <CandidateTable id="matching-co" caption={m.coHeading} rows={data.coMediators} />
          )}

          <details className="mp-matching-excluded">
            <summary>{m.excludedSummary(data.excludedTotal)}</summary>
            <Table id="matching-excluded" caption={m.excludedCaption}>
              <THead>
                <Th scope="col">{m.name}</Th>
                <Th scope="col">{m.municipality}</Th>
                <Th scope="col">{m.status}</Th>
                <Th scope="col">{m.reasons}</Th>
              </THead>
              <TBody>
                {data.excluded.map((x) => (
                  <Tr key={x.mediator.id}>
                    <Th scope="row">{x.mediator.name}</Th>
                    <Td>{x.mediator.municipality.name}</Td>
                    <Td>{t.matching.mediatorStatuses[x.mediator.status]}</Td>
                    <Td>
                      <ul className="utrecht-unordered-list mp-matching-reasons">
                        {x.exclusions.map((e) => (
                          <li key={e.code} className="utrecht-unordered-list__item">
                            {e.reason}
                          </li>
                        ))}
                      </ul>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </details>

          <ProposeDialog
            caseId={caseId}
            leadId={lead}
            eligible={data.eligible}
            coMediators={data.coMediators}
            suggestedCo={data.coMediation && data.coMediation.leadId === lead ? data.coMediation.coMediatorId : ''}
            onCancel={() => setLead(null)}
            onDone={(name) => {
              setLead(null);
              onProposed(t.matching.propose.done(name));
            }}
          />
        </>
      )}
    </Section>
  );
}

function CandidateTable({ id, caption, rows, onPropose }: { id: string; caption: string; rows: RankedCandidate[]; onPropose?(id: string): void }) {
  const { t, number } = useI18n();
  const m = t.matching.candidates;
  return (
    <Table id={id} caption={caption}>
      <THead>
        <Th scope="col">{m.rank}</Th>
        <Th scope="col">{m.name}</Th>
        <Th scope="col">{m.municipality}</Th>
        <Th scope="col">{m.load}</Th>
        <Th scope="col">{m.score}</Th>
        {onPropose && <Th scope="col">{m.actions}</Th>}
      </THead>
      <TBody>
        {rows.map((c) => (
          <Tr key={c.mediator.id}>
            <Td>{c.rank}</Td>
            <Th scope="row">
              {c.mediator.name}
              {c.mediator.status !== 'active' && ` (${t.matching.mediatorStatuses[c.mediator.status]})`}
              {c.disclosures.length > 0 && (
                <details className="mp-matching-disclosure-needed">
                  <summary>
                    <span className="mp-badge mp-badge--warning">{m.disclosureBadge}</span>
                  </summary>
                  <p className="utrecht-paragraph">{m.disclosureNote}</p>
                  <ul className="utrecht-unordered-list mp-matching-reasons">
                    {c.disclosures.map((d) => (
                      <li key={`${d.code}-${d.reason}`} className="utrecht-unordered-list__item">
                        {d.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </Th>
            <Td>{c.mediator.municipality.name}</Td>
            <Td>{m.loadValue(c.mediator.openCases, c.mediator.maxConcurrentCases)}</Td>
            <Td>
              <details>
                <summary>
                  {number(c.score, 3)}
                  <span className="mp-visually-hidden"> – {m.breakdown(c.mediator.name)}</span>
                </summary>
                <ScoreParts name={c.mediator.name} parts={c.parts} />
              </details>
            </Td>
            {onPropose && (
              <Td>
                <Button aria-label={m.proposeNamed(c.mediator.name)} onClick={() => onPropose(c.mediator.id)}>
                  {m.propose}
                </Button>
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/**
 * The parts of one score as a description list, not a table: it sits inside a cell of the
 * candidate table, and a table in a cell is a row inside a row for anyone reading the table.
 */
function ScoreParts({ name, parts }: { name: string; parts: ScorePart[] }) {
  const { t, number } = useI18n();
  const m = t.matching.candidates;
  return (
    <div role="group" aria-label={m.partCaption(name)} className="mp-matching-parts">
      <dl className="mp-matching-parts__list">
        {parts.map((p) => (
          <div key={p.key} className="mp-matching-part">
            <dt>{t.matching.scoreParts[p.key]}</dt>
            <dd>
              {m.partValues(number(p.raw, 1), number(p.weight), number(p.contribution, 3))}
              {p.explanation && <span className="mp-matching-part__explanation">{p.explanation}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ProposeDialog({
  caseId,
  leadId,
  eligible,
  coMediators,
  suggestedCo,
  onCancel,
  onDone,
}: {
  caseId: string;
  leadId: string | null;
  eligible: RankedCandidate[];
  coMediators: RankedCandidate[];
  suggestedCo: string;
  onCancel(): void;
  onDone(name: string): void;
}) {
  const { t, locale } = useI18n();
  const p = t.matching.propose;
  const [chosenLead, setChosenLead] = useState('');
  const [co, setCo] = useState('');
  const [note, setNote] = useState('');
  const [disclosure, setDisclosure] = useState('');
  const [disclosureError, setDisclosureError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [openedFor, setOpenedFor] = useState<string | null>(null);

  // Reset the form each time the dialog opens for a (new) mediator.
  if (leadId !== openedFor) {
    setOpenedFor(leadId);
    if (leadId) {
      setChosenLead(leadId);
      setCo(suggestedCo);
      setNote('');
      setDisclosure('');
      setDisclosureError(undefined);
      setError(undefined);
    }
  }

  // MfN 2.3: the relationships of the chosen mediators that must be disclosed to every party.
  const relationships = [...eligible.filter((c) => c.mediator.id === chosenLead), ...coMediators.filter((c) => c.mediator.id === co)].flatMap((c) =>
    c.disclosures.map((d) => ({ key: `${c.mediator.id}-${d.code}-${d.reason}`, text: `${c.mediator.name}: ${d.reason}` })),
  );

  const confirm = async (): Promise<void> => {
    if (busy || !chosenLead) return;
    if (relationships.length > 0 && !disclosure.trim()) {
      setDisclosureError(p.disclosureRequired);
      document.getElementById('matching-propose-disclosure')?.focus();
      return;
    }
    setDisclosureError(undefined);
    setBusy(true);
    setError(undefined);
    try {
      await propose(caseId, { mediatorId: chosenLead, coMediatorId: co || null, note: note.trim() || null, disclosure: relationships.length > 0 ? disclosure.trim() : null });
      onDone(eligible.find((c) => c.mediator.id === chosenLead)?.mediator.name ?? '');
    } catch (err) {
      setError(describeMatchingError(err, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      id="matching-propose-dialog"
      open={leadId !== null}
      title={p.title}
      confirmLabel={p.confirm}
      danger={false}
      busy={busy}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p className="utrecht-paragraph mp-dialog__lead">{p.body}</p>
      <SelectField id="matching-propose-lead" label={p.lead} value={chosenLead} onChange={(e) => setChosenLead(e.target.value)}>
        {eligible.map((c) => (
          <option key={c.mediator.id} value={c.mediator.id}>
            {c.mediator.name} ({c.mediator.municipality.name})
          </option>
        ))}
      </SelectField>
      <SelectField id="matching-propose-co" label={p.coMediator} value={co} onChange={(e) => setCo(e.target.value)}>
        <option value="">{p.noCo}</option>
        {coMediators
          .filter((c) => c.mediator.id !== chosenLead)
          .map((c) => (
            <option key={c.mediator.id} value={c.mediator.id}>
              {c.mediator.name} ({c.mediator.municipality.name})
            </option>
          ))}
      </SelectField>
      {relationships.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{p.relationshipsHeading}</h3>
          <p className="utrecht-paragraph">{p.relationshipsIntro}</p>
          <ul className="utrecht-unordered-list mp-matching-reasons">
            {relationships.map((r) => (
              <li key={r.key} className="utrecht-unordered-list__item">
                {r.text}
              </li>
            ))}
          </ul>
          <TextAreaField
            id="matching-propose-disclosure"
            label={p.disclosure}
            hint={p.disclosureHint}
            required
            error={disclosureError}
            maxLength={4000}
            rows={4}
            value={disclosure}
            onChange={(e) => setDisclosure(e.target.value)}
          />
        </>
      )}
      <TextAreaField id="matching-propose-note" label={p.note} maxLength={2000} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
    </ConfirmDialog>
  );
}
