import type { Problem } from '../domain/result.js';

/** Codes every method may return besides its own. */
export type CommonErrorCode = 'invalid-input' | 'internal' | 'no-company' | 'busy';

export interface ApiError<C extends string = string> {
  code: C | CommonErrorCode;
  /** Swedish, says what to do. */
  message: string;
  path?: string;
  line?: number;
  /** Every problem found when there was more than one (the first is also `code`/`message`). */
  problems?: Problem[];
  /** Set on `internal` errors: quote it when reporting the fault. */
  incident?: string;
}

/** Builds the error value of a failed call from domain problems. */
export function errorFromProblems(problems: readonly Problem[]): ApiError {
  const [first] = problems;
  if (!first) return { code: 'internal', message: 'Okänt fel.' };
  return {
    code: first.code,
    message: problems.length > 1 ? `${first.message} (och ${problems.length - 1} fel till)` : first.message,
    ...(first.path ? { path: first.path } : {}),
    ...(first.line ? { line: first.line } : {}),
    ...(problems.length > 1 ? { problems: [...problems] } : {}),
  };
}

export const COMMON_MESSAGES: Record<CommonErrorCode, string> = {
  'invalid-input': 'Ogiltig indata.',
  internal: 'Ett internt fel inträffade. Inget har sparats. Ange incident-id om du kontaktar supporten.',
  'no-company': 'Inget företag är öppet. Öppna eller skapa ett företag först.',
  busy: 'Företagsfilen används av ett annat program just nu. Försök igen om en stund.',
};
