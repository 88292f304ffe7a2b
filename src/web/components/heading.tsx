import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from './class-names.js';

type Level = 1 | 2 | 3 | 4;

export function Heading({ level, children, className, ...rest }: { level: Level; children: ReactNode } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={cx(`utrecht-heading-${level}`, className)} {...rest}>
      {children}
    </Tag>
  );
}

export function Paragraph({ children, lead, className, ...rest }: { children: ReactNode; lead?: boolean } & HTMLAttributes<HTMLParagraphElement>) {
  return (
    <p className={cx('utrecht-paragraph', lead && 'utrecht-paragraph--lead', className)} {...rest}>
      {children}
    </p>
  );
}
