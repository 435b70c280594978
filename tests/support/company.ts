import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Session, fixedClock, type Clock } from '../../electron/server/context.js';
import { dispatch } from '../../electron/server/dispatch.js';
import type { MethodOf, Contract } from '../../shared/api/contract.js';
import type { InputOf } from '../../shared/api/schemas.js';
import { parseLedger } from './ledger.js';

export interface TestCompany {
  dir: string;
  file: string;
  session: Session;
  /** dispatch that fails the test on an error value. */
  call<M extends MethodOf>(method: M, input: InputOf<M>): Promise<Contract[M]['output']>;
  /** dispatch returning the raw response. */
  raw<M extends MethodOf>(method: M, input: InputOf<M>): ReturnType<typeof dispatch<M>>;
  /** Posts every voucher of a ledger text. */
  post(ledger: string): Promise<Contract['vouchers.post']['output'][]>;
  cleanup(): void;
}

export function tempDir(prefix = 'kontera-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export interface CompanyOptions {
  form?: 'EF' | 'AB';
  identity?: string;
  fiscalYear?: { start: string; end: string };
  vatPeriod?: 'month' | 'quarter' | 'year';
  vatMethod?: 'kontant' | 'faktura';
  /** Company name; defaults by form. */
  name?: string;
  clock?: Clock;
}

/** Creates and opens a company in a fresh temp folder. */
export async function newCompany(o: CompanyOptions = {}): Promise<TestCompany> {
  const dir = tempDir();
  const file = path.join(dir, 'bolag.kontera');
  const session = new Session(o.clock ?? fixedClock('2026-12-03T10:00:00.000Z'), 'testare');
  const raw = <M extends MethodOf>(m: M, i: InputOf<M>) => dispatch(session, m, i);
  const call = async <M extends MethodOf>(m: M, i: InputOf<M>) => {
    const r = await raw(m, i);
    if (!r.ok) throw new Error(`${m} misslyckades: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
  const form = o.form ?? 'AB';
  await call('company.create', {
    path: file, name: o.name ?? (form === 'AB' ? 'Testbolaget AB' : 'Test Enskild Firma'), identity: o.identity ?? (form === 'AB' ? '556000-0167' : '811218-9876'),
    form, fiscalYear: o.fiscalYear ?? { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: o.vatPeriod ?? 'quarter',
    ...(o.vatMethod ? { vatMethod: o.vatMethod } : {}),
  });
  await call('company.open', { path: file });
  return {
    dir, file, session, call, raw,
    async post(ledger) {
      const out = [];
      for (const v of parseLedger(ledger)) out.push(await call('vouchers.post', { date: v.date, series: v.series, text: v.text, lines: v.lines }));
      return out;
    },
    cleanup() {
      void dispatch(session, 'company.close', {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
