import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { MediatorStatus } from '../../../domain/registry/mediator-values.js';
import type { UpkeepState } from '../../api/registry.js';
import { useAnnounce } from '../../app/announcer.js';
import { Alert } from '../../components/alert.js';
import { Paragraph } from '../../components/heading.js';
import { AppLink } from '../../components/link.js';
import { StatusBadge, type BadgeTone } from '../../components/status-badge.js';
import { useI18n } from '../../i18n/i18n.js';
import './registry.css';

/** "‹ Terug naar …" above a page's content. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Paragraph>
      <AppLink to={to}>
        <span aria-hidden="true">‹ </span>
        {children}
      </AppLink>
    </Paragraph>
  );
}

/** A green confirmation ("… is opgeslagen.") that takes the focus when it appears, if asked to. */
export function Notice({ text, focus }: { text: string | null; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text && focus) ref.current?.focus();
  }, [text, focus]);
  if (!text) return null;
  return (
    <Alert type="ok" className="mp-notice" ref={ref} tabIndex={-1}>
      <p className="utrecht-paragraph">{text}</p>
    </Alert>
  );
}

/**
 * A confirmation carried over from the previous page (`navigate(to, { state: { notice } })`),
 * e.g. "Meppel is toegevoegd." after adding: shown once and said by screen readers.
 */
export function useArrivalNotice(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const incoming = (location.state as { notice?: unknown } | null)?.notice;
  const [notice] = useState(typeof incoming === 'string' ? incoming : null);
  useEffect(() => {
    if (!notice) return;
    announce(notice);
    // Said once: a reload or Back later does not repeat it.
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    // Only when the page is first shown (the effect has no dependencies on purpose).
  }, []);
  return notice;
}

export const statusTone: Record<MediatorStatus, BadgeTone> = {
  active: 'success',
  in_training: 'active',
  dormant: 'warning',
  inactive: 'inactive',
  left: 'neutral',
};

export function MediatorStatusBadge({ status }: { status: MediatorStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={statusTone[status]}>{t.registry.labels.status[status]}</StatusBadge>;
}

const upkeepTone: Record<UpkeepState, BadgeTone> = { on_track: 'success', behind: 'warning', at_risk: 'danger' };

export function UpkeepBadge({ state }: { state: UpkeepState }) {
  const { t } = useI18n();
  return <StatusBadge tone={upkeepTone[state]}>{t.registry.labels.upkeepState[state]}</StatusBadge>;
}
