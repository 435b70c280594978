/**
 * The password rules the UI checks while the user types. The backend refuses a short password on
 * its own (electron/db/crypto.ts MIN_PASSWORD_LENGTH); the UI also refuses one made of a single
 * repeated character, which is long but guessed at once.
 */
export const MIN_PASSWORD_LENGTH = 8;

export type PasswordProblem = 'too-short' | 'one-character';

export function passwordProblem(password: string): PasswordProblem | null {
  const chars = [...password];
  if (chars.length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (new Set(chars).size === 1) return 'one-character';
  return null;
}
