import { updateMe } from '../api/profile.js';
import { Button } from '../components/button.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from './session.js';

/**
 * One button to the other language, written in that language (with its `lang`, so a screen
 * reader pronounces it right). The choice is kept on this device and, when signed in, with
 * the account.
 */
export function LanguageSwitch() {
  const { t, setLocale } = useI18n();
  const { state, setUser } = useSession();
  const next = t.language.switchLang === 'en' ? 'en' : 'nl';

  const change = () => {
    setLocale(next);
    if (state.status === 'authenticated') {
      updateMe({ locale: next }).then(setUser, () => {
        // The switch works on this device regardless; the account keeps its old language.
      });
    }
  };

  return (
    <Button appearance="subtle" className="mp-language-switch" onClick={change} lang={next} title={t.language.switchHint}>
      {t.language.switchLabel}
    </Button>
  );
}
