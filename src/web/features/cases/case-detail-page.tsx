import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { getCase, listCaseEvents, type CaseAction, type CaseDetail, type CaseEvents } from '../../api/cases.js';
import { useCurrentSession } from '../../app/session.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { DataList } from '../../components/data-list.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { useNotice } from '../../hooks/use-notice.js';
import { MatchingSection } from '../matching/matching-section.js';
import { useQuery, type QueryResult } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { isNotFound } from './case-errors.js';
import { CaseClocks } from './case-clocks.js';
import { CaseConfidentialSections } from './case-confidential.js';
import { CaseTimeline } from './case-timeline.js';
import { CasePartBlock, CasePartMenu, useJumpOnArrival } from './case-part-menu.js';
import { casePartsFor, type CasePart } from './case-parts.js';
import { CaseSummary } from './case-summary.js';
import { ConsentRecord } from './consent-record.js';
import { DocumentsSection } from './documents-section.js';
import { SessionsSection } from '../sessions/sessions-section.js';
import { OutcomeSection } from '../outcomes/outcome-section.js';
import { CoMediationReviews } from '../growth/co-mediation-reviews.js';
import { CaseHoursSection } from '../hours/case-hours-section.js';
import { CaseExternalCostsSection } from '../settlement/case-external-costs-section.js';
import { FirstContactSection } from './first-contact-section.js';
import { ObjectionSection } from './objection-section.js';
import { TriageForm } from './triage-page.js';
import { isOpen } from '../../../domain/cases/case-status.js';
import type { CaseLocationState } from './referral-page.js';
import './cases.css';

export function CaseDetailPage() {
  const { t, locale } = useI18n();
  const { caseId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const detail = useQuery((signal) => getCase(caseId, signal), [caseId]);
  const events = useQuery((signal) => listCaseEvents(caseId, signal), [caseId]);
  const notice = useNotice();
  const [stale, setStale] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  // A confirmation handed over by the page before (the referral form): shown once, then
  // dropped from the history entry so a reload does not repeat it.
  const handedOver = (location.state as CaseLocationState | null)?.notice;
  useEffect(() => {
    if (!handedOver) return;
    notice.show(handedOver);
    void navigate(location.pathname, { replace: true, state: null });
  }, [handedOver]);

  useEffect(() => {
    if (notice.notice || stale) noticeRef.current?.focus();
  }, [notice.notice, stale]);

  const reloadAll = () => {
    detail.reload();
    events.reload();
  };

  // One Page for every state, so the h1 that took the focus on arrival stays the same element.
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
  const c = detail.data;
  if (!c) {
    return (
      <Page title={t.cases.list.title}>
        {detail.error !== undefined ? (
          <Alert type="error" heading={t.cases.detail.loadFailed}>
            <p className="utrecht-paragraph">{describeError(detail.error, t, locale)}</p>
            <Button onClick={reloadAll}>{t.common.retry}</Button>
          </Alert>
        ) : (
          <Loading />
        )}
      </Page>
    );
  }

  return (
    <Page title={t.cases.detail.title(c.number)} heading={t.cases.detail.heading(c.number, c.title)}>
      <Paragraph>
        <AppLink to="/zaken">
          <span aria-hidden="true">‹ </span>
          {t.cases.detail.backToList}
        </AppLink>
      </Paragraph>
      {stale && (
        <Alert type="warning" ref={noticeRef} tabIndex={-1} className="mp-notice">
          <p className="utrecht-paragraph">{t.cases.transition.stale}</p>
        </Alert>
      )}
      {notice.notice && !stale && (
        <Alert type="ok" ref={noticeRef} tabIndex={-1} className="mp-notice">
          <p className="utrecht-paragraph">{notice.notice}</p>
        </Alert>
      )}
      {detail.error !== undefined && (
        <Alert type="error" heading={t.cases.detail.loadFailed}>
          <p className="utrecht-paragraph">{describeError(detail.error, t, locale)}</p>
          <Button onClick={reloadAll}>{t.common.retry}</Button>
        </Alert>
      )}
      <CaseView
        c={c}
        events={events}
        onTransitioned={(message) => {
          setStale(false);
          notice.show(message);
          reloadAll();
        }}
        onStale={() => {
          notice.clear();
          setStale(true);
          reloadAll();
        }}
        onChanged={reloadAll}
      />
    </Page>
  );
}

function CaseView({
  c,
  events,
  onTransitioned,
  onStale,
  onChanged,
}: {
  c: CaseDetail;
  events: QueryResult<CaseEvents>;
  onTransitioned(message: string): void;
  onStale(): void;
  onChanged(): void;
}) {
  const { t, date } = useI18n();
  const { user } = useCurrentSession();
  const d = t.cases.detail;
  const isCoordinator = user.roles.includes('coordinator');
  const full = c.access === 'full' && c.confidential !== null;
  // What the server lets this person do with the case now (its policy), not guessed from roles.
  const may = (action: CaseAction) => c.allowedActions.includes(action);
  const mayEditObjection = may('updateObjectionTerms');
  const showObjection = full && (c.confidential?.objection !== null || c.caseType === 'citizen_government' || mayEditObjection);
  // Sessions, hours and the outcome: the case's own mediators and the coordinator.
  const handles = may('handle');
  // Only the parts that apply to the case in its phase (a case in triage has no sessions or hours yet).
  const parts = casePartsFor({
    status: c.status,
    assignedOn: c.assignedOn,
    concludedOn: c.concludedOn,
    hasMediator: (c.confidential?.mediators.length ?? 0) > 0 || (c.confidential?.externalMediator ?? null) !== null,
    triaged: c.confidential?.triage != null,
    full,
    handles,
  });
  const shows = (part: CasePart) => parts.includes(part);
  useJumpOnArrival(true);

  return (
    <>
      <CaseSummary c={c} onTransitioned={onTransitioned} onStale={onStale} />
      {!full && (
        <Alert type="info" className="mp-notice">
          <p className="utrecht-paragraph">{d.limited}</p>
        </Alert>
      )}
      <CasePartMenu parts={parts} />

      <CasePartBlock part="overview">
        <section className="mp-case-overview" aria-label={d.overviewLabel}>
          <DataList
            items={[
              { key: 'status', label: d.status, value: t.cases.statuses[c.status] },
              { key: 'route', label: d.route, value: c.route ? (t.cases.routes[c.route] ?? c.route) : d.noRoute },
              { key: 'type', label: d.caseType, value: t.cases.caseTypes[c.caseType] },
              { key: 'municipality', label: d.municipality, value: c.requestingMunicipality.name },
              { key: 'urgency', label: d.urgency, value: t.cases.urgencies[c.urgency] },
              { key: 'referred', label: d.referredOn, value: date(c.referredOn) },
              ...(c.assignedOn ? [{ key: 'assigned', label: d.assignedOn, value: date(c.assignedOn) }] : []),
              ...(c.concludedOn ? [{ key: 'concluded', label: d.concludedOn, value: date(c.concludedOn) }] : []),
              ...(c.closedOn ? [{ key: 'closed', label: d.closedOn, value: date(c.closedOn) }] : []),
              ...(c.referredTo ? [{ key: 'referredTo', label: d.referredTo, value: c.referredTo }] : []),
            ]}
          />
        </section>
        <CaseClocks detail={c} />
        {full && c.confidential && (
          <>
            <CaseConfidentialSections c={c.confidential} parts={['referral', 'triage']} />
            <FirstContactSection detail={c} canRecord={may('recordFirstContact')} onSaved={onChanged} />
            {showObjection && <ObjectionSection detail={c} canEdit={mayEditObjection} onSaved={onChanged} />}
          </>
        )}
        {/* The triage decision under the referral it weighs: no screen of its own on the way to a mediator. */}
        {c.status === 'triage' && may('triage') && <TriageForm c={c} onDone={onTransitioned} />}
      </CasePartBlock>

      {shows('parties') && c.confidential && (
        <CasePartBlock part="parties">
          <CaseConfidentialSections c={c.confidential} parts={['parties']} />
        </CasePartBlock>
      )}

      {shows('matching') && c.confidential && (
        <CasePartBlock part="matching">
          {/* Matching (issue 5): candidates while matching, consent while proposed; coordinator only. */}
          <MatchingSection caseId={c.id} status={c.status} onChanged={onTransitioned} />
          <CaseConfidentialSections c={c.confidential} parts={['mediators']} />
          {/* Once assigned: how each party consented, kept in view (coordinator only, as proposals are). */}
          {c.assignedOn !== null && c.status !== 'matching' && c.status !== 'proposed' && <ConsentRecord caseId={c.id} status={c.status} />}
        </CasePartBlock>
      )}

      {/* Sessions and the mediation agreement (issue 6): the case's mediators and the coordinator. */}
      {shows('sessions') && c.confidential && (
        <CasePartBlock part="sessions">
          <SessionsSection caseId={c.id} parties={c.confidential.parties} mayPlan />
        </CasePartBlock>
      )}

      {shows('documents') && (
        <CasePartBlock part="documents">
          <DocumentsSection caseId={c.id} onUploaded={onChanged} />
        </CasePartBlock>
      )}

      {shows('hours') && c.confidential && (
        <CasePartBlock part="hours">
          {/* Hours with their corrections (issue 6): the case's mediators and the coordinator. */}
          <CaseHoursSection caseId={c.id} open={isOpen(c.status)} />
          {/* An external mediator's declared hours and costs, outside the netting: the coordinator (a settlement section). */}
          {isCoordinator && (
            <CaseExternalCostsSection caseId={c.id} status={c.status} municipality={c.requestingMunicipality.name} expected={c.route === 'external_mediator' || c.confidential.wantsExternalMediator} />
          )}
        </CasePartBlock>
      )}

      {/* Outcome and aftercare (issue 7): the case's mediators and the coordinator. */}
      {shows('outcome') && (
        <CasePartBlock part="outcome">
          <OutcomeSection caseId={c.id} status={c.status} onSaved={onChanged} />
          <CoMediationReviews caseId={c.id} status={c.status} mayRead={c.allowedActions.includes('handle')} />
        </CasePartBlock>
      )}

      <CasePartBlock part="timeline">
        <CaseTimeline events={events} />
      </CasePartBlock>
    </>
  );
}
