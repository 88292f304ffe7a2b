import type { Ref } from 'react';
import { useI18n } from '../i18n/i18n.js';

export interface SummaryItem {
  /** The id of the field to jump to; absent for a message about the whole form. */
  fieldId?: string;
  message: string;
}

/**
 * The list of problems at the top of a form. It takes the focus after a failed submit, and each
 * entry moves the focus to its field.
 */
export function ErrorSummary({ items, heading, ref, id }: { items: SummaryItem[]; heading?: string; ref?: Ref<HTMLDivElement>; id: string }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  const jump = (fieldId: string) => {
    const el = document.getElementById(fieldId);
    if (!el) return;
    el.focus();
    el.scrollIntoView({ block: 'center' });
  };
  const onlyGeneral = items.length === 1 && !items[0]!.fieldId;
  return (
    <div ref={ref} id={id} tabIndex={-1} className="utrecht-alert utrecht-alert--error mp-alert mp-error-summary" aria-labelledby={`${id}-title`}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 className="utrecht-heading-3 mp-error-summary__title" id={`${id}-title`}>
            {heading ?? t.form.summaryHeading}
          </h2>
          {onlyGeneral ? (
            <p className="utrecht-paragraph">{items[0]!.message}</p>
          ) : (
            <ul className="utrecht-unordered-list mp-error-summary__list">
              {items.map((item, i) => (
                <li key={`${item.fieldId ?? 'form'}-${i}`} className="utrecht-unordered-list__item">
                  {item.fieldId ? (
                    <a
                      className="utrecht-link utrecht-link--html-a"
                      href={`#${item.fieldId}`}
                      onClick={(e) => {
                        e.preventDefault();
                        jump(item.fieldId!);
                      }}
                    >
                      {item.message}
                    </a>
                  ) : (
                    item.message
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
