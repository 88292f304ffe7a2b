import { useEffect, type MouseEvent, type ReactNode } from 'react';
import { cx } from '../../components/class-names.js';
import { useI18n } from '../../i18n/i18n.js';
import { CASE_PART_ANCHORS, type CasePart } from './case-parts.js';

/**
 * Moves to a part of the case page: scrolls it into view, gives it the focus (so the next Tab
 * continues inside it and a screen reader reads its name) and puts its anchor in the address, so
 * the link can be shared or reloaded. The router's history entry stays as it is.
 */
export function jumpToPart(anchor: string) {
  const target = document.getElementById(anchor);
  if (!target) return;
  window.history.replaceState(window.history.state, '', `#${anchor}`);
  // A section is not focusable of itself; -1 lets the script (not the Tab key) put the focus there.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

const onAnchorClick = (anchor: string) => (e: MouseEvent<HTMLAnchorElement>) => {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  jumpToPart(anchor);
};

/** A link to a part of this case page (a plain anchor, so it also works without script). */
export function PartLink({ part, children, button }: { part: CasePart; children: ReactNode; button?: 'primary' | 'secondary' }) {
  return (
    <JumpLink anchor={CASE_PART_ANCHORS[part]} {...(button ? { button } : {})}>
      {children}
    </JumpLink>
  );
}

/** A link to an element of this page by its id, moving there as `jumpToPart` does. */
export function JumpLink({ anchor, children, button }: { anchor: string; children: ReactNode; button?: 'primary' | 'secondary' }) {
  return (
    <a
      href={`#${anchor}`}
      className={button ? cx('utrecht-button-link', 'utrecht-button-link--html-a', `utrecht-button-link--${button}-action`) : cx('utrecht-link', 'utrecht-link--html-a')}
      onClick={onAnchorClick(anchor)}
    >
      {children}
    </a>
  );
}

/**
 * The in-page menu of a case: one link per part that applies to the case in its phase. Links,
 * not tabs: every part stays on the page (and in the browser's find), the keyboard needs only
 * Tab and Enter, and `#uren` in a link opens the page at that part.
 */
export function CasePartMenu({ parts }: { parts: readonly CasePart[] }) {
  const { t } = useI18n();
  const m = t.cases.detail.parts;
  return (
    <nav className="mp-case-menu" aria-label={m.menuLabel}>
      <ul className="mp-case-menu__list">
        {parts.map((part) => (
          <li key={part} className="mp-case-menu__item">
            <PartLink part={part}>{m.names[part]}</PartLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One part of the case page: the target of its menu link, focusable by script only. */
export function CasePartBlock({ part, children }: { part: CasePart; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div id={CASE_PART_ANCHORS[part]} className="mp-case-part" tabIndex={-1} role="group" aria-label={t.cases.detail.parts.names[part]}>
      {children}
    </div>
  );
}

/** On arrival with an anchor (`/zaken/<id>#uren`), once the parts are on the page: go there. */
export function useJumpOnArrival(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const anchor = window.location.hash.slice(1);
    if (anchor && Object.values(CASE_PART_ANCHORS).includes(anchor)) jumpToPart(anchor);
  }, [ready]);
}
