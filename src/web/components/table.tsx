import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import { cx } from './class-names.js';

/**
 * A data table with a caption. The wrapper scrolls sideways on small screens; it is focusable and
 * named after the caption so keyboard users can scroll it too.
 */
export function Table({ id, caption, children, className }: { id: string; caption: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className="mp-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table id={id} className={cx('utrecht-table', 'utrecht-table--html-table', 'mp-table', className)}>
        <caption id={`${id}-caption`} className="utrecht-table__caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">{children}</tr>
    </thead>
  );
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function Tr({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function Th({ className, scope = 'col', ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope={scope} className={cx('utrecht-table__header-cell', className)} {...rest} />;
}

export function Td({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cx('utrecht-table__cell', className)} {...rest} />;
}
