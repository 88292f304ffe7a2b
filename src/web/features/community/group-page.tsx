import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { getGroup, INTERVISION_METHODS, planMeeting, recordAttendance, type Group, type IntervisionMethod } from '../../api/community.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxGroup, TextField } from '../../components/form-field.js';
import { Heading, Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { LoadFailed } from '../../components/load-failed.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Page, Section } from '../../components/page.js';
import { RadioGroup } from '../../components/radio-group.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/table.js';
import { useForm } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

type SlotDraft = { date: string; start: string; end: string };
const emptySlot = (): SlotDraft => ({ date: '', start: '13:00', end: '15:00' });

/** /community/intervisie/:groupId: members, composition, meetings; planning a meeting and recording attendance. */
export function GroupPage() {
  const { groupId = '' } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const group = useQuery((signal) => getGroup(groupId, signal), [groupId]);
  const g = group.data;
  return (
    <Page title={g?.name ?? t.community.groups.title}>
      {notice && (
        <Alert type="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {group.error !== undefined && <LoadFailed error={group.error} onRetry={group.reload} />}
      {!g && group.error === undefined && <Loading />}
      {g && <GroupBody g={g} onChanged={(text) => (setNotice(text), group.reload())} />}
    </Page>
  );
}

function GroupBody({ g, onChanged }: { g: Group; onChanged(notice: string): void }) {
  const { t, dateTime } = useI18n();
  const m = t.community;
  const c = m.compose;
  return (
    <>
      <Section id="group-members" title={m.group.members}>
        <Paragraph>
          {m.groups.facilitator}: {g.facilitatorName} · {m.groups.perYear(g.meetingsPerYear)}
        </Paragraph>
        <ul className="utrecht-unordered-list">
          {g.members.map((x) => (
            <li key={x.mediatorId}>
              {x.name} ({x.municipality ?? c.noMunicipality}
              {x.kind === 'process_facilitator' ? `, ${c.processFacilitator}` : ''})
            </li>
          ))}
        </ul>
        <Paragraph>{c.check(g.composition.size, g.composition.municipalities)}</Paragraph>
        {g.composition.warnings.map((w) => (
          <Alert key={w.code} type="warning">
            <Paragraph>{w.code === 'one-municipality-leans' ? c.warnings[w.code](w.count, w.municipality ?? '') : c.warnings[w.code](w.count)}</Paragraph>
          </Alert>
        ))}
      </Section>
      <Section id="group-meetings" title={m.group.meetings}>
        {g.meetings.length === 0 && <EmptyState>{m.group.noMeetings}</EmptyState>}
        {g.meetings.length > 0 && (
          <Table id="meetings" caption={`${m.group.meetings}: ${g.name}`}>
            <THead>
              <Th>{m.group.date}</Th>
              <Th>{m.group.method}</Th>
              <Th>{m.group.poll}</Th>
              <Th>{m.group.attendance}</Th>
            </THead>
            <TBody>
              {g.meetings.map((x) => (
                <Tr key={x.id}>
                  <Th scope="row">{x.startsAt ? dateTime(x.startsAt) : m.group.pollOpen}</Th>
                  <Td>{m.methods[x.method]}</Td>
                  <Td>
                    <AppLink to={`/datumprikkers/${x.pollId}`}>{m.group.openPoll}</AppLink>
                  </Td>
                  <Td>{x.attendanceRecordedAt ? m.group.attendees(x.attendees.length) : m.group.notRecorded}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
        {g.meetings
          .filter((x) => x.allowedActions.includes('record-attendance'))
          .map((x) => (
            <AttendanceForm key={x.id} g={g} meetingId={x.id} when={x.startsAt ? dateTime(x.startsAt) : ''} initial={x.attendees} onSaved={() => onChanged(m.group.record.saved)} />
          ))}
      </Section>
      {g.allowedActions.includes('plan-meeting') && <PlanMeetingForm groupId={g.id} onPlanned={() => onChanged(m.group.plan.planned)} />}
    </>
  );
}

function AttendanceForm({ g, meetingId, when, initial, onSaved }: { g: Group; meetingId: string; when: string; initial: string[]; onSaved(): void }) {
  const { t } = useI18n();
  const m = t.community.group.record;
  const [ids, setIds] = useState<string[]>(initial);
  const form = useForm(`attendance-${meetingId}`, { attendeeIds: `attendance-${meetingId}-members` });
  return (
    <form id={`attendance-${meetingId}`} noValidate onSubmit={(e) => (e.preventDefault(), void form.submit(async () => (await recordAttendance(meetingId, ids), onSaved())))}>
      <Heading level={3}>
        {m.title}: {when}
      </Heading>
      {form.hasErrors && <ErrorSummary {...form.summaryProps} />}
      <CheckboxGroup id={`attendance-${meetingId}-members`} legend={m.legend} hint={m.hint} error={form.errors.attendeeIds} options={g.members.map((x) => ({ value: x.mediatorId, label: x.name }))} value={ids} onChange={setIds} />
      <Button type="submit" appearance="primary" busy={form.busy}>
        {m.submit}
      </Button>
    </form>
  );
}

function PlanMeetingForm({ groupId, onPlanned }: { groupId: string; onPlanned(): void }) {
  const { t } = useI18n();
  const m = t.community.group.plan;
  const [method, setMethod] = useState<IntervisionMethod>('incident');
  const [where, setWhere] = useState('');
  const [slots, setSlots] = useState<SlotDraft[]>([emptySlot(), emptySlot(), emptySlot()]);
  const fields: Record<string, string> = { method: 'meeting-method', location: 'meeting-location', slots: 'meeting-slot-0-date' };
  slots.forEach((_, i) => {
    fields[`slots/${i}/date`] = `meeting-slot-${i}-date`;
    fields[`slots/${i}/start`] = `meeting-slot-${i}-start`;
    fields[`slots/${i}/end`] = `meeting-slot-${i}-end`;
  });
  const form = useForm('plan-meeting', fields);
  const set = (i: number, k: keyof SlotDraft, v: string) => setSlots((prev) => prev.map((s, j) => (j === i ? { ...s, [k]: v } : s)));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!where.trim()) return form.fail({ location: m.locationRequired });
    void form.submit(async () => {
      await planMeeting(groupId, { method, location: where.trim(), slots: slots.filter((s) => s.date) });
      setSlots([emptySlot(), emptySlot(), emptySlot()]);
      setWhere('');
      onPlanned();
    });
  };
  return (
    <Section id="plan-meeting-section" title={m.title}>
      <Paragraph>{m.intro}</Paragraph>
      <form id="plan-meeting" noValidate onSubmit={submit}>
        {form.hasErrors && <ErrorSummary {...form.summaryProps} />}
        <RadioGroup<IntervisionMethod> id="meeting-method" name="meeting-method" legend={m.method} inline options={INTERVISION_METHODS.map((v) => ({ value: v, label: t.community.methods[v] }))} value={method} onChange={setMethod} error={form.errors.method} />
        <TextField id="meeting-location" label={m.location} value={where} onChange={(e) => setWhere(e.target.value)} error={form.errors.location} required maxLength={200} />
        {slots.map((s, i) => (
          <fieldset key={i} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-fieldset">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{m.slot(i + 1)}</legend>
            <TextField id={`meeting-slot-${i}-date`} label={m.date} type="date" width="md" value={s.date} onChange={(e) => set(i, 'date', e.target.value)} error={form.errors[`slots/${i}/date`] ?? (i === 0 ? form.errors.slots : undefined)} />
            <TextField id={`meeting-slot-${i}-start`} label={m.start} type="time" width="sm" value={s.start} onChange={(e) => set(i, 'start', e.target.value)} error={form.errors[`slots/${i}/start`]} />
            <TextField id={`meeting-slot-${i}-end`} label={m.end} type="time" width="sm" value={s.end} onChange={(e) => set(i, 'end', e.target.value)} error={form.errors[`slots/${i}/end`]} />
          </fieldset>
        ))}
        {slots.length < 10 && <Button onClick={() => setSlots((prev) => [...prev, emptySlot()])}>{m.addSlot}</Button>}
        <Button type="submit" appearance="primary" busy={form.busy}>
          {m.submit}
        </Button>
      </form>
    </Section>
  );
}
