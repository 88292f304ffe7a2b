import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';
import { cx } from './class-names.js';

/** A link inside the app, styled as an NL Design System link. */
export function AppLink({ className, ...rest }: LinkProps) {
  return <Link className={cx('utrecht-link', 'utrecht-link--html-a', className)} {...rest} />;
}

/** A link that looks like a button: for navigation that reads as an action ("Iemand uitnodigen"). */
export function ButtonLink({ className, appearance = 'secondary', ...rest }: LinkProps & { appearance?: 'primary' | 'secondary' }) {
  return (
    <Link
      className={cx('utrecht-button-link', 'utrecht-button-link--html-a', `utrecht-button-link--${appearance}-action`, className)}
      {...rest}
    />
  );
}

export { NavLink, type NavLinkProps };
