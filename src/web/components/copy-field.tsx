import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { Button } from './button.js';
import { TextField } from './form-field.js';

/** A read-only value (a token, a link) with a copy button and a spoken confirmation. */
export function CopyField({ id, label, value, hint }: { id: string; label: string; value: string; hint?: ReactNode }) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // No clipboard access (plain http, or refused): select the text for Ctrl+C instead.
      inputRef.current?.focus();
      inputRef.current?.select();
      setStatus('failed');
    }
  };

  return (
    <div className="mp-copy-field">
      <TextField
        ref={inputRef}
        id={id}
        label={label}
        hint={hint}
        value={value}
        readOnly
        spellCheck={false}
        autoComplete="off"
        className="mp-copy-field__field"
        onFocus={(e) => e.currentTarget.select()}
        after={
          <Button appearance="secondary" onClick={() => void copy()} className="mp-copy-field__button">
            {t.common.copy}
          </Button>
        }
      />
      <p className="utrecht-paragraph mp-copy-field__status" role="status">
        {status === 'copied' ? t.common.copied : status === 'failed' ? t.common.copyFailed : ''}
      </p>
    </div>
  );
}
