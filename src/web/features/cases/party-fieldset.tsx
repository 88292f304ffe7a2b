import { useState } from 'react';
import { PARTY_ROLES } from '../../../domain/cases/case-vocabulary.js';
import type { MemberMunicipality } from '../../api/types.js';
import { Button } from '../../components/button.js';
import { SelectField, TextField } from '../../components/form-field.js';
import type { FieldErrors } from '../../hooks/use-form.js';
import { useI18n } from '../../i18n/i18n.js';
import { RadioGroup } from '../../components/radio-group.js';
import { partyFieldId, type PartyDraft, type PartyField } from './referral-fields.js';

const DETAIL_FIELDS: readonly PartyField[] = ['organisation', 'municipalityId', 'department', 'email', 'phone'];

/** One party of a referral: a fieldset "Partij 2" with its role, name and optional details. */
export function PartyFieldset({
  index,
  party,
  municipalities,
  errors,
  canRemove,
  onChange,
  onRemove,
}: {
  index: number;
  party: PartyDraft;
  municipalities: MemberMunicipality[];
  errors: FieldErrors<string>;
  canRemove: boolean;
  onChange(next: PartyDraft): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const r = t.cases.referral;
  const id = (f: PartyField) => partyFieldId(index, f);
  const err = (f: PartyField) => errors[`parties/${index}/${f}`];
  const [moreOpen, setMoreOpen] = useState(false);
  // A problem in a hidden field opens the part it is in.
  const hasDetailErrors = DETAIL_FIELDS.some((f) => err(f));
  const set = (f: Exclude<PartyField, 'informed' | 'role'>) => (e: { target: { value: string } }) => onChange({ ...party, [f]: e.target.value });

  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset mp-party">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend mp-party__legend">
        {r.party(index + 1)}
      </legend>
      <div className="mp-party__grid">
        <SelectField id={id('role')} label={r.role} required value={party.role} error={err('role')} onChange={(e) => onChange({ ...party, role: e.target.value as PartyDraft['role'] })}>
          <option value="">{r.chooseRole}</option>
          {PARTY_ROLES.map((role) => (
            <option key={role} value={role}>
              {t.cases.partyRoles[role]}
            </option>
          ))}
        </SelectField>
        <TextField id={id('name')} label={r.name} required maxLength={200} autoComplete="off" value={party.name} error={err('name')} onChange={set('name')} width="md" />
      </div>
      <details className="mp-details mp-party__more" open={moreOpen || hasDetailErrors} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary className="mp-details__summary">{r.moreDetails}</summary>
        <div className="mp-party__grid">
          <TextField id={id('organisation')} label={r.organisation} maxLength={200} autoComplete="off" value={party.organisation} error={err('organisation')} onChange={set('organisation')} width="md" />
          <SelectField id={id('municipalityId')} label={r.partyMunicipality} value={party.municipalityId} error={err('municipalityId')} onChange={set('municipalityId')}>
            <option value="">{r.noPartyMunicipality}</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <TextField id={id('department')} label={r.department} maxLength={200} autoComplete="off" value={party.department} error={err('department')} onChange={set('department')} width="md" />
          <TextField
            id={id('email')}
            type="email"
            inputMode="email"
            label={r.email}
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="off"
            maxLength={254}
            value={party.email}
            error={err('email')}
            onChange={set('email')}
            width="md"
          />
          <TextField id={id('phone')} type="tel" inputMode="tel" label={r.phone} autoComplete="off" maxLength={40} value={party.phone} error={err('phone')} onChange={set('phone')} width="md" />
        </div>
      </details>
      <RadioGroup
        id={id('informed')}
        name={`party-${party.key}-informed`}
        legend={r.informed}
        inline
        options={[
          { value: 'yes', label: t.common.yes },
          { value: 'no', label: t.common.no },
        ]}
        value={party.informed}
        error={err('informed')}
        onChange={(informed) => onChange({ ...party, informed })}
      />
      {canRemove && (
        <Button appearance="secondary" danger className="mp-party__remove" onClick={onRemove}>
          {r.removePartyLabel(index + 1)}
        </Button>
      )}
    </fieldset>
  );
}
