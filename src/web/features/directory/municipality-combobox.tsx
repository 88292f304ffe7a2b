import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { MunicipalityOption } from '../../../contract/directory.js';
import { controlAria, LabelledField } from '../../components/form-field.js';
import { cx } from '../../components/class-names.js';

const MAX_OPTIONS = 8;

/** "zeist" matches "Zeist", "sudwest" matches "Súdwest-Fryslân". */
export const normalise = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

/** Names that start with the text first, then names that contain it; at most MAX_OPTIONS. */
export function matchMunicipalities(options: readonly MunicipalityOption[], text: string): MunicipalityOption[] {
  const q = normalise(text);
  if (!q) return [];
  const starts = options.filter((o) => normalise(o.name).startsWith(q));
  const contains = options.filter((o) => !normalise(o.name).startsWith(q) && normalise(o.name).includes(q));
  return [...starts, ...contains].slice(0, MAX_OPTIONS);
}

/**
 * The municipality field with suggestions from the CBS list: the WAI-ARIA combobox pattern with a
 * list box popup (aria-expanded, aria-controls, aria-activedescendant; arrow keys move, Enter
 * chooses, Escape closes, then clears). The number of suggestions is said in a polite live region.
 * The focus stays in the text box throughout.
 */
export function MunicipalityCombobox({
  id,
  label,
  hint,
  error,
  options,
  value,
  onChange,
  onChoose,
  countText,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  options: readonly MunicipalityOption[];
  value: string;
  onChange(text: string): void;
  onChoose(option: MunicipalityOption): void;
  countText(n: number): string;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const statusId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => matchMunicipalities(options, value), [options, value]);
  const expanded = open && matches.length > 0;

  const choose = (o: MunicipalityOption) => {
    onChange(o.name);
    setOpen(false);
    setActive(-1);
    onChoose(o);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      setActive((a) => (matches.length === 0 ? -1 : (a + 1) % matches.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      setActive((a) => (matches.length === 0 ? -1 : a <= 0 ? matches.length - 1 : a - 1));
    } else if (e.key === 'Enter' && expanded && active >= 0 && matches[active]) {
      e.preventDefault();
      choose(matches[active]);
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        e.preventDefault();
        onChange('');
      }
    } else if (e.key === 'Tab') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <LabelledField id={id} label={label} hint={hint} error={error} kind="text">
      <div className="mp-combobox">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          className={cx('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', 'mp-input--md')}
          {...controlAria(id, hint, error)}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
        />
        <ul id={listId} role="listbox" aria-label={label} className="mp-combobox__list" hidden={!expanded}>
          {matches.map((o, i) => (
            <li
              key={o.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={cx('mp-combobox__option', i === active && 'mp-combobox__option--active')}
              // Keep the focus in the text box: choosing by pointer must not blur it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(o)}
            >
              {o.name} <span className="mp-combobox__province">({o.province})</span>
            </li>
          ))}
        </ul>
        <div id={statusId} role="status" className="mp-visually-hidden">
          {open && value.trim() ? countText(matches.length) : ''}
        </div>
      </div>
    </LabelledField>
  );
}
