import { useState, type FormEvent } from 'react';
import { EDUCATION_KINDS, UPKEEP_ENTRY_TYPES } from '../../../../domain/registry/mediator-values.js';
import {
  addUpkeepEntry,
  getUpkeep,
  listUpkeepEntries,
  removeUpkeepEntry,
  type EducationKind,
  type UpkeepEntry,
  type UpkeepEntryType,
  type UpkeepSummary,
} from '../../../api/registry.js';
import { CheckboxField, SelectField, TextField } from '../../../components/form-field.js';
import { Heading, Paragraph } from '../../../components/heading.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { Loading } from '../../../components/loading.js';
import { Section } from '../../../components/page.js';
import { RadioGroup } from '../../../components/radio-group.js';
import { StatusBadge } from '../../../components/status-badge.js';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/table.js';
import { TextAreaField } from '../../../components/textarea-field.js';
import { useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { useQuery } from '../../../hooks/use-query.js';
import { isIsoDay } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n.js';
import type { Messages } from '../../../i18n/nl.js';
import { AddForm } from '../add-form.js';
import { EditableList } from '../editable-list.js';
import { amsterdamToday, parseHoursToMinutes, parseWholeNumber } from '../format.js';
import { Notice, UpkeepBadge } from '../parts.js';

const yearTone = { met: 'success', missed: 'danger', open: 'active', future: 'neutral' } as const;
const peerTone = { ok: 'success', missing: 'warning', due: 'warning', overdue: 'danger' } as const;

/** The MfN upkeep over the running three-year cycle: the state with its reasons in words, and the manual entries. */
export function UpkeepSection({ mediatorId, canRecord }: { mediatorId: string; canRecord: boolean }) {
  const { t, date } = useI18n();
  const u = t.registry.upkeep;
  const summary = useQuery(() => getUpkeep(mediatorId), [mediatorId]);
  const entries = useQuery(() => listUpkeepEntries(mediatorId).then((x) => x.items), [mediatorId]);
  const notice = useNotice();

  const reload = () => {
    summary.reload();
    entries.reload();
  };

  const details = (e: UpkeepEntry) => {
    const parts: string[] = [];
    if (e.type === 'mediation') parts.push(u.entryMediation(u.hours(e.contactMinutes ?? 0), e.writtenAgreement ?? false, e.coMediation ?? false));
    if (e.type === 'education') parts.push(u.entryEducation(e.points ?? 0, t.registry.labels.educationKind[e.educationKind ?? 'other']));
    if (e.description) parts.push(e.description);
    return parts.join(' · ') || t.registry.common.notAvailable;
  };

  return (
    <Section id="upkeep" title={u.heading}>
      <Paragraph>{u.intro}</Paragraph>
      <Notice text={notice.notice} focus />
      {summary.loading && !summary.data && <Loading />}
      {summary.error !== undefined && <LoadFailed error={summary.error} onRetry={summary.reload} />}
      {summary.data && <UpkeepOverview summary={summary.data} />}

      <Heading level={3} className="mp-reg-subheading">
        {u.entriesHeading}
      </Heading>
      <Paragraph>{u.entriesIntro}</Paragraph>
      <EditableList
        tableId="upkeep-entries-table"
        caption={u.entriesCaption}
        empty={u.entriesEmpty}
        query={entries}
        columns={[{ label: u.entryColumns.date }, { label: u.entryColumns.type }, { label: u.entryColumns.details }]}
        rowKey={(e) => e.id}
        cells={(e) => (
          <>
            <Th scope="row" className="mp-nowrap">
              {date(e.occurredOn)}
            </Th>
            <Td>{t.registry.labels.upkeepType[e.type]}</Td>
            <Td>{details(e)}</Td>
          </>
        )}
        editable={canRecord}
        removal={{
          dialogId: 'upkeep-remove-dialog',
          title: u.removeTitle,
          label: (e) => u.removeLabel(t.registry.labels.upkeepType[e.type], date(e.occurredOn)),
          body: (e) => u.removeBody(t.registry.labels.upkeepType[e.type], date(e.occurredOn)),
          remove: (e) => removeUpkeepEntry(mediatorId, e.id),
          onRemoved: () => {
            reload();
            notice.show(u.removed);
          },
        }}
      >
        {canRecord && (
          <AddEntryForm
            mediatorId={mediatorId}
            onAdded={() => {
              reload();
              notice.show(u.added);
            }}
          />
        )}
      </EditableList>
    </Section>
  );
}

/** The reason in the reader's language: the server words it in Dutch; English has its own sentence per reason. */
const reasonText = (r: { code: string; text: string }, t: Messages, locale: string) => (locale === 'nl' ? r.text : (t.registry.upkeep.reasons[r.code] ?? r.text));

function UpkeepOverview({ summary }: { summary: UpkeepSummary }) {
  const { t, locale, date } = useI18n();
  const u = t.registry.upkeep;
  const s = summary;
  const points = (n: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(n);
  const rows: { key: string; label: string; done: string; required: string }[] = [
    { key: 'mediations', label: u.mediations, done: u.mediationsDone(s.mediations.counted, s.mediations.recorded), required: String(s.mediations.required) },
    { key: 'hours', label: u.contactHours, done: u.hours(s.contactMinutes.counted), required: u.hours(s.contactMinutes.required) },
    { key: 'agreements', label: u.writtenAgreements, done: String(s.writtenAgreements.counted), required: String(s.writtenAgreements.required) },
    { key: 'co', label: u.coMediations, done: u.coMediationsDone(s.coMediations.counted, s.coMediations.recorded, s.coMediations.maxCounted), required: t.registry.common.notAvailable },
    { key: 'points', label: u.educationPoints, done: u.educationDone(points(s.educationPoints.total), points(s.educationPoints.intervision)), required: u.educationRequired(s.educationPoints.required, s.educationPoints.intervisionRequired) },
  ];

  return (
    <>
      <div className="mp-reg-state">
        <span className="mp-reg-state__label">{u.state}:</span>
        <UpkeepBadge state={s.state} />
      </div>
      <Paragraph>
        {u.cycle(date(s.cycle.start), date(s.cycle.until), t.registry.common.days(Math.max(0, s.cycle.daysLeft)))} <span className="mp-muted">{u.cycleBasis[s.cycle.basis]}</span>
      </Paragraph>
      {s.reasons.length === 0 ? (
        <Paragraph>{u.allGood}</Paragraph>
      ) : (
        <div className="mp-reg-reasons">
          <Heading level={3} className="mp-reg-subheading">
            {u.reasonsHeading}
          </Heading>
          <ul className="utrecht-unordered-list">
            {s.reasons.map((r) => (
              <li key={r.code} className="utrecht-unordered-list__item">
                <strong>{t.registry.labels.upkeepState[r.severity]}:</strong> {reasonText(r, t, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Table id="upkeep-requirements" caption={u.requirementsCaption} className="mp-reg-table">
        <THead>
          <Th>{u.columns.requirement}</Th>
          <Th>{u.columns.done}</Th>
          <Th>{u.columns.required}</Th>
        </THead>
        <TBody>
          {rows.map((r) => (
            <Tr key={r.key}>
              <Th scope="row">{r.label}</Th>
              <Td>{r.done}</Td>
              <Td>{r.required}</Td>
            </Tr>
          ))}
          <Tr>
            <Th scope="row">{u.peerReview}</Th>
            <Td>
              {s.peerReview.last ? u.peerReviewDone(date(s.peerReview.last)) : u.peerReviewNone}{' '}
              <StatusBadge tone={peerTone[s.peerReview.status]}>{u.peerStatus[s.peerReview.status]}</StatusBadge>
            </Td>
            <Td>{u.peerReviewDue(date(s.peerReview.dueBy))}</Td>
          </Tr>
        </TBody>
      </Table>
      <Table id="upkeep-years" caption={u.yearsCaption} className="mp-reg-table">
        <THead>
          <Th>{u.yearColumns.year}</Th>
          <Th>{u.yearColumns.period}</Th>
          <Th>{u.yearColumns.mediations}</Th>
          <Th>{u.yearColumns.hours}</Th>
          <Th>{u.yearColumns.status}</Th>
        </THead>
        <TBody>
          {s.years.map((y) => (
            <Tr key={y.index}>
              <Th scope="row">{u.yearLabel(y.index)}</Th>
              <Td>
                {date(y.start)} – {date(y.until)}
              </Td>
              <Td>{y.mediations}</Td>
              <Td>{u.hours(y.contactMinutes)}</Td>
              <Td>
                <StatusBadge tone={yearTone[y.status]}>{u.yearStatus[y.status]}</StatusBadge>
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <Heading level={3} className="mp-reg-subheading">
        {u.poolHeading}
      </Heading>
      <Paragraph>{u.poolIntro}</Paragraph>
      {s.poolMediations.length === 0 ? (
        <Paragraph>{u.poolEmpty}</Paragraph>
      ) : (
        <Table id="upkeep-pool-cases" caption={u.poolCaption} className="mp-reg-table">
          <THead>
            <Th>{u.poolColumns.concludedOn}</Th>
            <Th>{u.poolColumns.caseNumber}</Th>
            <Th>{u.poolColumns.details}</Th>
            <Th>{u.poolColumns.source}</Th>
          </THead>
          <TBody>
            {s.poolMediations.map((m) => (
              <Tr key={m.caseId}>
                <Th scope="row" className="mp-nowrap">
                  {date(m.concludedOn)}
                </Th>
                <Td>{m.caseNumber}</Td>
                <Td>{u.entryMediation(u.hours(m.contactMinutes), m.writtenAgreement, m.coMediation)}</Td>
                <Td>
                  <StatusBadge tone="neutral">{u.poolSource}</StatusBadge>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}

type Field = 'type' | 'occurredOn' | 'contactMinutes' | 'writtenAgreement' | 'coMediation' | 'points' | 'educationKind' | 'description';
const FIELD_IDS: Record<Field, string> = {
  type: 'upkeep-type',
  occurredOn: 'upkeep-date',
  contactMinutes: 'upkeep-hours',
  writtenAgreement: 'upkeep-agreement',
  coMediation: 'upkeep-co',
  points: 'upkeep-points',
  educationKind: 'upkeep-education-kind',
  description: 'upkeep-description',
};

function AddEntryForm({ mediatorId, onAdded }: { mediatorId: string; onAdded(): void }) {
  const { t } = useI18n();
  const u = t.registry.upkeep;
  const [type, setType] = useState<UpkeepEntryType | ''>('');
  const [occurredOn, setOccurredOn] = useState('');
  const [hours, setHours] = useState('');
  const [agreement, setAgreement] = useState(false);
  const [co, setCo] = useState(false);
  const [points, setPoints] = useState('');
  const [educationKind, setEducationKind] = useState<EducationKind>('training');
  const [description, setDescription] = useState('');
  const form = useForm<Field>('upkeep', FIELD_IDS);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (!type) errors.type = t.registry.common.chooseOne;
    if (!occurredOn) errors.occurredOn = t.registry.common.dateField;
    else if (!isIsoDay(occurredOn)) errors.occurredOn = t.form.invalidDate;
    const minutes = parseHoursToMinutes(hours);
    if (type === 'mediation' && minutes === undefined) errors.contactMinutes = u.contactHoursInvalid;
    const pointCount = parseWholeNumber(points);
    if (type === 'education' && (pointCount === undefined || pointCount < 1 || pointCount > 100)) errors.points = u.pointsInvalid;
    if (Object.keys(errors).length > 0 || !type) return form.fail(errors);
    await form.submit(async () => {
      await addUpkeepEntry(mediatorId, {
        type,
        occurredOn,
        ...(type === 'mediation' ? { contactMinutes: minutes!, writtenAgreement: agreement, coMediation: co } : {}),
        ...(type === 'education' ? { points: pointCount!, educationKind } : {}),
        description: description.trim() || null,
      });
      setOccurredOn('');
      setHours('');
      setAgreement(false);
      setCo(false);
      setPoints('');
      setDescription('');
      onAdded();
    });
  };

  return (
    <AddForm heading={u.addHeading} submitLabel={u.add} form={form} onSubmit={onSubmit}>
      <RadioGroup
        id={FIELD_IDS.type}
        name="upkeep-type"
        legend={u.type}
        options={UPKEEP_ENTRY_TYPES.map((k) => ({ value: k, label: t.registry.labels.upkeepType[k] }))}
        value={type}
        onChange={setType}
        error={form.errors.type}
      />
      <TextField
        id={FIELD_IDS.occurredOn}
        name="occurredOn"
        type="date"
        label={u.occurredOn}
        required
        width="sm"
        max={amsterdamToday()}
        value={occurredOn}
        onChange={(e) => setOccurredOn(e.target.value)}
        error={form.errors.occurredOn}
      />
      {type === 'mediation' && (
        <>
          <TextField
            id={FIELD_IDS.contactMinutes}
            name="contactHours"
            label={u.contactTime}
            hint={u.contactHoursHint}
            inputMode="decimal"
            autoComplete="off"
            required
            width="sm"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            error={form.errors.contactMinutes}
          />
          <CheckboxField id={FIELD_IDS.writtenAgreement} name="writtenAgreement" label={u.writtenAgreement} checked={agreement} onChange={(e) => setAgreement(e.target.checked)} error={form.errors.writtenAgreement} />
          <CheckboxField id={FIELD_IDS.coMediation} name="coMediation" label={u.coMediation} checked={co} onChange={(e) => setCo(e.target.checked)} error={form.errors.coMediation} />
        </>
      )}
      {type === 'education' && (
        <>
          <TextField
            id={FIELD_IDS.points}
            name="points"
            label={u.points}
            inputMode="numeric"
            autoComplete="off"
            required
            width="sm"
            value={points}
            onChange={(e) => setPoints(e.target.value)}
            error={form.errors.points}
          />
          <SelectField id={FIELD_IDS.educationKind} name="educationKind" label={u.educationKind} value={educationKind} onChange={(e) => setEducationKind(e.target.value as EducationKind)} error={form.errors.educationKind}>
            {EDUCATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.registry.labels.educationKind[k]}
              </option>
            ))}
          </SelectField>
        </>
      )}
      <TextAreaField
        id={FIELD_IDS.description}
        name="description"
        label={`${u.description} ${t.registry.common.optional}`}
        maxLength={500}
        rows={2}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={form.errors.description}
      />
    </AddForm>
  );
}
