import { useState, type FormEvent } from 'react';
import { decideLead, getMediatorPath, type MediatorPath } from '../../api/growth.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { RadioGroup } from '../../components/radio-group.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { TextAreaField } from '../../components/textarea-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useNotice } from '../../hooks/use-notice.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * The "Pad" section of a mediator's registry page: co-mediations with the lead's review, cases as
 * lead, trainings attended, and — for the coordinator, when the mediator in training is suggested —
 * the decision on lead status. Shown to whoever may read the mediator's details.
 */
export function PathSection({ mediatorId, onDecided }: { mediatorId: string; onDecided?: () => void }) {
  const { t, date, dateTime } = useI18n();
  const p = t.growth.path;
  const path = useQuery((signal) => getMediatorPath(mediatorId, signal), [mediatorId]);
  const saved = useNotice();
  const data = path.data;
  return (
    <Section id="mediator-path" title={p.title}>
      {path.error !== undefined && <LoadFailed error={path.error} onRetry={path.reload} />}
      {!data && path.error === undefined && <Loading />}
      {saved.notice && (
        <Alert type="ok">
          <p className="utrecht-paragraph">{saved.notice}</p>
        </Alert>
      )}
      {data && (
        <>
          <Paragraph>{p.intro(data.threshold)}</Paragraph>
          <Paragraph>
            {p.positive(data.positiveReviews, data.threshold)} · {p.leadMediations(data.leadMediations)}
          </Paragraph>
          {data.allowedActions.includes('decide-lead') && (
            <LeadDecision
              path={data}
              onSaved={() => {
                saved.show(t.growth.proposal.saved);
                path.reload();
                onDecided?.();
              }}
            />
          )}
          <Heading level={3}>{p.coMediations}</Heading>
          {data.coMediations.length === 0 ? (
            <EmptyState>{p.noCo}</EmptyState>
          ) : (
            <Table id="path-co-mediations" caption={p.coCaption}>
              <THead>
                <Th>{p.caseNumber}</Th>
                <Th>{p.lead}</Th>
                <Th>{p.since}</Th>
                <Th>{p.review}</Th>
              </THead>
              <TBody>
                {data.coMediations.map((c) => (
                  <Tr key={c.caseId}>
                    <Th scope="row" className="mp-nowrap">
                      <AppLink to={`/zaken/${c.caseId}`}>{c.caseNumber}</AppLink>
                    </Th>
                    <Td>{c.leadName ?? t.common.none}</Td>
                    <Td className="mp-nowrap">{date(c.assignedOn)}</Td>
                    <Td>
                      {c.review ? (
                        <>
                          <StatusBadge tone={c.review.positive ? 'success' : 'warning'}>{c.review.positive ? p.positiveLabel : p.negativeLabel}</StatusBadge> {c.review.review}
                        </>
                      ) : (
                        p.noReview
                      )}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          <Heading level={3}>{p.trainings}</Heading>
          {data.trainings.length === 0 ? (
            <EmptyState>{p.noTrainings}</EmptyState>
          ) : (
            <Table id="path-trainings" caption={p.trainingsCaption}>
              <THead>
                <Th>{p.event}</Th>
                <Th>{p.date}</Th>
                <Th>{p.points}</Th>
              </THead>
              <TBody>
                {data.trainings.map((tr) => (
                  <Tr key={tr.eventId}>
                    <Th scope="row">
                      <AppLink to={`/community/agenda/${tr.eventId}`}>{tr.title}</AppLink>
                    </Th>
                    <Td className="mp-nowrap">{date(tr.date)}</Td>
                    <Td>{tr.points}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
          {data.decisions.length > 0 && (
            <>
              <Heading level={3}>{p.decisions}</Heading>
              <ul className="utrecht-unordered-list">
                {data.decisions.map((d) => (
                  <li key={d.id}>
                    {p.decisionLine(p.decision[d.decision] ?? d.decision, d.decidedBy, dateTime(d.decidedAt), d.positiveReviews)}
                    {d.note ? `: ${d.note}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Section>
  );
}

function LeadDecision({ path, onSaved }: { path: MediatorPath; onSaved(): void }) {
  const { t } = useI18n();
  const m = t.growth.proposal;
  const [decision, setDecision] = useState<'approved' | 'declined' | ''>('');
  const [note, setNote] = useState('');
  const form = useForm<'decision' | 'note'>('lead-decision-form', { decision: 'lead-decision', note: 'lead-decision-note' });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!decision) return form.fail({ decision: m.required });
    const ok = await form.submit(async () => {
      await decideLead(path.mediatorId, { decision, ...(note.trim() ? { note: note.trim() } : {}) });
    });
    if (ok) onSaved();
  };
  return (
    <form className="mp-form mp-proposal" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="lead-decision-title">
      <Heading level={3} id="lead-decision-title">
        {m.title}
      </Heading>
      <Paragraph>{m.text(path.positiveReviews)}</Paragraph>
      <ErrorSummary {...form.summaryProps} />
      <RadioGroup
        id="lead-decision"
        name="decision"
        legend={m.decision}
        error={form.errors.decision}
        options={[
          { value: 'approved' as const, label: m.approve },
          { value: 'declined' as const, label: m.decline },
        ]}
        value={decision}
        onChange={setDecision}
      />
      <TextAreaField id="lead-decision-note" label={m.note} error={form.errors.note} value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" appearance="primary" busy={form.busy}>
        {m.submit}
      </Button>
    </form>
  );
}
