import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page the focus goes to its h1, so screen-reader and keyboard users
 * start at the new content instead of at the top of the old page. Filters and paging stay on
 * the same path and keep the focus where it was.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('#inhoud h1');
    (heading ?? document.getElementById('inhoud'))?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
}
