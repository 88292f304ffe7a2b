import { useState } from 'react';
import { inviteSurvey, resendSurvey, type SurveyState } from '../../api/outcomes.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DataList } from '../../components/data-list.js';
import { Paragraph } from '../../components/heading.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { useActionNotice } from '../../components/action-notice.js';

/**
 * The anonymous satisfaction survey on a concluded case: send it to the parties with an e-mail
 * address, see when it went out and how many links were used, and send it again to those who did
 * not answer (their old link stops working). Who answered what is never shown.
 */
export function SurveyInvitationPanel({ caseId, survey, onSent }: { caseId: string; survey: SurveyState | null; onSent(): void }) {
  const { t, locale, dateTime } = useI18n();
  const s = t.outcomes.invitation;
  const notice = useActionNotice();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [nobody, setNobody] = useState(false);
  const again = survey !== null;

  const send = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const { invited } = again ? await resendSurvey(caseId) : await inviteSurvey(caseId);
      setConfirming(false);
      setNobody(invited === 0);
      if (invited > 0) notice.show(again ? s.resent(invited) : s.sent(invited), { focus: true });
      onSent();
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="mp-survey-invitation" aria-labelledby="survey-invitation-title">
      <h3 className="utrecht-heading-3" id="survey-invitation-title">
        {s.heading}
      </h3>
      <Paragraph>{s.intro}</Paragraph>
      {notice.node}
      {nobody && (
        <Alert type="warning">
          <p className="utrecht-paragraph">{s.noEmail}</p>
        </Alert>
      )}
      {survey === null ? (
        <Paragraph>{s.notSent}</Paragraph>
      ) : (
        <DataList
          items={[
            { key: 'sent', label: s.sentOn, value: dateTime(survey.firstSentAt) },
            ...(survey.lastSentAt !== survey.firstSentAt ? [{ key: 'again', label: s.resentOn, value: dateTime(survey.lastSentAt) }] : []),
            { key: 'answered', label: s.answered, value: s.answeredOf(survey.answered, survey.invited) },
          ]}
        />
      )}
      {survey !== null && survey.pending === 0 ? (
        <Paragraph>{survey.answered > 0 && survey.answered === survey.invited ? s.allAnswered : s.nobodyLeft}</Paragraph>
      ) : (
        <Button
          onClick={() => {
            setError(undefined);
            setConfirming(true);
          }}
        >
          {again ? s.resend : s.send}
        </Button>
      )}
      <ConfirmDialog
        id="survey-invitation-dialog"
        open={confirming}
        title={again ? s.resendTitle : s.sendTitle}
        confirmLabel={again ? s.resend : s.send}
        danger={false}
        busy={busy}
        error={error}
        onConfirm={() => void send()}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{again && survey ? s.resendBody(survey.pending) : s.sendBody}</p>
      </ConfirmDialog>
    </section>
  );
}
