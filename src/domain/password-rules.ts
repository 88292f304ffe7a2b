/** Password rules, shared by the server (enforced) and the web forms (shown while typing). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'too-short' | 'too-long' | 'same-as-email';

export function checkPassword(password: string, email?: string): PasswordProblem | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too-long';
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return 'same-as-email';
  return undefined;
}

export const passwordProblemText: Record<PasswordProblem, string> = {
  'too-short': `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`,
  'too-long': `Kies een wachtwoord van hoogstens ${PASSWORD_MAX_LENGTH} tekens.`,
  'same-as-email': 'Uw wachtwoord mag niet gelijk zijn aan uw e-mailadres.',
};
