import type { ReactNode } from 'react';
import { cx } from './class-names.js';
import { describedBy, FieldError, FieldHint } from './form-field.js';
import './radio-group.css';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
  /** Shown but not choosable, e.g. a municipality that is already a member; the hint says why. */
  disabled?: boolean;
}

/**
 * One choice out of a few, as radio buttons under a legend. Like CheckboxGroup, the first radio
 * carries the id itself, so an error summary linking to `#<id>` lands on the group.
 */
export function RadioGroup<V extends string>({
  id,
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  inline,
  className,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly RadioOption<V>[];
  value: NoInfer<V> | '';
  onChange(next: NoInfer<V>): void;
  /** Side by side, for short answers such as Ja / Nee. */
  inline?: boolean;
  className?: string;
}) {
  return (
    <fieldset
      className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', error && 'utrecht-form-fieldset--invalid', 'mp-fieldset', 'mp-radio-group', inline && 'mp-radio-group--inline', className)}
      aria-describedby={describedBy(`${id}-group`, hint, error)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {hint && <FieldHint id={`${id}-group`}>{hint}</FieldHint>}
      <FieldError id={`${id}-group`} error={error} />
      <div className="mp-radio-group__options">
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div key={o.value} className="utrecht-form-field utrecht-form-field--radio mp-field mp-checkbox-field mp-radio-field">
              <div className="utrecht-form-field__input">
                <input
                  id={optionId}
                  type="radio"
                  name={name}
                  value={o.value}
                  checked={value === o.value}
                  disabled={o.disabled}
                  onChange={() => onChange(o.value)}
                  className={cx('utrecht-radio-button', 'utrecht-radio-button--html-input', error && 'utrecht-radio-button--invalid', 'mp-radio')}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                />
              </div>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                  {o.label}
                </label>
              </div>
              {o.hint && <FieldHint id={optionId}>{o.hint}</FieldHint>}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
