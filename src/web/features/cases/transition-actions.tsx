import { useState, type ReactNode } from 'react';
import { transitionCase, type CaseDetail, type TransitionOption } from '../../api/cases.js';
import { ApiError } from '../../api/problem.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { ButtonLink } from '../../components/link.js';
import { Section } from '../../components/page.js';
import { describeError, describeInvalidParam } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { isStatusConflict, localiseCaseError } from './case-errors.js';
import { JumpLink } from './case-part-menu.js';
import { TextAreaField } from '../../components/textarea-field.js';

/** Steps that end or leave the case: shown as a danger action, after the others. */
const LEAVING = new Set(['withdrawn', 'referred']);
/**
 * Steps that go back (a new match, a withdrawn proposal, reopening): offered, but never as the
 * primary next step; after assignment the case moves on with "Mediation starten".
 */
const BACKWARD = new Set(['assigned>matching', 'proposed>matching', 'concluded>in_progress']);
const isForward = (from: string, o: TransitionOption) => !LEAVING.has(o.to) && !BACKWARD.has(`${from}>${o.to}`);

/**
 * The steps this user may take now (exactly the case's allowedTransitions), each behind a
 * confirmation with a reason. A case in triage moves on through the triage screen (for whoever
 * the server allows the 'triage' action), which records the checklist and the route with the
 * step to matching.
 */
export function TransitionActions({
  detail,
  onDone,
  onStale,
  lead,
}: {
  detail: CaseDetail;
  onDone(message: string): void;
  onStale(): void;
  /** The primary next step when it is not a status step (find a mediator, look at the proposal). */
  lead?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const [pending, setPending] = useState<TransitionOption | null>(null);
  const [reason, setReason] = useState('');
  const [destination, setDestination] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ reason?: string; destination?: string }>({});
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  // A case in triage moves on to matching through the triage screen, for whoever may decide it.
  const triageScreen = detail.allowedActions.includes('triage');
  const options = detail.allowedTransitions.filter((o) => !(triageScreen && o.to === 'matching'));
  // Forward steps first (the first is the primary one), then the steps back, then those that end the case.
  const forward = options.filter((o) => isForward(detail.status, o));
  const back = options.filter((o) => !isForward(detail.status, o) && !LEAVING.has(o.to));
  const ordered = [...forward, ...back, ...options.filter((o) => LEAVING.has(o.to))];
  const primary = triageScreen || lead ? undefined : forward[0];
  if (ordered.length === 0 && !triageScreen && !lead) return null;

  const label = (o: TransitionOption) => t.cases.transitionLabel(detail.status, o.to, o.label);

  const open = (o: TransitionOption) => {
    setReason('');
    setDestination('');
    setFieldErrors({});
    setError(undefined);
    setPending(o);
  };

  const confirm = async () => {
    if (!pending || busy) return;
    if (pending.reasonRequired && !reason.trim()) {
      setFieldErrors({ reason: t.cases.transition.reasonRequired });
      document.getElementById('case-transition-reason')?.focus();
      return;
    }
    setBusy(true);
    setFieldErrors({});
    setError(undefined);
    try {
      await transitionCase(detail.id, {
        to: pending.to,
        from: detail.status,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(pending.to === 'referred' && destination.trim() ? { destination: destination.trim() } : {}),
      });
      const to = pending.to;
      setPending(null);
      onDone(t.cases.transition.done(t.cases.statuses[to]));
    } catch (raw) {
      if (isStatusConflict(raw)) {
        setPending(null);
        onStale();
        return;
      }
      const err = localiseCaseError(raw, t, locale);
      const params = err instanceof ApiError ? err.invalidParams : [];
      const known = params.filter((p) => p.name === 'reason' || p.name === 'destination');
      if (known.length > 0) {
        setFieldErrors(Object.fromEntries(known.map((p) => [p.name, describeInvalidParam(p, t, locale)])));
      } else {
        setError(describeError(err, t, locale));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="case-actions" title={t.cases.detail.actionsHeading}>
      {triageScreen && <Paragraph>{t.cases.detail.triageActionHint}</Paragraph>}
      <div className="mp-button-row">
        {triageScreen &&
          (detail.status === 'triage' ? (
            // The form is on this page (under the overview): the step jumps to it.
            <JumpLink anchor="triage-decision-title" button="primary">
              {t.cases.detail.triageAction}
            </JumpLink>
          ) : (
            <ButtonLink to={`/zaken/${detail.id}/triage`} appearance="primary">
              {t.cases.detail.triageAction}
            </ButtonLink>
          ))}
        {lead}
        {ordered.map((o) => (
          <Button
            key={o.to}
            appearance={o === primary ? 'primary' : 'secondary'}
            danger={LEAVING.has(o.to)}
            onClick={() => open(o)}
          >
            {label(o)}
          </Button>
        ))}
      </div>

      <ConfirmDialog
        id="case-transition-dialog"
        open={pending !== null}
        title={pending ? t.cases.transition.title(label(pending)) : ''}
        confirmLabel={pending ? label(pending) : ''}
        danger={pending ? LEAVING.has(pending.to) : false}
        busy={busy}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      >
        {pending && (
          <>
            <p className="utrecht-paragraph mp-dialog__lead">{t.cases.transition.body(t.cases.statuses[detail.status], t.cases.statuses[pending.to])}</p>
            <TextAreaField
              id="case-transition-reason"
              label={pending.reasonRequired ? t.cases.transition.reason : t.cases.transition.reasonOptional}
              hint={t.cases.transition.reasonHint}
              required={pending.reasonRequired}
              maxLength={2000}
              rows={3}
              value={reason}
              error={fieldErrors.reason}
              onChange={(e) => setReason(e.target.value)}
            />
            {pending.to === 'referred' && (
              <TextField
                id="case-transition-destination"
                label={t.cases.transition.destination}
                maxLength={300}
                autoComplete="off"
                value={destination}
                error={fieldErrors.destination}
                onChange={(e) => setDestination(e.target.value)}
              />
            )}
          </>
        )}
      </ConfirmDialog>
    </Section>
  );
}
