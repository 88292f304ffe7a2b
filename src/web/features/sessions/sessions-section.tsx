import { useState } from 'react';
import type { CaseParty } from '../../api/cases.js';
import { listSessions, planSession, rescheduleSession, sessionIcsUrl, type CaseSession } from '../../api/sessions.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { StatusBadge } from '../../components/status-badge.js';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { useActionNotice } from '../../components/action-notice.js';
import { LoadFailed } from '../../components/load-failed.js';
import { shortDate } from '../hours/duration.js';
import { AgreementSection } from './agreement-section.js';
import { CancelSessionDialog } from './cancel-session-dialog.js';
import { SessionForm } from './session-form.js';

/**
 * The session planner on a case (coordinator and the case's mediators): the sessions with their
 * .ics, plan, reschedule and cancel; then the mediation agreement. Which buttons show comes from
 * the server's allowedActions (the list's `plan`, each session's `reschedule` and `cancel`).
 */
export function SessionsSection({ caseId, parties, mayPlan }: { caseId: string; parties: CaseParty[]; mayPlan: boolean }) {
  const { t, locale, dateTime } = useI18n();
  const p = t.sessions.planner;
  const sessions = useQuery((signal) => listSessions(caseId, signal), [caseId]);
  const notice = useActionNotice();
  const [editing, setEditing] = useState<CaseSession | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<CaseSession | null>(null);

  const when = (s: CaseSession) => p.time(shortDate(s.date, locale), s.start, s.end);
  const canPlan = mayPlan && (sessions.data?.allowedActions.includes('plan') ?? false);

  return (
    <Section id="case-sessions" title={p.title}>
      {notice.node}
      {sessions.error ? (
        <LoadFailed error={sessions.error} onRetry={sessions.reload} />
      ) : !sessions.data ? (
        <Loading />
      ) : sessions.data.items.length === 0 ? (
        <EmptyState>{p.empty}</EmptyState>
      ) : (
        <Table id="case-sessions-table" caption={p.caption}>
          <THead>
            <Th>{p.when}</Th>
            <Th>{p.where}</Th>
            <Th>{p.parties}</Th>
            <Th>{p.status}</Th>
            <Th>{t.common.actions}</Th>
          </THead>
          <TBody>
            {sessions.data.items.map((s) => (
              <Tr key={s.id}>
                <Th scope="row">{when(s)}</Th>
                <Td>
                  {s.location}
                  {s.location && s.onlineUrl && <br />}
                  {s.onlineUrl && (
                    <a className="utrecht-link utrecht-link--html-a" href={s.onlineUrl} rel="noreferrer" target="_blank">
                      {p.online}
                    </a>
                  )}
                </Td>
                <Td>{s.parties.map((x) => x.name).join(', ')}</Td>
                <Td>
                  <StatusBadge tone={s.status === 'planned' ? 'active' : 'inactive'}>{p.statuses[s.status]}</StatusBadge>
                  {s.status === 'cancelled' && s.cancelledAt && <div className="mp-session-cancel">{p.cancelledOn(dateTime(s.cancelledAt))}</div>}
                  {s.status === 'cancelled' && <div className="mp-session-cancel">{s.cancelReason ? p.cancelReasonShown(s.cancelReason) : p.noCancelReason}</div>}
                </Td>
                <Td>
                  <ButtonGroup>
                    <a className="utrecht-link utrecht-link--html-a" href={sessionIcsUrl(s.id)} download aria-label={p.icsLabel(when(s))}>
                      {p.ics}
                    </a>
                    {mayPlan && s.allowedActions.includes('reschedule') && (
                      <Button aria-label={p.rescheduleLabel(when(s))} onClick={() => setEditing(s)}>
                        {p.reschedule}
                      </Button>
                    )}
                    {mayPlan && s.allowedActions.includes('cancel') && (
                      <Button danger aria-label={p.cancelLabel(when(s))} onClick={() => setCancelling(s)}>
                        {p.cancel}
                      </Button>
                    )}
                  </ButtonGroup>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {canPlan && editing === null && (
        <Button appearance="primary" onClick={() => setEditing('new')}>
          {p.plan}
        </Button>
      )}
      {mayPlan && editing !== null && (editing !== 'new' || canPlan) && (
        <section aria-labelledby="session-form-title">
          <h3 className="utrecht-heading-3" id="session-form-title">
            {editing === 'new' ? p.formTitle : `${p.rescheduleTitle}: ${when(editing)}`}
          </h3>
          <SessionForm
            key={editing === 'new' ? 'new' : editing.id}
            parties={parties}
            {...(editing === 'new' ? {} : { session: editing })}
            onCancel={() => setEditing(null)}
            onSubmit={async (input) => {
              if (editing === 'new') await planSession(caseId, input);
              else await rescheduleSession(editing.id, { ...input, sequence: editing.sequence });
              setEditing(null);
              notice.show(editing === 'new' ? p.planned : p.rescheduled, { focus: true });
              sessions.reload();
            }}
          />
        </section>
      )}
      <AgreementSection caseId={caseId} mayRecord={mayPlan} caseVersion={parties} />
      <CancelSessionDialog
        session={cancelling}
        when={cancelling ? when(cancelling) : ''}
        onCancel={() => setCancelling(null)}
        onCancelled={() => {
          setCancelling(null);
          // The row's buttons are gone once it is cancelled: the focus goes to the confirmation.
          notice.show(p.cancelled, { focus: true });
          sessions.reload();
        }}
      />
    </Section>
  );
}
