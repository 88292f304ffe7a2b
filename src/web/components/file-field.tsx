import type { InputHTMLAttributes, Ref } from 'react';
import { cx } from './class-names.js';
import { controlAria, LabelledField, type FieldFrame } from './form-field.js';
import './file-field.css';

export type FileFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { ref?: Ref<HTMLInputElement> };

/** A native file input: keyboard and screen readers know it, and it says which file was chosen. */
export function FileField({ id, label, hint, error, className, required, ...input }: FileFieldProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} kind="text" className={cx('mp-file-field', className)}>
      <input id={id} type="file" className="mp-file-input" {...controlAria(id, hint, error, required)} {...input} />
    </LabelledField>
  );
}
