import { useEffect, useRef } from 'react';
import { Alert } from '../../components/alert.js';
import { CopyField } from '../../components/copy-field.js';
import { useI18n } from '../../i18n/i18n.js';

/** Recovery codes, shown this once after they were made; takes the focus so they are read first. */
export function RecoveryCodesShown({ codes }: { codes: readonly string[] }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert type="warning" heading={t.security.recoveryShownHeading} ref={ref} tabIndex={-1} className="mp-recovery-codes">
      <p className="utrecht-paragraph">{t.security.recoveryShownIntro}</p>
      <ul className="utrecht-unordered-list mp-recovery-codes__list" aria-label={t.security.recoveryCodesLabel}>
        {codes.map((code) => (
          <li key={code} className="utrecht-unordered-list__item">
            <code className="utrecht-code">{code}</code>
          </li>
        ))}
      </ul>
      <CopyField id="recovery-codes-copy" label={t.security.recoveryCodesLabel} value={codes.join(' ')} />
    </Alert>
  );
}
