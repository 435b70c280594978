import os from 'node:os';
import type { Db } from '../db/connection.js';
import type { EventSink } from '../../shared/api/events.js';
import type { IsoDate } from '../../shared/domain/dates/isoDate.js';
import { swedishDateOf } from '../../shared/domain/dates/swedishDate.js';
import { type HandlerResult, Rollback } from './result.js';

/** Time comes from here only, so tests can fix it. */
export interface Clock {
  /** An instant, ISO 8601 UTC with milliseconds. */
  now(): string;
  /** Today's date where the user is (Sweden), as YYYY-MM-DD. */
  today(): IsoDate;
}

const realClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => swedishDateOf(new Date()),
};

/**
 * The clock of a session: the real one, or a fixed instant from KONTERA_NOW (ISO 8601), which
 * makes a run reproducible (golden outputs, time-zone and daylight-saving tests).
 */
export const systemClock: Clock = process.env.KONTERA_NOW && !Number.isNaN(Date.parse(process.env.KONTERA_NOW))
  ? fixedClockOf(new Date(process.env.KONTERA_NOW).toISOString())
  : realClock;

function fixedClockOf(instant: string): Clock {
  return { now: () => instant, today: () => swedishDateOf(instant) };
}

/** A fixed clock for tests and reproducible runs; today is the Swedish date of the instant. */
export function fixedClock(instant: string): Clock {
  return fixedClockOf(instant);
}

/** The open company of one window, one CLI run or one bridge. */
export class Session {
  private current: Db | null = null;
  private readonly openListeners = new Set<(db: Db) => void>();
  constructor(readonly clock: Clock = systemClock, readonly user: string = defaultUser()) {}

  get db(): Db | null {
    return this.current;
  }

  /** Every door that opens a company sets this; listeners hear of each newly open connection. */
  set db(next: Db | null) {
    const was = this.current;
    this.current = next;
    if (next && next !== was) for (const l of this.openListeners) l(next);
  }

  /**
   * Calls `listener` each time a company becomes the open one (opened, or reopened after
   * encryption or an undo). It runs synchronously inside the handler: schedule real work.
   * Returns the function that removes it.
   */
  onOpen(listener: (db: Db) => void): () => void {
    this.openListeners.add(listener);
    return () => this.openListeners.delete(listener);
  }
}

export function defaultUser(): string {
  return process.env.KONTERA_USER || safeUsername();
}

function safeUsername(): string {
  try {
    return os.userInfo().username || 'okänd';
  } catch {
    return 'okänd';
  }
}

export class NoCompanyError extends Error {}

export interface Ctx {
  readonly session: Session;
  readonly clock: Clock;
  readonly user: string;
  readonly emit: EventSink;
  /** The open company; throws NoCompanyError (mapped to `no-company`) when none is open. */
  db(): Db;
  /**
   * One write = one `BEGIN IMMEDIATE` transaction: every fact the write checks is read inside it.
   * An error value returned by `fn` rolls the whole transaction back.
   */
  write<T>(fn: (db: Db) => HandlerResult<T>): HandlerResult<T>;
}

export function makeCtx(session: Session, emit: EventSink): Ctx {
  const db = (): Db => {
    if (!session.db) throw new NoCompanyError();
    return session.db;
  };
  return {
    session, clock: session.clock, user: session.user, emit, db,
    write<T>(fn: (db: Db) => HandlerResult<T>): HandlerResult<T> {
      const d = db();
      try {
        return d.raw.transaction(() => {
          const r = fn(d);
          if (!r.ok) throw new Rollback(r);
          return r;
        }).immediate();
      } catch (e) {
        if (e instanceof Rollback) return e.result;
        throw e;
      }
    },
  };
}
