import { useState } from 'react';
import { useParams } from 'react-router';
import { answerPollByLink, getPollByLink } from '../../api/community.js';
import { Alert } from '../../components/alert.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';
import { SlotAnswersForm, useSlotLabel } from './slot-answers.js';

/**
 * /datumprikker/:token: a party answers a first-session poll through their personal link, without
 * an account. It shows the title, the organiser and the times, nothing of the case.
 */
export function PollLinkPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const m = t.community;
  const label = useSlotLabel();
  const [saved, setSaved] = useState(false);
  const poll = useQuery((signal) => getPollByLink(token, signal), [token]);
  const p = poll.data;
  const fixed = p?.slots.find((s) => s.id === p.fixedSlotId);
  return (
    <Page title={p?.title ?? m.poll.title} narrow>
      {poll.error !== undefined && <LoadFailed error={poll.error} onRetry={poll.reload} />}
      {!p && poll.error === undefined && <Loading />}
      {p && (
        <>
          <Paragraph lead>{m.link.intro(p.organiserName)}</Paragraph>
          {fixed && (
            <Alert type="ok">
              <Paragraph>{m.poll.fixed(label(fixed))}</Paragraph>
            </Alert>
          )}
          {saved && (
            <Alert type="ok" live>
              <Paragraph>{m.link.saved}</Paragraph>
            </Alert>
          )}
          {p.status === 'open' && <SlotAnswersForm id="link-answer" slots={p.slots} initial={p.myAnswers} onSave={async (answers) => (await answerPollByLink(token, { answers }), setSaved(true))} />}
          <Paragraph>{p.poolName}</Paragraph>
        </>
      )}
    </Page>
  );
}
