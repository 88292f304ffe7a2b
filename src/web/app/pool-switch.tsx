import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { getMyPools, switchPool } from '../api/network.js';
import type { MyPools } from '../../contract/network.js';
import { PLATFORM_INITIATIVES_PATH, PLATFORM_POOLS_PATH } from './route-paths.js';
import { Button } from '../components/button.js';
import { describeError } from '../i18n/describe-error.js';
import { useI18n } from '../i18n/i18n.js';
import './pool-switch.css';

/**
 * The header's pool switcher, shown only when the account belongs to more than one pool (ADR
 * 0022). A choice takes effect with the button (never on selection alone), and the app then
 * starts afresh in the chosen pool: its menu, pages and data all follow the new membership.
 */
export function PoolSwitch() {
  const { t, locale } = useI18n();
  const [pools, setPools] = useState<MyPools | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    getMyPools().then(
      (p) => {
        if (!live) return;
        setPools(p);
        setChosen(p.items.find((x) => x.current)?.id ?? '');
      },
      () => {
        // Without the list the header simply shows no switcher.
      },
    );
    return () => {
      live = false;
    };
  }, []);

  if (!pools) return null;
  const platformLink = pools.allowedActions.includes('list-pools') ? (
    <>
      <Link to={PLATFORM_POOLS_PATH} className="mp-pool-switch__link">
        {t.shell.platformPools}
      </Link>
      <Link to={PLATFORM_INITIATIVES_PATH} className="mp-pool-switch__link">
        {t.shell.platformInitiatives}
      </Link>
    </>
  ) : null;
  if (pools.items.length < 2 || !pools.allowedActions.includes('switch-pool')) return platformLink;
  const current = pools.items.find((p) => p.current)?.id ?? '';

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (chosen === current) return;
    setBusy(true);
    setError(undefined);
    try {
      await switchPool(chosen);
      window.location.assign('/');
    } catch (err) {
      setError(describeError(err, t, locale));
      setBusy(false);
    }
  };

  return (
    <>
    {platformLink}
    <form className="mp-pool-switch" onSubmit={(e) => void onSubmit(e)}>
      <label className="mp-pool-switch__label" htmlFor="pool-switch">
        {t.shell.poolSwitchLabel}
      </label>
      <select id="pool-switch" className="utrecht-select utrecht-select--html-select mp-pool-switch__select" value={chosen} onChange={(e) => setChosen(e.target.value)} aria-describedby={error ? 'pool-switch-error' : undefined}>
        {pools.items.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <Button type="submit" appearance="subtle" busy={busy}>
        {t.shell.poolSwitchButton}
      </Button>
      {error && (
        <span id="pool-switch-error" role="alert" className="mp-pool-switch__error">
          {error}
        </span>
      )}
    </form>
    </>
  );
}
