import type { Contract, MethodOf } from '../../shared/api/contract.js';
import type { InputOf } from '../../shared/api/schemas.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { ApiEvent } from '../../shared/api/events.js';
import { Session } from '../server/context.js';
import { type Io, printError, exitFor } from './output.js';

/** Thrown to end a command with an error value already in hand. */
export class CallFailed extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
  }
}

export interface Cli {
  io: Io;
  json: boolean;
  session: Session;
  call<M extends MethodOf>(method: M, input: InputOf<M>): Promise<Contract[M]['output']>;
  /** Opens `file`, runs `fn`, and always closes the file (WAL checkpointed). */
  withCompany<T>(file: string, fn: () => Promise<T>): Promise<T>;
}

export function makeCli(io: Io, json: boolean, session = new Session()): Cli {
  const onEvent = (e: ApiEvent) => {
    if (e.type === 'progress' && !json && process.stderr.isTTY) {
      const pct = e.total ? Math.floor((100 * e.done) / e.total) : 0;
      process.stderr.write(`\r${e.label ?? e.job}: ${pct} % (${e.done}/${e.total})${e.done >= e.total ? '\n' : ''}`);
    } else if (e.type === 'log' && !json) io.err(e.level === 'warning' ? `VARNING: ${e.message}` : e.message);
  };
  const cli: Cli = {
    io, json, session,
    async call(method, input) {
      const { dispatch } = await import('../server/dispatch.js');
      const r = await dispatch(session, method, input, onEvent);
      if (!r.ok) throw new CallFailed(r.error);
      return r.value;
    },
    async withCompany(file, fn) {
      await openCompany(cli, file);
      try {
        return await fn();
      } finally {
        const { dispatch } = await import('../server/dispatch.js');
        await dispatch(session, 'company.close', {});
      }
    },
  };
  return cli;
}

/** The secret that opens an encrypted company, from the environment (never from an argument). */
export function secretFromEnv(env: NodeJS.ProcessEnv = process.env): { password?: string; recoveryKey?: string } | null {
  const recoveryKey = env.KONTERA_RECOVERY_KEY?.trim();
  if (recoveryKey) return { recoveryKey };
  const password = env.KONTERA_PASSWORD;
  return password ? { password } : null;
}

const ENCRYPTED_HELP = 'Ange lösenordet i miljövariabeln KONTERA_PASSWORD (eller återställningsnyckeln i KONTERA_RECOVERY_KEY), t.ex. KONTERA_PASSWORD=… kontera …';

/**
 * Opens a company file for a command: a plain file with company.open; an encrypted one with
 * safety.openEncrypted when KONTERA_PASSWORD or KONTERA_RECOVERY_KEY is set, otherwise a refusal
 * that says how to give the password.
 */
async function openCompany(cli: Cli, file: string): Promise<void> {
  const secret = secretFromEnv();
  try {
    await cli.call('company.open', { path: file });
    return;
  } catch (e) {
    if (!(e instanceof CallFailed)) throw e;
    const code: string = e.error.code;
    if (code !== 'company-encrypted' && code !== 'not-a-company-file') throw e;
    if (code === 'not-a-company-file') {
      const kind = await cli.call('safety.backups', { path: file, check: false }).then((r) => r.kind, () => null);
      if (kind !== 'encrypted') throw e;
    }
    if (!secret) {
      throw new CallFailed({ code: 'company-encrypted', message: `Företagsfilen ${file} är krypterad. ${ENCRYPTED_HELP}`, path: 'path' });
    }
  }
  try {
    await cli.call('safety.openEncrypted', { path: file, ...secret });
  } catch (e) {
    if (e instanceof CallFailed && e.error.code === 'wrong-password') {
      throw new CallFailed({ ...e.error, message: 'Fel lösenord i KONTERA_PASSWORD. Försök igen, eller ange återställningsnyckeln i KONTERA_RECOVERY_KEY.' });
    }
    throw e;
  }
}

/** Prints a failed call and returns its exit code. */
export function reportFailure(cli: Cli, e: CallFailed): number {
  printError(cli.io, cli.json, e.error);
  return exitFor(e.error);
}
