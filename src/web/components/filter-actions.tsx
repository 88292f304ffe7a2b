import { useI18n } from '../i18n/i18n.js';
import { Button } from './button.js';

/**
 * The buttons under a filter form: apply, and (only while a filter is set) clear them all, so
 * the way back to the full list is where the filters are.
 */
export function FilterActions({ submitLabel, onClear }: { submitLabel: string; onClear?: (() => void) | undefined }) {
  const { t } = useI18n();
  return (
    <div className="mp-filters__actions">
      <Button type="submit" appearance="primary">
        {submitLabel}
      </Button>
      {onClear && (
        <Button appearance="subtle" onClick={onClear}>
          {t.common.clearFilters}
        </Button>
      )}
    </div>
  );
}
