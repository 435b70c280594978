/**
 * Child process of the crash harness: does one kind of write through dispatch and reports over
 * IPC. It never exits by itself — after the work it waits to be killed — so every round ends in a
 * SIGKILL, before, during or after the work, and the parent knows which from the messages.
 *
 * argv[2] is a JSON `WorkerJob`. Messages: {t:'ready'} just before the work starts,
 * {t:'acked', n} after each committed voucher (posting), {t:'done', value} when the work is over,
 * {t:'failed', error} when dispatch refused (a harness bug: the inputs are valid).
 */
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import type { MethodOf } from '../../../shared/api/contract.js';
import { CRASH_PASSWORD } from './password.js';
import { mulberry32 } from '../../support/seeded.js';

export type WorkerJob =
  | { kind: 'post'; file: string; seed: number }
  | { kind: 'sie-import'; file: string; sie: string }
  | { kind: 'sie-new'; target: string; sie: string }
  | { kind: 'create'; target: string }
  | { kind: 'bank-import'; file: string; statement: string }
  | { kind: 'backup'; file: string }
  | { kind: 'encrypt'; file: string }
  | { kind: 'receipt'; file: string; receipts: string[] };

const send = (m: unknown) => process.send?.(m);
const session = new Session();

async function call(method: MethodOf, input: unknown): Promise<unknown> {
  const r = await dispatch(session, method, input);
  if (!r.ok) {
    send({ t: 'failed', error: `${method}: ${r.error.code}: ${r.error.message}` });
    await idle();
  }
  return (r as { value: unknown }).value;
}

function idle(): Promise<never> {
  return new Promise(() => setInterval(() => {}, 60_000));
}

/** A small seeded generator (mulberry32), so a run's vouchers are the same every time. */
const rng = mulberry32;

const EXPENSES = ['6110', '5410', '6212', '6570', '5010'];

async function postForever(seed: number): Promise<never> {
  const rnd = rng(seed);
  send({ t: 'ready' });
  for (let n = 1; ; n++) {
    const parts = 1 + Math.floor(rnd() * 3);
    const lines = Array.from({ length: parts }, () => ({ account: EXPENSES[Math.floor(rnd() * EXPENSES.length)] as string, amount: 1 + Math.floor(rnd() * 500_000) }));
    const total = lines.reduce((s, l) => s + l.amount, 0);
    const month = 1 + Math.floor(rnd() * 12);
    await call('vouchers.post', {
      date: `2026-${String(month).padStart(2, '0')}-15`, text: `Krasch ${seed}-${n}`, lines: [...lines, { account: '1930', amount: -total }],
    });
    send({ t: 'acked', n });
  }
}

async function main(job: WorkerJob): Promise<void> {
  if (job.kind === 'post') {
    await call('company.open', { path: job.file });
    await postForever(job.seed);
  }
  let value: unknown;
  if (job.kind === 'sie-import') {
    await call('company.open', { path: job.file });
    send({ t: 'ready' });
    value = await call('sie.import', { path: job.sie });
  } else if (job.kind === 'sie-new') {
    send({ t: 'ready' });
    value = await call('sie.import', { path: job.sie, newCompany: { path: job.target } });
  } else if (job.kind === 'create') {
    send({ t: 'ready' });
    value = await call('company.create', {
      path: job.target, name: 'Kraschbolaget AB', identity: '556000-0167', form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'quarter',
    });
  } else if (job.kind === 'bank-import') {
    await call('company.open', { path: job.file });
    send({ t: 'ready' });
    value = await call('bank.import', { path: job.statement });
  } else if (job.kind === 'backup') {
    await call('company.open', { path: job.file });
    send({ t: 'ready' });
    value = await call('backup.create', {});
  }
  if (job.kind === 'receipt') {
    await call('company.open', { path: job.file });
    send({ t: 'ready' });
    const out: unknown[] = [];
    // One file per call: each is its own archive write + metadata transaction.
    for (const f of job.receipts) out.push(await call('receipts.add', { paths: [f] }));
    value = out;
  }
  if (job.kind === 'encrypt') {
    await call('company.open', { path: job.file });
    send({ t: 'ready' });
    value = await call('safety.encrypt', { password: CRASH_PASSWORD });
  }
  send({ t: 'done', value });
  await idle();
}

await main(JSON.parse(process.argv[2] as string) as WorkerJob);
