import type { ButtonHTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';
import { cx } from './class-names.js';

export type ButtonAppearance = 'primary' | 'secondary' | 'subtle';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: ButtonAppearance;
  danger?: boolean;
  /**
   * While busy the button ignores clicks but stays focusable: a disabled button would drop the
   * keyboard focus to the top of the page.
   */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

const appearanceClass: Record<ButtonAppearance, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
};

export function Button({ appearance = 'secondary', danger, busy, className, type = 'button', onClick, ...rest }: ButtonProps) {
  const handleClick = (e: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      e.preventDefault();
      return;
    }
    onClick?.(e);
  };
  return (
    <button
      type={type}
      className={cx('utrecht-button', appearanceClass[appearance], danger && 'utrecht-button--danger', busy && 'utrecht-button--busy', className)}
      aria-disabled={busy || undefined}
      onClick={handleClick}
      {...rest}
    />
  );
}

export function ButtonGroup({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cx('utrecht-button-group', 'mp-button-group', className)}>{children}</div>;
}
