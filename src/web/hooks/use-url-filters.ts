import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters and the page number live in the address (?q=…&pagina=2), so Back, reload and a
 * shared link show the same list.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
  const rawPage = Number(params.get('pagina') ?? '1');
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1;

  /** New filters start again at page 1. */
  const setFilters = useCallback(
    (next: Partial<Record<K, string>>) => {
      const p = new URLSearchParams();
      for (const [k, v] of Object.entries(next) as [K, string | undefined][]) if (v) p.set(k, v);
      setParams(p);
    },
    [setParams],
  );

  const setPage = useCallback(
    (n: number) => {
      setParams((old) => {
        const p = new URLSearchParams(old);
        if (n <= 1) p.delete('pagina');
        else p.set('pagina', String(n));
        return p;
      });
    },
    [setParams],
  );

  return { values, page, setFilters, setPage, key: params.toString() };
}
