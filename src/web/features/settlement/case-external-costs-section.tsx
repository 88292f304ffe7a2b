import { useState, type FormEvent } from 'react';
import { declareExternalCost, getCaseExternalCosts, removeExternalCost, type CaseExternalCosts, type ExternalDeclaration, type ExternalEngagement } from '../../api/settlement.js';
import { Button } from '../../components/button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DataList } from '../../components/data-list.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { EmptyState, Loading } from '../../components/loading.js';
import { Section } from '../../components/page.js';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/table.js';
import { useForm } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { describeError } from '../../i18n/describe-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { useActionNotice } from '../../components/action-notice.js';
import { LoadFailed } from '../../components/load-failed.js';
import { shortDate } from '../hours/duration.js';
import { amsterdamToday, formatEuros } from '../registry/format.js';
import { RadioGroup } from '../../components/radio-group.js';
import { parseDeclaredTime } from './declared-time.js';
import './settlement.css';

/**
 * On a case with an external (paid) mediator, for the coordinator: the declared hours at the
 * agreed rate and their cost, borne by the requesting municipality and kept out of the netting
 * between members; record a declaration, delete one after a confirmation. Shown when the case
 * is on the external route, the parties asked for an external mediator, matching engaged one,
 * or declarations exist.
 */
export function CaseExternalCostsSection({ caseId, status, municipality, expected }: { caseId: string; status: string; municipality: string; expected: boolean }) {
  // Reloaded when the case moves on: the parties' last consent engages the external mediator.
  const costs = useQuery((signal) => getCaseExternalCosts(caseId, signal), [caseId, status]);
  const data = costs.data;
  if (!costs.error && (!data || (!expected && data.externalMediators.length === 0 && data.items.length === 0))) return null;
  return <ExternalCostsBody caseId={caseId} municipality={municipality} data={data} error={costs.error} reload={costs.reload} />;
}

function ExternalCostsBody({ caseId, municipality, data, error, reload }: { caseId: string; municipality: string; data: CaseExternalCosts | undefined; error: unknown; reload(): void }) {
  const { t, locale } = useI18n();
  const x = t.settlement.caseExternal;
  const notice = useActionNotice();
  const [removing, setRemoving] = useState<{ declaration: ExternalDeclaration; engagement: ExternalEngagement } | null>(null);
  const [busy, setBusy] = useState(false);
  const [removeError, setRemoveError] = useState<string | undefined>(undefined);

  const remove = async () => {
    if (!removing || busy) return;
    setBusy(true);
    setRemoveError(undefined);
    try {
      await removeExternalCost(removing.declaration.id);
      setRemoving(null);
      notice.show(x.removed, { focus: true });
      reload();
    } catch (e) {
      setRemoveError(describeError(e, t, locale));
    } finally {
      setBusy(false);
    }
  };

  const rows = (data?.items ?? []).flatMap((engagement) => engagement.declarations.map((declaration) => ({ engagement, declaration })));
  rows.sort((a, b) => a.declaration.declaredOn.localeCompare(b.declaration.declaredOn) || a.declaration.createdAt.localeCompare(b.declaration.createdAt));

  return (
    <Section id="case-external-costs" title={x.title}>
      <Paragraph>{x.intro(municipality)}</Paragraph>
      {data?.externalMediators.map((e) => (
        <Paragraph key={e.id}>
          {x.assigned(e.name, e.organisation, formatEuros(e.agreedRateCents, locale))}
          {e.status === 'released' ? ` (${x.released})` : ''}
        </Paragraph>
      ))}
      {notice.node}
      {error !== undefined ? (
        <LoadFailed error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          {rows.length === 0 ? (
            <EmptyState>{x.empty}</EmptyState>
          ) : (
            <>
              <Table id="case-external-costs-table" caption={x.caption}>
                <THead>
                  <Th>{x.declaredOn}</Th>
                  <Th>{x.mediator}</Th>
                  <Th className="mp-num">{x.time}</Th>
                  <Th className="mp-num">{x.rate}</Th>
                  <Th>{x.note}</Th>
                  <Th>{t.common.actions}</Th>
                </THead>
                <TBody>
                  {rows.map(({ engagement, declaration }) => (
                    <Tr key={declaration.id}>
                      <Td>{shortDate(declaration.declaredOn, locale)}</Td>
                      <Td>
                        {engagement.externalName}
                        {engagement.organisation ? ` (${engagement.organisation})` : ''}
                      </Td>
                      <Td className="mp-num">{t.hours.duration(declaration.minutes)}</Td>
                      <Td className="mp-num">{formatEuros(engagement.hourlyRateCents, locale)}</Td>
                      <Td>{declaration.note ?? ''}</Td>
                      <Td>
                        {declaration.allowedActions.includes('remove-external-cost') && (
                          <Button
                            danger
                            aria-label={x.removeLabel(shortDate(declaration.declaredOn, locale), t.hours.duration(declaration.minutes))}
                            onClick={() => {
                              setRemoveError(undefined);
                              setRemoving({ declaration, engagement });
                            }}
                          >
                            {x.remove}
                          </Button>
                        )}
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
              <DataList
                items={[
                  { key: 'time', label: x.totalTime, value: t.hours.duration(data.totalMinutes) },
                  {
                    key: 'cost',
                    label: x.totalCost,
                    value: `${formatEuros(data.totalCostCents, locale)} (${x.totalCostHint})`,
                  },
                ]}
              />
            </>
          )}
          {data.allowedActions.includes('declare-external-cost') && (
            <DeclarationForm
              key={data.externalMediators.length}
              caseId={caseId}
              data={data}
              onSaved={(minutes) => {
                notice.show(x.saved(t.hours.duration(minutes)));
                reload();
              }}
            />
          )}
        </>
      )}
      <ConfirmDialog
        id="external-cost-remove-dialog"
        open={removing !== null}
        title={x.removeTitle}
        confirmLabel={x.remove}
        busy={busy}
        error={removeError}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(null)}
      >
        <p className="utrecht-paragraph">
          {removing ? x.removeBody(t.hours.duration(removing.declaration.minutes), shortDate(removing.declaration.declaredOn, locale), removing.engagement.externalName) : ''}
        </p>
      </ConfirmDialog>
    </Section>
  );
}

const FIELDS = {
  externalAssignmentId: 'external-cost-engagement',
  minutes: 'external-cost-time',
  declaredOn: 'external-cost-date',
  note: 'external-cost-note',
} as const;
type Field = keyof typeof FIELDS;

/**
 * Record a declaration against an engagement matching recorded: its name and agreed rate are not
 * typed again. Several engagements (one replaced another) need a choice; none means no form.
 */
function DeclarationForm({ caseId, data, onSaved }: { caseId: string; data: CaseExternalCosts; onSaved(minutes: number): void }) {
  const { t, locale } = useI18n();
  const x = t.settlement.caseExternal;
  const form = useForm<Field>('external-cost-form', FIELDS);
  const engagements = data.externalMediators;
  const [engagementId, setEngagementId] = useState(engagements.length === 1 ? engagements[0]!.id : '');
  const [time, setTime] = useState('');
  const [date, setDate] = useState(amsterdamToday());
  const [note, setNote] = useState('');

  if (engagements.length === 0) return <Paragraph>{x.noEngagement}</Paragraph>;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!engagementId) problems.externalAssignmentId = x.problems.engagementRequired;
    const duration = parseDeclaredTime(time);
    if ('problem' in duration) problems.minutes = x.problems[duration.problem];
    if (!date) problems.declaredOn = x.problems.dateRequired;
    if (Object.keys(problems).length > 0 || 'problem' in duration) {
      form.fail(problems);
      return;
    }
    const ok = await form.submit(async () => {
      await declareExternalCost(caseId, { externalAssignmentId: engagementId, minutes: duration.minutes, declaredOn: date, note: note.trim() || null });
    });
    if (!ok) return;
    setTime('');
    setNote('');
    onSaved(duration.minutes);
  };

  return (
    <form id="external-cost-form" className="mp-form" noValidate onSubmit={(e) => void save(e)} aria-labelledby="external-cost-form-title">
      <h3 className="utrecht-heading-3" id="external-cost-form-title">
        {x.formTitle}
      </h3>
      <ErrorSummary {...form.summaryProps} />
      {engagements.length > 1 && (
        <RadioGroup
          id={FIELDS.externalAssignmentId}
          name="external-cost-engagement"
          legend={x.engagement}
          hint={x.engagementHint}
          error={form.errors.externalAssignmentId}
          options={engagements.map((m) => ({
            value: m.id,
            label: x.engagementOption(m.name, m.organisation, formatEuros(m.agreedRateCents, locale)),
            ...(m.status === 'released' ? { hint: x.released } : {}),
          }))}
          value={engagementId}
          onChange={setEngagementId}
        />
      )}
      <TextField id={FIELDS.minutes} label={x.timeField} hint={x.timeHint} required width="sm" inputMode="numeric" autoComplete="off" value={time} error={form.errors.minutes} onChange={(e) => setTime(e.target.value)} />
      <TextField id={FIELDS.declaredOn} type="date" label={x.dateField} required width="sm" value={date} error={form.errors.declaredOn} onChange={(e) => setDate(e.target.value)} />
      <TextField id={FIELDS.note} label={x.noteField} hint={x.noteHint} autoComplete="off" value={note} maxLength={1000} error={form.errors.note} onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" appearance="primary" busy={form.busy}>
        {x.save}
      </Button>
    </form>
  );
}
