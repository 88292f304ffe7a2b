import type { ComponentProps, FormEvent, ReactNode } from 'react';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { Heading } from '../../components/heading.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * The form under a registry list that adds a row: its own h3, the error summary (which takes the
 * focus when something is wrong) and a submit button that says it is busy while adding.
 */
export function AddForm({
  heading,
  submitLabel,
  form,
  onSubmit,
  children,
}: {
  heading: string;
  submitLabel: string;
  /** From useForm(): the summary and whether the form is being sent. */
  form: { summaryProps: ComponentProps<typeof ErrorSummary>; busy: boolean };
  /** May be async: the form does not wait for it (it shows `busy` from useForm meanwhile). */
  onSubmit(e: FormEvent): void | Promise<void>;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="mp-reg-subform">
      <Heading level={3}>{heading}</Heading>
      <ErrorSummary {...form.summaryProps} />
      <form className="mp-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        {children}
        <Button type="submit" appearance="primary" busy={form.busy}>
          {form.busy ? t.registry.common.adding : submitLabel}
        </Button>
      </form>
    </div>
  );
}
