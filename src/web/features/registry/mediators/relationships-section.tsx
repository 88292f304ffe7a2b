import { useState, type FormEvent } from 'react';
import { RELATIONSHIP_KINDS } from '../../../../domain/registry/mediator-values.js';
import { addRelationship, listRelationships, removeRelationship, type Relationship, type RelationshipKind } from '../../../api/registry.js';
import type { MemberMunicipality } from '../../../api/types.js';
import { listMemberMunicipalities } from '../../../api/users.js';
import { SelectField, TextField } from '../../../components/form-field.js';
import { Paragraph } from '../../../components/heading.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { Section } from '../../../components/page.js';
import { RadioGroup } from '../../../components/radio-group.js';
import { Td, Th } from '../../../components/table.js';
import { TextAreaField } from '../../../components/textarea-field.js';
import { useForm, type FieldErrors } from '../../../hooks/use-form.js';
import { useNotice } from '../../../hooks/use-notice.js';
import { useQuery } from '../../../hooks/use-query.js';
import { isIsoDay } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n.js';
import type { Messages } from '../../../i18n/nl.js';
import { AddForm } from '../add-form.js';
import { EditableList } from '../editable-list.js';
import { amsterdamToday } from '../format.js';
import { Notice } from '../parts.js';

type Field = 'kind' | 'municipalityId' | 'department' | 'personName' | 'reason' | 'since';
const FIELD_IDS: Record<Field, string> = {
  kind: 'relation-kind',
  municipalityId: 'relation-municipality',
  department: 'relation-department',
  personName: 'relation-person',
  reason: 'relation-reason',
  since: 'relation-since',
};

/** "HR Advies, Steenwijkerland" or "Jan Jansen (Meppel)": who or what the relationship is with. */
export function relationshipTarget(r: Relationship, t: Messages): string {
  const rel = t.registry.relationships;
  const municipality = r.municipality?.name ?? '';
  if (r.kind === 'department') return rel.departmentOf(r.department ?? '', municipality);
  if (r.kind === 'person') return municipality ? rel.personOf(r.personName ?? '', municipality) : (r.personName ?? '');
  return municipality;
}

/** Declared relationships (MfN rule 2.3); matching excludes the mediator where they apply. */
export function RelationshipsSection({ mediatorId, editable }: { mediatorId: string; editable: boolean }) {
  const { t, date } = useI18n();
  const rel = t.registry.relationships;
  const relationships = useQuery(() => listRelationships(mediatorId).then((x) => x.items), [mediatorId]);
  const municipalities = useQuery(() => (editable ? listMemberMunicipalities().then((r) => r.items) : Promise.resolve([])), [editable]);
  const notice = useNotice();

  return (
    <Section id="relationships" title={rel.heading}>
      <Paragraph>{rel.intro}</Paragraph>
      <Notice text={notice.notice} focus />
      <EditableList
        tableId="relationships-table"
        caption={rel.caption}
        empty={rel.empty}
        query={relationships}
        columns={[{ label: rel.columns.with }, { label: rel.columns.kind }, { label: rel.columns.reason }, { label: rel.columns.since }]}
        rowKey={(r) => r.id}
        cells={(r) => (
          <>
            <Th scope="row">{relationshipTarget(r, t)}</Th>
            <Td>{t.registry.labels.relationship[r.kind]}</Td>
            <Td>{r.reason}</Td>
            <Td className="mp-nowrap">{date(r.since)}</Td>
          </>
        )}
        editable={editable}
        removal={{
          dialogId: 'relationship-remove-dialog',
          title: rel.removeTitle,
          label: (r) => rel.removeLabel(relationshipTarget(r, t)),
          body: (r) => rel.removeBody(relationshipTarget(r, t)),
          remove: (r) => removeRelationship(mediatorId, r.id),
          onRemoved: () => {
            relationships.reload();
            notice.show(rel.removed);
          },
        }}
      >
        {editable && municipalities.error !== undefined && <LoadFailed error={municipalities.error} onRetry={municipalities.reload} />}
        {editable && municipalities.data && (
          <AddRelationshipForm
            mediatorId={mediatorId}
            municipalities={municipalities.data}
            onAdded={() => {
              relationships.reload();
              notice.show(rel.added);
            }}
          />
        )}
      </EditableList>
    </Section>
  );
}

function AddRelationshipForm({ mediatorId, municipalities, onAdded }: { mediatorId: string; municipalities: MemberMunicipality[]; onAdded(): void }) {
  const { t } = useI18n();
  const rel = t.registry.relationships;
  const [kind, setKind] = useState<RelationshipKind | ''>('');
  const [municipalityId, setMunicipalityId] = useState('');
  const [department, setDepartment] = useState('');
  const [personName, setPersonName] = useState('');
  const [reason, setReason] = useState('');
  const [since, setSince] = useState('');
  const form = useForm<Field>('relation', FIELD_IDS);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldErrors<Field> = {};
    if (!kind) errors.kind = t.registry.common.chooseOne;
    if ((kind === 'municipality' || kind === 'department') && !municipalityId) errors.municipalityId = t.registry.profileForm.chooseMunicipality;
    if (kind === 'department' && !department.trim()) errors.department = t.form.requiredField;
    if (kind === 'person' && !personName.trim()) errors.personName = t.form.requiredField;
    if (!reason.trim()) errors.reason = t.form.requiredField;
    if (!since) errors.since = t.registry.common.dateField;
    else if (!isIsoDay(since)) errors.since = t.form.invalidDate;
    if (Object.keys(errors).length > 0 || !kind) return form.fail(errors);
    await form.submit(async () => {
      await addRelationship(mediatorId, {
        kind,
        municipalityId: municipalityId || null,
        department: kind === 'department' ? department.trim() : null,
        personName: kind === 'person' ? personName.trim() : null,
        reason: reason.trim(),
        since,
      });
      setKind('');
      setMunicipalityId('');
      setDepartment('');
      setPersonName('');
      setReason('');
      setSince('');
      onAdded();
    });
  };

  return (
    <AddForm heading={rel.addHeading} submitLabel={rel.add} form={form} onSubmit={onSubmit}>
      <RadioGroup
        id={FIELD_IDS.kind}
        name="relation-kind"
        legend={rel.kind}
        options={RELATIONSHIP_KINDS.map((k) => ({ value: k, label: t.registry.labels.relationship[k] }))}
        value={kind}
        onChange={setKind}
        error={form.errors.kind}
      />
      {kind && (
        <SelectField
          id={FIELD_IDS.municipalityId}
          name="municipalityId"
          label={kind === 'person' ? rel.municipalityOptional : rel.municipality}
          required={kind !== 'person'}
          value={municipalityId}
          onChange={(e) => setMunicipalityId(e.target.value)}
          error={form.errors.municipalityId}
        >
          <option value="">{t.registry.profileForm.chooseMunicipality}</option>
          {municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
      )}
      {kind === 'department' && (
        <TextField
          id={FIELD_IDS.department}
          name="department"
          label={rel.department}
          required
          maxLength={200}
          autoComplete="off"
          width="md"
          value={department}
          onChange={(e) => setDepartment(e.target.value)}
          error={form.errors.department}
        />
      )}
      {kind === 'person' && (
        <TextField
          id={FIELD_IDS.personName}
          name="personName"
          label={rel.personName}
          required
          maxLength={200}
          autoComplete="off"
          width="md"
          value={personName}
          onChange={(e) => setPersonName(e.target.value)}
          error={form.errors.personName}
        />
      )}
      <TextAreaField
        id={FIELD_IDS.reason}
        name="reason"
        label={rel.reason}
        hint={rel.reasonHint}
        required
        maxLength={1000}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={form.errors.reason}
      />
      <TextField id={FIELD_IDS.since} name="since" type="date" label={rel.since} required width="sm" max={amsterdamToday()} value={since} onChange={(e) => setSince(e.target.value)} error={form.errors.since} />
    </AddForm>
  );
}
