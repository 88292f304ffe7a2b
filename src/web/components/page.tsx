import type { ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { cx } from './class-names.js';

/**
 * Every page's frame: exactly one h1, and the same text (with the pool's name) as the window
 * title. The h1 takes the focus after navigation, so it can be focused by script.
 */
export function Page({ title, heading, children, narrow }: { title: string; heading?: ReactNode; children: ReactNode; narrow?: boolean }) {
  useDocumentTitle(title);
  return (
    <div className={cx('mp-page', narrow && 'mp-page--narrow')}>
      <h1 className="utrecht-heading-1 mp-page__title" tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </div>
  );
}

/** A titled part of a page (h2), labelled for assistive technology as a region. */
export function Section({ title, children, id, className }: { title: string; children: ReactNode; id: string; className?: string }) {
  return (
    <section className={cx('mp-section', className)} aria-labelledby={`${id}-title`}>
      <h2 className="utrecht-heading-2" id={`${id}-title`}>
        {title}
      </h2>
      {children}
    </section>
  );
}
