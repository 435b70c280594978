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
      await cli.call('company.open', { path: file });
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

/** Prints a failed call and returns its exit code. */
export function reportFailure(cli: Cli, e: CallFailed): number {
  printError(cli.io, cli.json, e.error);
  return exitFor(e.error);
}
