/**
 * One round of the crash harness: start the worker on a job, wait for it to say it is about to
 * work, then SIGKILL it after a chosen delay (or as soon as it reports the work done), and say in
 * which phase the kill landed.
 */
import { fork } from 'node:child_process';
import type { WorkerJob } from './worker.js';

export type Phase = 'during' | 'after';

export interface RoundResult {
  phase: Phase;
  /** Vouchers the worker saw committed before the kill (posting only). */
  acked: number;
  /** Milliseconds from "ready" to "done", when the work finished. */
  workMs: number | null;
  /** The worker's report that dispatch refused (a harness bug, never expected). */
  failed: string | null;
}

type Msg = { t: 'ready' } | { t: 'acked'; n: number } | { t: 'done' } | { t: 'failed'; error: string };

/** Runs a job and kills it `delayMs` after "ready"; `delayMs = Infinity` waits for "done". */
export function runRound(workerFile: string, job: WorkerJob, delayMs: number): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    const child = fork(workerFile, [JSON.stringify(job)], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += String(d)));
    let phase: Phase = 'during';
    let acked = 0;
    let readyAt = 0;
    let workMs: number | null = null;
    let failed: string | null = null;
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      if (killed) return;
      killed = true;
      if (timer) clearTimeout(timer);
      child.kill('SIGKILL');
    };
    const guard = setTimeout(() => {
      failed = `worker did not finish within 120 s (${job.kind})`;
      kill();
    }, 120_000);
    child.on('message', (m: Msg) => {
      if (m.t === 'ready') {
        readyAt = performance.now();
        if (Number.isFinite(delayMs)) timer = setTimeout(kill, delayMs);
      } else if (m.t === 'acked') {
        acked = m.n;
      } else if (m.t === 'done') {
        if (!killed) phase = 'after';
        workMs = performance.now() - readyAt;
        kill();
      } else if (m.t === 'failed') {
        failed = m.error;
        kill();
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (!killed && signal !== 'SIGKILL') failed = failed ?? `worker exited by itself (code ${code}): ${stderr.slice(0, 2000)}`;
      resolve({ phase, acked, workMs, failed });
    });
  });
}
