import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'active' | 'inactive';

export function StatusBadge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${tone} mp-badge mp-badge--${tone}`}>{children}</span>;
}
