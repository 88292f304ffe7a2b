import { useRef, useState, type FormEvent } from 'react';
import type { CaseParty } from '../../api/cases.js';
import type { CaseSession, SessionInput } from '../../api/sessions.js';
import { Button, ButtonGroup } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxGroup, TextField } from '../../components/form-field.js';
import { useForm } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';
import { amsterdamToday } from '../registry/format.js';

const FIELDS = { date: 'session-date', start: 'session-start', end: 'session-end', location: 'session-location', onlineUrl: 'session-url', partyIds: 'session-parties' } as const;
type Field = keyof typeof FIELDS;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Plan a new session, or change one (`session` given): date, times, place or link, parties. */
export function SessionForm({
  parties,
  session,
  onSubmit,
  onCancel,
}: {
  parties: CaseParty[];
  session?: CaseSession;
  onSubmit(input: SessionInput): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const p = t.sessions.planner;
  const form = useForm<Field>('session-form', FIELDS);
  const firstRef = useRef<HTMLInputElement>(null);
  const [date, setDate] = useState(session?.date ?? amsterdamToday());
  const [start, setStart] = useState(session?.start ?? '');
  const [end, setEnd] = useState(session?.end ?? '');
  const [location, setLocation] = useState(session?.location ?? '');
  const [onlineUrl, setOnlineUrl] = useState(session?.onlineUrl ?? '');
  const [partyIds, setPartyIds] = useState<string[]>(session?.parties.map((x) => x.id) ?? parties.map((x) => x.id));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!date) problems.date = p.problems.date;
    if (!TIME.test(start)) problems.start = p.problems.time;
    if (!TIME.test(end)) problems.end = p.problems.time;
    else if (TIME.test(start) && end <= start) problems.end = p.problems.order;
    if (!location.trim() && !onlineUrl.trim()) problems.location = p.problems.place;
    if (onlineUrl.trim() && !/^https?:\/\/\S+$/.test(onlineUrl.trim())) problems.onlineUrl = p.problems.url;
    if (Object.keys(problems).length > 0) {
      form.fail(problems);
      return;
    }
    await form.submit(() => onSubmit({ date, start, end, location: location.trim() || null, onlineUrl: onlineUrl.trim() || null, partyIds }));
  };

  return (
    <form id="session-form" noValidate onSubmit={(e) => void save(e)}>
      <ErrorSummary {...form.summaryProps} />
      <TextField id={FIELDS.date} ref={firstRef} type="date" label={p.date} required width="sm" value={date} error={form.errors.date} onChange={(e) => setDate(e.target.value)} />
      <TextField id={FIELDS.start} type="time" label={p.start} hint={p.timeHint} required width="sm" value={start} error={form.errors.start} onChange={(e) => setStart(e.target.value)} />
      <TextField id={FIELDS.end} type="time" label={p.end} hint={p.timeHint} required width="sm" value={end} error={form.errors.end} onChange={(e) => setEnd(e.target.value)} />
      <TextField id={FIELDS.location} label={p.location} hint={p.placeHint} value={location} error={form.errors.location} onChange={(e) => setLocation(e.target.value)} />
      <TextField id={FIELDS.onlineUrl} type="url" label={p.onlineUrl} value={onlineUrl} error={form.errors.onlineUrl} onChange={(e) => setOnlineUrl(e.target.value)} />
      {parties.length > 0 && (
        <CheckboxGroup
          id={FIELDS.partyIds}
          legend={p.partiesLegend}
          error={form.errors.partyIds}
          options={parties.map((x) => ({ value: x.id, label: `${x.name} (${t.cases.partyRoles[x.role]})` }))}
          value={partyIds}
          onChange={setPartyIds}
        />
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={form.busy}>
          {session ? p.saveChange : p.save}
        </Button>
        <Button onClick={onCancel}>{t.common.cancel}</Button>
      </ButtonGroup>
    </form>
  );
}
