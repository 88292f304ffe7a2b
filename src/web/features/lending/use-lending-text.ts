import { useI18n } from '../../i18n/i18n.js';
import { lendingEn } from './i18n-en.js';
import { lendingNl, type LendingMessages } from './i18n-nl.js';

/**
 * The lending texts in the language shown. The catalogue is small and used on the case page (in
 * the matching section) and the queue page, so both languages come with this feature's chunk.
 */
export function useLendingText(): LendingMessages {
  const { locale } = useI18n();
  return locale === 'en' ? lendingEn : lendingNl;
}
