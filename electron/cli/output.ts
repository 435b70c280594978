import type { ApiError } from '../../shared/api/errors.js';

export const EXIT = { ok: 0, refused: 1, usage: 2, internal: 3 } as const;

/** Exit code of an error value per CLI.md: internal 3, everything else refused (1). */
export function exitFor(e: Pick<ApiError, 'code'>): number {
  return e.code === 'internal' ? EXIT.internal : EXIT.refused;
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

export const stdio: Io = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};

/** Prints an error as CLI.md says: `FEL <kod>: <text>` on stderr, or JSON on stdout. */
export function printError(io: Io, json: boolean, e: ApiError): void {
  if (json) {
    const { code, message, line, path, problems, incident } = e;
    io.out(JSON.stringify({ ok: false, error: { code, message, ...(line ? { line } : {}), ...(path ? { path } : {}), ...(problems ? { problems } : {}), ...(incident ? { incident } : {}) } }));
    return;
  }
  const where = e.line ? ` (rad ${e.line})` : '';
  if (e.problems && e.problems.length > 1) {
    for (const p of e.problems) io.err(`FEL ${p.code}: ${p.message}${p.line ? ` (rad ${p.line})` : ''}`);
  } else {
    io.err(`FEL ${e.code}: ${e.message}${where}`);
  }
}
