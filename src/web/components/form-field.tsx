import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { cx } from './class-names.js';
import { VisuallyHidden } from './visually-hidden.js';

/** The ids that tie a field to its hint and its error message (aria-describedby). */
export function describedBy(id: string, hint: ReactNode | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-hint`}>
      {children}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="utrecht-form-field__error-message utrecht-form-field-error-message mp-field-error" id={`${id}-error`}>
      <VisuallyHidden>{t.common.errorPrefix} </VisuallyHidden>
      {error}
    </div>
  );
}

/** What every labelled field takes: its id, label, hint and error message. */
export interface FieldFrame {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

export type TextFieldProps = FieldFrame &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'children'> & {
    ref?: Ref<HTMLInputElement>;
    /** Extra content after the input, such as a "show password" toggle. */
    after?: ReactNode;
    width?: 'sm' | 'md' | 'lg';
  };

/**
 * The frame every labelled field shares: the label above, then its hint and error message, then
 * the control itself (`children`), in NL Design System markup.
 */
export function LabelledField({
  id,
  label,
  hint,
  error,
  kind,
  className,
  children,
}: FieldFrame & { kind: 'text' | 'select' | 'textarea'; className?: string | undefined; children: ReactNode }) {
  return (
    <div className={cx('utrecht-form-field', `utrecht-form-field--${kind}`, error && 'utrecht-form-field--invalid', 'mp-field', className)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <FieldError id={id} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** What a control says to assistive technology about its state: invalid, described by hint and error, required. */
export function controlAria(id: string, hint: ReactNode | undefined, error: string | undefined, required?: boolean) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
    'aria-required': required || undefined,
  } as const;
}

/** A labelled text input with its hint and error message, in NL Design System markup. */
export function TextField({ id, label, hint, error, after, width = 'lg', className, required, ...input }: TextFieldProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} kind="text" className={className}>
      <input
        id={id}
        className={cx('utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', `mp-input--${width}`)}
        {...controlAria(id, hint, error, required)}
        {...input}
      />
      {after}
    </LabelledField>
  );
}

export type SelectFieldProps = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { ref?: Ref<HTMLSelectElement>; children: ReactNode };

export function SelectField({ id, label, hint, error, className, children, required, ...select }: SelectFieldProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} kind="select" className={className}>
      <select id={id} className={cx('utrecht-select', 'utrecht-select--html-select', error && 'utrecht-select--invalid')} {...controlAria(id, hint, error, required)} {...select}>
        {children}
      </select>
    </LabelledField>
  );
}

/** One checkbox with its label to the right, e.g. "Account is actief". */
export function CheckboxField({
  id,
  label,
  hint,
  error,
  className,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <div className={cx('utrecht-form-field', 'utrecht-form-field--checkbox', error && 'utrecht-form-field--invalid', 'mp-field', 'mp-checkbox-field', className)}>
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          className={cx('utrecht-checkbox', 'utrecht-checkbox--html-input', 'utrecht-checkbox--custom', error && 'utrecht-checkbox--invalid')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...input}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <FieldError id={id} error={error} />
    </div>
  );
}

export interface CheckboxOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

/**
 * A set of checkboxes under one question (fieldset + legend). The error and hint belong to the
 * group (ids `<id>-group-…`); the first checkbox gets the id itself, so an error summary that
 * links to `#<id>` lands on it.
 */
export function CheckboxGroup<V extends string>({
  id,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: CheckboxOption<V>[];
  value: V[];
  onChange(next: V[]): void;
}) {
  const toggle = (v: V, on: boolean) => onChange(on ? [...value, v] : value.filter((x) => x !== v));
  return (
    <fieldset
      className={cx('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', error && 'utrecht-form-fieldset--invalid', 'mp-fieldset')}
      aria-describedby={describedBy(`${id}-group`, hint, error)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {hint && <FieldHint id={`${id}-group`}>{hint}</FieldHint>}
      <FieldError id={`${id}-group`} error={error} />
      {options.map((o, i) => (
        <CheckboxField
          key={o.value}
          id={i === 0 ? id : `${id}-${o.value}`}
          label={o.label}
          hint={o.hint}
          checked={value.includes(o.value)}
          onChange={(e) => toggle(o.value, e.target.checked)}
        />
      ))}
    </fieldset>
  );
}
