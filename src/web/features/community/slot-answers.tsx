import { useState } from 'react';
import type { PollAnswerValue } from '../../api/community.js';
import { POLL_ANSWERS } from '../../api/community.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { RadioGroup } from '../../components/radio-group.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';

type Slot = { id: string; startsAt: string; endsAt: string };

/** "di 12 jan. 2027, 13:00–15:00" in the reader's language, Amsterdam time. */
export function useSlotLabel() {
  const { dateTime, locale } = useI18n();
  return (s: Slot) => `${dateTime(s.startsAt)}–${new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(s.endsAt))}`;
}

/**
 * One radio group (yes / if need be / no) per slot: a keyboard moves with Tab between the slots
 * and with the arrow keys within one. Used on the poll page and the party's link page.
 */
export function SlotAnswersForm({ id, slots, initial, onSave }: { id: string; slots: readonly Slot[]; initial: readonly { slotId: string; answer: PollAnswerValue }[]; onSave(answers: { slotId: string; answer: PollAnswerValue }[]): Promise<void> }) {
  const { t } = useI18n();
  const m = t.community;
  const label = useSlotLabel();
  const [answers, setAnswers] = useState<Record<string, PollAnswerValue>>(Object.fromEntries(initial.map((a) => [a.slotId, a.answer])));
  const form = useForm(id, { answers: `${id}-slot-0` });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (slots.some((s) => !answers[s.id])) {
      form.fail({ answers: m.poll.answerAll });
      return;
    }
    void form.submit(() => onSave(slots.map((s) => ({ slotId: s.id, answer: answers[s.id]! }))));
  };
  return (
    <form id={id} noValidate onSubmit={submit}>
      {form.hasErrors && <ErrorSummary {...form.summaryProps} />}
      {slots.map((s, i) => (
        <RadioGroup<PollAnswerValue>
          key={s.id}
          id={`${id}-slot-${i}`}
          name={`${id}-slot-${s.id}`}
          legend={label(s)}
          inline
          error={i === 0 ? form.errors.answers : undefined}
          options={POLL_ANSWERS.map((v) => ({ value: v, label: m.answers[v] }))}
          value={answers[s.id] ?? ''}
          onChange={(v) => setAnswers((prev) => ({ ...prev, [s.id]: v }))}
        />
      ))}
      <Button type="submit" appearance="primary" busy={form.busy}>
        {m.poll.save}
      </Button>
    </form>
  );
}
