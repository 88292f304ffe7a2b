import type { ExclusionGroup } from '../../api/matching.js';
import { AppLink } from '../../components/link.js';
import { useMayOpen } from '../../app/require-auth.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * Why nobody qualifies for a case, grouped by reason, each with the step that could change it
 * where one exists: a full mediator's capacity on their registry page, dormant mediators woken up
 * from pool health. Links only to pages the person may open.
 */
export function WhyNobody({ id, groups }: { id: string; groups: readonly ExclusionGroup[] }) {
  const { t } = useI18n();
  const w = t.matching.why;
  const mayOpen = useMayOpen();
  const action = (to: string, label: string, name?: string) => (
    <>
      {' — '}
      <AppLink to={to}>
        {label}
        {name !== undefined && <span className="mp-visually-hidden"> ({name})</span>}
      </AppLink>
    </>
  );
  return (
    <ul id={id} className="utrecht-unordered-list mp-matching-why">
      {groups.flatMap((g) => {
        if (g.code === 'at_capacity') {
          const items = g.mediators.map((m) => (
            <li key={`${g.code}-${m.id}`} className="utrecht-unordered-list__item">
              {w.full(m.name, m.openCases, m.maxConcurrentCases)}
              {action(`/register/mediators/${m.id}`, w.adjustCapacity, m.name)}
            </li>
          ));
          if (g.count > g.mediators.length) {
            items.push(
              <li key={`${g.code}-more`} className="utrecht-unordered-list__item">
                {w.moreFull(g.count - g.mediators.length)}
              </li>,
            );
          }
          return items;
        }
        const names = g.count <= g.mediators.length ? g.mediators.map((m) => m.name).join(', ') : '';
        const step =
          g.code === 'dormant' && mayOpen('registry.health')
            ? action('/register/gezondheid#health-dormant', w.wakeUp)
            : (g.code === 'no_specialism' || g.code === 'no_municipality') && g.mediators.length === 1
              ? action(`/register/mediators/${g.mediators[0]!.id}`, w.openRegistry, g.mediators[0]!.name)
              : g.code === 'no_specialism' || g.code === 'no_municipality'
                ? action('/register/mediators', w.openRegistry)
                : null;
        return [
          <li key={g.code} className="utrecht-unordered-list__item">
            {w.group(g.code, g.count, names)}
            {step}
          </li>,
        ];
      })}
    </ul>
  );
}
