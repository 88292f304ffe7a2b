import { useEffect } from 'react';
import { useLocation } from 'react-router';

// The first page of a visit keeps the browser's own start (focus at the top of the document).
let firstPage = true;

/**
 * After moving to another page the focus goes to its h1, so screen-reader and keyboard users
 * start at the new content instead of at the top of the old page. This also holds when the
 * frame changes (from the login page into the app). Filters and paging stay on the same path
 * and keep the focus where it was.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('#inhoud h1');
    (heading ?? document.getElementById('inhoud'))?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
}
