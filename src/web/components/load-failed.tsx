import { describeError } from '../i18n/describe-error.js';
import { useI18n } from '../i18n/i18n.js';
import { Alert } from './alert.js';
import { Button } from './button.js';

/** What a page shows when its data could not be loaded: the reason in words and a way to try again. */
export function LoadFailed({ error, onRetry, urgent }: { error: unknown; onRetry(): void; urgent?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <Alert type="error" heading={t.common.loadFailed} {...(urgent ? { urgent } : {})}>
      <p className="utrecht-paragraph">{describeError(error, t, locale)}</p>
      <Button onClick={onRetry}>{t.common.retry}</Button>
    </Alert>
  );
}
