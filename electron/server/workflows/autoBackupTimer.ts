/**
 * Automatic daily backups in a long-running host (the Electron backend process, the bridge):
 * one check each time a company is opened in the session and then one per `intervalMs` while it
 * stays open. The check is the safety.autoBackup handler with `force` off, so a backup is made at
 * most once a day per file and folder, rotation and the second folder as the settings say.
 * Outcomes are events (a log line for a backup made, a warning for one that failed); nothing here
 * ever throws into the host.
 */
import type { ApiEvent, EventSink } from '../../../shared/api/events.js';
import { type Clock, type Session, makeCtx } from '../context.js';
import { autoBackup } from '../handlers/safety.js';

export interface AutoBackupTimerOptions {
  /** Where outcomes go (the UI's event stream). */
  emit?: EventSink;
  /** Time between checks while a company is open (default one hour). */
  intervalMs?: number;
  /** Runs a job in the host's call order (the backend's one-call-at-a-time queue); default: now. */
  serialize?: (job: () => Promise<void>) => Promise<void>;
}

export interface AutoBackupTimer {
  /** One check now (when a company is open); resolves when it is done. */
  tick(): Promise<void>;
  /** Resolves when every check started so far has finished. */
  idle(): Promise<void>;
  stop(): void;
}

export const AUTO_BACKUP_INTERVAL_MS = 60 * 60 * 1000;

async function check(session: Session, clock: Clock, emit: EventSink): Promise<void> {
  if (!session.db) return;
  const file = session.db.path;
  try {
    const ctx = { ...makeCtx(session, emit), clock };
    const r = await autoBackup(ctx, { force: false });
    if (!r.ok) return emit(warning(`${r.error.message}`));
    for (const f of r.value.folders) if (f.made) emit({ type: 'log', level: 'info', message: `Automatisk säkerhetskopia: ${f.made}` });
  } catch (e) {
    emit(warning(`Den automatiska säkerhetskopian av ${file} misslyckades: ${e instanceof Error ? e.message : String(e)}. Gör en säkerhetskopia för hand och kontrollera att mappen finns och går att skriva i.`));
  }
}

const warning = (message: string): ApiEvent => ({ type: 'log', level: 'warning', message });

/**
 * Starts automatic backups for `session`.
 * @example const t = startAutoBackup(session, systemClock, { emit }); // … t.stop() on quit
 */
export function startAutoBackup(session: Session, clock: Clock, o: AutoBackupTimerOptions = {}): AutoBackupTimer {
  const emit = o.emit ?? (() => {});
  const serialize = o.serialize ?? ((job) => job());
  let pending: Promise<void> = Promise.resolve();
  let running = false;
  const tick = (): Promise<void> => {
    if (running || !session.db) return pending;
    running = true;
    const job = async () => {
      try {
        await check(session, clock, emit);
      } finally {
        running = false;
      }
    };
    pending = serialize(job).catch(() => { running = false; });
    return pending;
  };
  // After the opening call has returned (the listener runs inside it).
  const unsubscribe = session.onOpen(() => void setImmediate(() => void tick()));
  const timer = setInterval(() => void tick(), o.intervalMs ?? AUTO_BACKUP_INTERVAL_MS);
  timer.unref();
  return {
    tick,
    idle: async () => {
      await new Promise((r) => setImmediate(r));
      await pending;
    },
    stop() {
      clearInterval(timer);
      unsubscribe();
    },
  };
}
