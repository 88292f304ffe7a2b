import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { checkComposition, createGroup, listCandidates, type Composition } from '../../api/community.js';
import { Alert } from '../../components/alert.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { CheckboxGroup, SelectField, TextField } from '../../components/form-field.js';
import { Paragraph } from '../../components/heading.js';
import { LoadFailed } from '../../components/load-failed.js';
import { Loading } from '../../components/loading.js';
import { Page } from '../../components/page.js';
import { useForm } from '../../hooks/use-form.js';
import { useQuery } from '../../hooks/use-query.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * /community/intervisie/nieuw: the coordinator's composer. While members are chosen, the server's
 * rule (domain/intervision/composition.ts) says the size and whether the group leans on one
 * municipality; a warning does not stop the coordinator, a size outside 4–8 does.
 */
export function ComposeGroupPage() {
  const { t } = useI18n();
  const m = t.community.compose;
  const navigate = useNavigate();
  const candidates = useQuery((signal) => listCandidates(signal), []);
  const [name, setName] = useState('');
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const [facilitatorId, setFacilitatorId] = useState('');
  const [perYear, setPerYear] = useState('4');
  const [composition, setComposition] = useState<Composition | null>(null);
  const form = useForm('compose-group', { name: 'group-name', memberIds: 'group-members', facilitatorId: 'group-facilitator', meetingsPerYear: 'group-rhythm' });

  useEffect(() => {
    let live = true;
    if (memberIds.length === 0) {
      setComposition(null);
      return;
    }
    checkComposition(memberIds).then((c) => live && setComposition(c), () => live && setComposition(null));
    return () => {
      live = false;
    };
  }, [memberIds]);

  const chosen = (candidates.data?.items ?? []).filter((c) => memberIds.includes(c.mediatorId));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = m.nameRequired;
    if (!facilitatorId) errors.facilitatorId = m.facilitatorRequired;
    if (Object.keys(errors).length) return form.fail(errors);
    void form.submit(async () => {
      const g = await createGroup({ name: name.trim(), memberIds, facilitatorId, meetingsPerYear: Number(perYear) });
      void navigate(`/community/intervisie/${g.id}`, { state: { notice: m.created } });
    });
  };

  return (
    <Page title={m.title}>
      {candidates.error !== undefined && <LoadFailed error={candidates.error} onRetry={candidates.reload} />}
      {!candidates.data && candidates.error === undefined && <Loading />}
      {candidates.data && (
        <form id="compose-group" noValidate onSubmit={submit}>
          {form.hasErrors && <ErrorSummary {...form.summaryProps} />}
          <TextField id="group-name" label={m.name} value={name} onChange={(e) => setName(e.target.value)} error={form.errors.name} required maxLength={120} />
          <CheckboxGroup
            id="group-members"
            legend={m.members}
            hint={m.membersHint}
            error={form.errors.memberIds}
            options={candidates.data.items.map((c) => ({ value: c.mediatorId, label: `${c.name} (${c.municipality ?? m.noMunicipality}${c.kind === 'process_facilitator' ? `, ${m.processFacilitator}` : ''})` }))}
            value={memberIds}
            onChange={(next) => {
              setMemberIds(next);
              if (!next.includes(facilitatorId)) setFacilitatorId('');
            }}
          />
          <div aria-live="polite" id="group-composition">
            {composition && (
              <Alert type={composition.warnings.length ? 'warning' : 'info'}>
                <Paragraph>{m.check(composition.size, composition.municipalities)}</Paragraph>
                {composition.warnings.map((w) => (
                  <Paragraph key={w.code}>{w.code === 'one-municipality-leans' ? m.warnings[w.code](w.count, w.municipality ?? '') : m.warnings[w.code](w.count)}</Paragraph>
                ))}
              </Alert>
            )}
          </div>
          <SelectField id="group-facilitator" label={m.facilitator} hint={m.facilitatorHint} value={facilitatorId} onChange={(e) => setFacilitatorId(e.target.value)} error={form.errors.facilitatorId} required>
            <option value="">{m.choose}</option>
            {chosen.map((c) => (
              <option key={c.mediatorId} value={c.mediatorId}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <TextField id="group-rhythm" label={m.rhythm} type="number" min={1} max={12} width="sm" value={perYear} onChange={(e) => setPerYear(e.target.value)} error={form.errors.meetingsPerYear} required />
          <Button type="submit" appearance="primary" busy={form.busy}>
            {m.submit}
          </Button>
        </form>
      )}
    </Page>
  );
}
