import { ProblemError, conflict, tooManyRequests } from '../../http/problem.js';
import { waitInMinutes } from '../../auth/password-throttle.js';

/** The module's problems, in Dutch (their English sentences are in src/web/i18n/en-problems.ts). */
const codeProblem = (slug: string, title: string, reason: string) => new ProblemError(400, slug, title, reason, [{ name: 'code', code: slug, reason }]);

export const totpCodeInvalid = () => codeProblem('totp-code-invalid', 'Code klopt niet.', 'De code klopt niet. Typ de zes cijfers die uw app nu toont.');
export const totpCodeExpired = () =>
  codeProblem('totp-code-expired', 'Code verlopen.', 'Deze code is verlopen. Typ de code die uw app nu toont (een code geldt 30 seconden).');
export const totpCodeReused = () =>
  codeProblem('totp-code-reused', 'Code al gebruikt.', 'Deze code is al gebruikt. Wacht tot uw app een nieuwe code toont en typ die.');
export const recoveryCodeInvalid = () =>
  codeProblem('recovery-code-invalid', 'Herstelcode klopt niet.', 'Deze herstelcode klopt niet of is al gebruikt. Elke herstelcode werkt één keer.');

export const passkeyChallengeUnusable = () =>
  new ProblemError(
    409,
    'passkey-challenge-unusable',
    'Passkey-verzoek verlopen of al gebruikt.',
    'Dit passkey-verzoek is verlopen of al gebruikt. Probeer het opnieuw; elk verzoek werkt één keer.',
  );
export const passkeyInvalid = () =>
  new ProblemError(400, 'passkey-invalid', 'Passkey niet herkend.', 'De passkey werd niet herkend of het antwoord klopt niet. Probeer het opnieuw.', [
    { name: 'response', code: 'passkey-invalid', reason: 'De passkey werd niet herkend of het antwoord klopt niet.' },
  ]);

export const lastFactorRequired = () =>
  conflict(
    'Uw pool vraagt een tweede factor voor uw rol: dit is uw laatste. Stel eerst een andere in (een app of een tweede passkey) voordat u deze verwijdert.',
    'second-factor-last-required',
  );

export const noSecondStepNeeded = () => conflict('Deze sessie heeft de tweede stap al gedaan of heeft hem niet nodig.');
export const browserSessionOnly = () => conflict('Dit kan alleen in een browsersessie, niet met een API-token.');

export const tooManySecondFactorAttempts = (seconds: number) =>
  tooManyRequests(`Te veel mislukte pogingen voor de tweede stap. Probeer het over ${waitInMinutes(seconds)} opnieuw.`, seconds, 'too-many-second-factor-attempts');
