import { useState } from 'react';
import { useParams } from 'react-router';
import { answerPoll, fixPoll, getPoll, type Poll } from '../../api/community.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DataList } from '../../components/data-list.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { SlotAnswersForm, useSlotLabel } from './slot-answers.js';

/**
 * /datumprikkers/:pollId: the answers per slot, one's own answer (while open), and for the
 * organiser the best slot with the reason and the button that fixes the date (after a confirmation).
 */
export function PollPage() {
  const { pollId = '' } = useParams();
  const { t } = useI18n();
  const [notice, setNotice] = useState<string | null>(null);
  const poll = useQuery((signal) => getPoll(pollId, signal), [pollId]);
  const p = poll.data;
  return (
    <Page title={p?.title ?? t.community.poll.title}>
      {notice && (
        <Alert type="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {poll.error !== undefined && <LoadFailed error={poll.error} onRetry={poll.reload} />}
      {!p && poll.error === undefined && <Loading />}
      {p && <PollBody key={p.status} p={p} onChanged={(text) => (setNotice(text), poll.reload())} />}
    </Page>
  );
}

function PollBody({ p, onChanged }: { p: Poll; onChanged(notice: string): void }) {
  const { t, locale } = useI18n();
  const m = t.community;
  const label = useSlotLabel();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const fixedSlot = p.slots.find((s) => s.id === p.fixedSlotId);
  const best = p.slots.find((s) => s.id === p.best.slotId);
  const tally = (slotId: string) => p.ranking.find((r) => r.slotId === slotId);
  const fix = async () => {
    if (!best) return;
    setBusy(true);
    try {
      await fixPoll(p.id, best.id);
      setConfirming(false);
      onChanged(m.poll.fixedNotice);
    } catch (e) {
      setError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <DataList
        items={[
          { key: 'organiser', label: m.poll.organiser, value: p.organiserName },
          ...(p.location ? [{ key: 'location', label: m.poll.location, value: p.location }] : []),
        ]}
      />
      {fixedSlot && (
        <Alert type="ok">
          <Paragraph>{m.poll.fixed(label(fixedSlot))}</Paragraph>
        </Alert>
      )}
      <Table id="poll-answers" caption={m.poll.caption}>
        <THead>
          <Th>{m.poll.slot}</Th>
          {p.invitees.map((i) => (
            <Th key={i.id}>{i.name}</Th>
          ))}
          <Th>{m.poll.best}</Th>
        </THead>
        <TBody>
          {p.slots.map((s) => {
            const c = tally(s.id);
            return (
              <Tr key={s.id}>
                <Th scope="row">{label(s)}</Th>
                {p.invitees.map((i) => {
                  const a = i.answers.find((x) => x.slotId === s.id);
                  return <Td key={i.id}>{a ? m.answers[a.answer] : m.poll.notAnswered}</Td>;
                })}
                <Td>{c ? m.poll.tally(c.yes, c.maybe, c.no) : ''}</Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
      {p.allowedActions.includes('answer') && (
        <Section id="my-answer" title={m.poll.mine}>
          <Paragraph>{m.poll.mineIntro}</Paragraph>
          <SlotAnswersForm id="poll-answer" slots={p.slots} initial={p.myAnswers} onSave={async (answers) => (await answerPoll(p.id, { answers }), onChanged(m.poll.saved))} />
        </Section>
      )}
      {p.allowedActions.includes('fix') && (
        <Section id="fix-poll" title={m.poll.fix}>
          <Paragraph>
            {best ? (
              <>
                <strong>
                  {m.poll.best}: {label(best)}
                </strong>{' '}
                — {m.poll.reasons[p.best.reason]} {p.best.tiedWith.length > 1 ? m.poll.tiedWith(p.best.tiedWith.length) : ''}
              </>
            ) : (
              m.poll.reasons['no-support']
            )}
          </Paragraph>
          {best && (
            <Button appearance="primary" onClick={() => (setError(undefined), setConfirming(true))}>
              {m.poll.fixOn} {label(best)}
            </Button>
          )}
          <ConfirmDialog id="confirm-fix" open={confirming} title={m.poll.fix} confirmLabel={m.poll.fix} danger={false} busy={busy} error={error} onConfirm={() => void fix()} onCancel={() => setConfirming(false)}>
            <Paragraph>{best ? m.poll.confirmFix(label(best)) : ''}</Paragraph>
          </ConfirmDialog>
        </Section>
      )}
    </>
  );
}
