import type { ApiError } from '../../shared/api/errors.js';
import { errorFromProblems } from '../../shared/api/errors.js';
import type { Problem } from '../../shared/domain/result.js';

/** What a handler returns: a value or an error value (handlers never throw for user errors). */
export type HandlerResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const done = <T>(value: T): HandlerResult<T> => ({ ok: true, value });

export function refuse(code: string, message: string, extra: Partial<ApiError> = {}): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message, ...extra } };
}

export function refuseAll(problems: readonly Problem[]): { ok: false; error: ApiError } {
  return { ok: false, error: errorFromProblems(problems) };
}

/** Thrown inside a write transaction to roll it back and return the error value. */
export class Rollback extends Error {
  constructor(readonly result: { ok: false; error: ApiError }) {
    super(result.error.code);
  }
}

/** Reads `KONTERA:<code>:<message>` from a trigger's RAISE, if the error came from one. */
export function triggerError(e: unknown): { ok: false; error: ApiError } | null {
  if (!(e instanceof Error)) return null;
  const m = /KONTERA:([a-z-]+):(.*)$/s.exec(e.message);
  return m ? refuse(m[1] as string, m[2] as string) : null;
}
