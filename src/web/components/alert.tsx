import type { ReactNode, Ref } from 'react';
import { cx } from './class-names.js';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message block. `live` makes it a polite status message (announced when it appears);
 * errors that must interrupt use `role="alert"` through `urgent`.
 */
export function Alert({
  type = 'info',
  heading,
  children,
  live,
  urgent,
  className,
  ref,
  id,
  tabIndex,
}: {
  type?: AlertType;
  heading?: string;
  children?: ReactNode;
  live?: boolean;
  urgent?: boolean;
  className?: string;
  ref?: Ref<HTMLDivElement>;
  id?: string;
  tabIndex?: number;
}) {
  const role = urgent ? 'alert' : live ? 'status' : undefined;
  return (
    <div ref={ref} id={id} tabIndex={tabIndex} className={cx('utrecht-alert', `utrecht-alert--${type}`, 'mp-alert', className)} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {heading && <p className="mp-alert__heading">{heading}</p>}
          {children}
        </div>
      </div>
    </div>
  );
}
