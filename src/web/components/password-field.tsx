import { useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { CheckboxField, TextField, type TextFieldProps } from './form-field.js';

/** A password input with a "Wachtwoord tonen" checkbox, so people can check what they typed. */
export function PasswordField(props: Omit<TextFieldProps, 'type'>) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  return (
    <div className="mp-password-field">
      <TextField {...props} type={shown ? 'text' : 'password'} spellCheck={false} autoCapitalize="off" />
      <CheckboxField
        id={`${props.id}-show`}
        label={t.common.showPassword}
        checked={shown}
        onChange={(e) => setShown(e.target.checked)}
        className="mp-password-field__toggle"
      />
    </div>
  );
}
