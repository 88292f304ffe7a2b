import { useCallback, useState } from 'react';
import { useAnnounce } from '../app/announcer.js';

/**
 * A confirmation such as "Opgeslagen.": shown next to what changed and said once by screen
 * readers (through the app's live region, so it is not announced twice).
 */
export function useNotice() {
  const announce = useAnnounce();
  const [notice, setNotice] = useState<string | null>(null);
  const show = useCallback(
    (text: string) => {
      setNotice(text);
      announce(text);
    },
    [announce],
  );
  const clear = useCallback(() => setNotice(null), []);
  return { notice, show, clear };
}
