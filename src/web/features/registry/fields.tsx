import type { InputHTMLAttributes, ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { cx } from '../../components/class-names.js';
import { describedBy, FieldError, FieldHint } from '../../components/form-field.js';

/**
 * Form parts the shared components do not have yet: radio buttons under one question, a text
 * area and a file input. Same NL Design System markup and the same hint/error wiring as
 * components/form-field.tsx.
 */

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
  disabled?: boolean;
}

/**
 * Radio buttons in a fieldset with a legend. The first radio gets the id itself, so an error
 * summary that links to `#<id>` lands on the group.
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
  className,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: RadioOption<V>[];
  /** Empty while nothing is chosen yet. */
  value: NoInfer<V> | '';
  onChange(next: NoInfer<V>): void;
  className?: string;
}) {
  return (
    <fieldset
      className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', error && 'utrecht-form-fieldset--invalid', 'mp-fieldset', className)}
      aria-describedby={describedBy(`${id}-group`, hint, error)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {hint && <FieldHint id={`${id}-group`}>{hint}</FieldHint>}
      <FieldError id={`${id}-group`} error={error} />
      {options.map((o, i) => {
        const optionId = i === 0 ? id : `${id}-${o.value}`;
        return (
          <div key={o.value} className={cx('utrecht-form-field', 'utrecht-form-field--radio', 'mp-field', 'mp-checkbox-field', 'mp-radio-field')}>
            <div className="utrecht-form-field__input">
              <input
                id={optionId}
                type="radio"
                name={name}
                value={o.value}
                className={cx('utrecht-radio-button', 'utrecht-radio-button--html-input', error && 'utrecht-radio-button--invalid')}
                checked={value === o.value}
                disabled={o.disabled}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                onChange={() => onChange(o.value)}
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
    </fieldset>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  className,
  required,
  ...textarea
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <div className={cx('utrecht-form-field', 'utrecht-form-field--text', error && 'utrecht-form-field--invalid', 'mp-field', className)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <FieldError id={id} error={error} />
      <div className="utrecht-form-field__input">
        <textarea
          id={id}
          rows={3}
          className={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid', 'mp-textarea')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          aria-required={required || undefined}
          {...textarea}
        />
      </div>
    </div>
  );
}

/** A native file input: keyboard and screen readers know it, and it says which file was chosen. */
export function FileField({
  id,
  label,
  hint,
  error,
  className,
  required,
  ...input
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>) {
  return (
    <div className={cx('utrecht-form-field', 'utrecht-form-field--text', error && 'utrecht-form-field--invalid', 'mp-field', 'mp-file-field', className)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <FieldError id={id} error={error} />
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="file"
          className="mp-file-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          aria-required={required || undefined}
          {...input}
        />
      </div>
    </div>
  );
}
