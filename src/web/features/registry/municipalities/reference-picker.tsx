import { useEffect, useState } from 'react';
import { searchReferenceMunicipalities, type ReferenceMunicipality } from '../../../api/registry.js';
import { TextField } from '../../../components/form-field.js';
import { Paragraph } from '../../../components/heading.js';
import { LoadFailed } from '../../../components/load-failed.js';
import { RadioGroup } from '../../../components/radio-group.js';
import { useQuery } from '../../../hooks/use-query.js';
import { useI18n } from '../../../i18n/i18n.js';

const SHOWN = 20;

/**
 * Picking a municipality from the CBS list: a search box and the matches as radio buttons (a
 * native, keyboard-friendly choice). The number of matches is announced as it changes;
 * municipalities that are already members are shown but cannot be chosen.
 */
export function ReferencePicker({ selected, onSelect }: { selected: string; onSelect(m: ReferenceMunicipality): void }) {
  const { t } = useI18n();
  const a = t.registry.municipalityAdd;
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  // Searching a moment after typing stops keeps the list from flickering on every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(q.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [q]);
  const results = useQuery((signal) => (search ? searchReferenceMunicipalities(search, SHOWN, signal) : Promise.resolve(null)), [search]);
  const data = results.data;
  const items = data?.items ?? [];

  return (
    <div className="mp-reg-picker">
      <TextField
        id="reference-q"
        type="search"
        name="referenceSearch"
        label={a.search}
        hint={a.searchHint}
        autoComplete="off"
        width="md"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          // Enter searches at once instead of sending the form.
          if (e.key === 'Enter') {
            e.preventDefault();
            setSearch(q.trim());
          }
        }}
      />
      <p className="utrecht-paragraph mp-reg-picker__status" role="status">
        {search && data && !results.loading ? a.found(items.length, data.total) : ''}
      </p>
      {results.error !== undefined && <LoadFailed error={results.error} onRetry={results.reload} />}
      {items.length > 0 && (
        <RadioGroup
          id="reference-choice"
          name="reference"
          legend={a.choose}
          options={items.map((m) => ({
            value: m.code,
            label: a.option(m.name, m.code, m.province),
            ...(m.member ? { hint: a.alreadyMember, disabled: true } : {}),
          }))}
          value={selected}
          onChange={(code) => {
            const chosen = items.find((m) => m.code === code);
            if (chosen) onSelect(chosen);
          }}
        />
      )}
      {data && <Paragraph className="mp-muted">{a.listDate(data.listDate)}</Paragraph>}
    </div>
  );
}
