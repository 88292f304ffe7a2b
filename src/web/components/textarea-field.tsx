import type { Ref, TextareaHTMLAttributes } from 'react';
import { cx } from './class-names.js';
import { controlAria, LabelledField, type FieldFrame } from './form-field.js';
import './textarea-field.css';

export type TextAreaFieldProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { ref?: Ref<HTMLTextAreaElement> };

/** A labelled multi-line input with hint and error, in the same markup as TextField. */
export function TextAreaField({ id, label, hint, error, className, required, rows = 4, ...textarea }: TextAreaFieldProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} kind="textarea" className={className}>
      <textarea
        id={id}
        rows={rows}
        className={cx('utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid', 'mp-textarea')}
        {...controlAria(id, hint, error, required)}
        {...textarea}
      />
    </LabelledField>
  );
}
