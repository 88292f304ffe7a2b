import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { cx } from '../../../components/class-names.js';
import { describedBy, FieldError, FieldHint } from '../../../components/form-field.js';

/** A labelled multi-line input with hint and error, in the same markup as TextField. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  className,
  required,
  rows = 4,
  ...textarea
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <div className={cx('utrecht-form-field', 'utrecht-form-field--textarea', error && 'utrecht-form-field--invalid', 'mp-field', className)}>
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
          rows={rows}
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
