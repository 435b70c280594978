/**
 * The error catalogue: one reproducer per error code a user can meet in the core, each checked
 * for its stable code and a Swedish message. A meta-test makes sure every code the contract
 * declares for these methods has a row here.
 */
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { readFileSync, writeFileSync, copyFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { newCompany, tempDir, type TestCompany } from '../../support/company.js';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { applyTemplate } from '../../../shared/domain/templates/template.js';
import { checkVoucher } from '../../../shared/domain/ledger/checks.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { setFiscalYearStateRaw } from '../../support/yearState.js';

let c: TestCompany;
beforeAll(async () => {
  c = await newCompany({ form: 'AB', fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
  await c.post(`2025-01-10 A "Kontor"\n  6110 800\n  1930 -800\n`);
  await c.call('years.new', {});
});
afterAll(() => c.cleanup());

type Outcome = { code: string; message: string };
const err = async (p: Promise<{ ok: boolean; error?: Outcome } | { ok: true }>): Promise<Outcome> => {
  const r = (await p) as { ok: boolean; error?: Outcome };
  if (r.ok || !r.error) throw new Error('expected an error');
  return r.error;
};
const line = (account: string, amount: number) => ({ account, amount });
const post = (over: Record<string, unknown>) => c.raw('vouchers.post', { date: '2025-02-01', text: 'x', lines: [line('6110', 100), line('1930', -100)], ...over } as never);
const createIn = (dir: string, over: Record<string, unknown> = {}) => dispatch(new Session(), 'company.create', {
  path: path.join(dir, `${Math.random()}.kontera`), name: 'X AB', identity: '556000-0167', form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'quarter', ...over,
} as never);

const CATALOGUE: Record<string, () => Promise<Outcome>> = {
  'invalid-input': () => err(c.raw('vouchers.post', { date: '2025-02-30', text: 'x', lines: [] })),
  'no-company': () => err(dispatch(new Session(), 'verify', {})),
  'file-exists': () => err(dispatch(new Session(), 'company.create', { path: c.file, name: 'X', identity: '556000-0167', form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'quarter' })),
  'invalid-identity': () => err(createIn(tempDir(), { identity: '556000-0168' })),
  'invalid-fiscal-year': () => err(createIn(tempDir(), { fiscalYear: { start: '2026-01-01', end: '2027-12-31' } })),
  'cannot-write': () => err(createIn(path.join(tempDir(), 'finns', 'inte'))),
  'file-not-found': () => err(dispatch(new Session(), 'company.open', { path: path.join(tempDir(), 'borta.kontera') })),
  'not-a-company-file': () => {
    const f = path.join(tempDir(), 'text.kontera');
    writeFileSync(f, 'inte en databas');
    return err(dispatch(new Session(), 'company.open', { path: f }));
  },
  'schema-too-new': async () => {
    const f = path.join(tempDir(), 'ny.kontera');
    copyFileSync(c.file, f);
    const db = new Database(f);
    db.pragma('user_version = 999');
    db.close();
    return err(dispatch(new Session(), 'company.open', { path: f }));
  },
  unbalanced: () => err(post({ lines: [line('6110', 100), line('1930', -90)] })),
  'too-few-lines': () => err(post({ lines: [line('6110', 100)] })),
  'zero-line': () => err(post({ lines: [line('6110', 100), line('6120', 0), line('1930', -100)] })),
  'unknown-account': () => err(post({ lines: [line('6110', 100), line('1999', -100)] })),
  'inactive-account': async () => {
    await c.call('accounts.add', { number: '1939', name: 'Gammalt konto' });
    await c.call('accounts.setActive', { number: '1939', active: false });
    return err(post({ lines: [line('6110', 100), line('1939', -100)] }));
  },
  'no-fiscal-year': () => err(post({ date: '2030-01-01' })),
  'fiscal-year-closed': async () => {
    setFiscalYearStateRaw(c.session.db!.raw, 'closed', '2025-01-01');
    try {
      return await err(post({}));
    } finally {
      setFiscalYearStateRaw(c.session.db!.raw, 'open', '2025-01-01');
    }
  },
  'period-closed': async () => {
    await c.call('periods.close', { month: '2025-03' });
    return err(post({ date: '2025-03-03' }));
  },
  'period-vat-reported': () => {
    c.session.db?.raw.prepare("INSERT INTO period_states VALUES ('2025-04', 'vat-reported', '2025-05-12T00:00:00Z', 'test', NULL)").run();
    return err(post({ date: '2025-04-03', lines: [line('6110', 80), line('2641', 20), line('1930', -100)] }));
  },
  'invalid-date': async () => {
    const r = checkVoucher({ kind: 'draft', date: '2025-02-30' as never, text: 'x', series: 'A', lines: [{ account: '1930', amount: ore(1) }, { account: '6110', amount: ore(-1) }] },
      { accounts: new Map([['1930', { active: true, vatCode: null }], ['6110', { active: true, vatCode: null }]]), fiscalYear: null, periodState: 'open' });
    return r.ok ? { code: 'ok', message: '' } : (r.problems[0] as Outcome);
  },
  'missing-text': () => err(post({ text: '   ' })),
  'invalid-series': () => err(post({ series: 'A-B' })),
  'template-not-found': () => err(post({ lines: [], template: { name: 'Finns inte', total: 100 } })),
  'receipt-not-found': () => err(post({ receiptIds: [999] })),
  'template-invalid': async () => {
    const r = applyTemplate({ name: 'Trasig', form: 'both', description: '', lines: [{ account: '1930', rule: 'rest' }, { account: '6110', rule: 'rest' }] }, ore(100));
    return r.ok ? { code: 'ok', message: '' } : (r.problems[0] as Outcome);
  },
  'not-found': () => err(c.raw('vouchers.get', { voucher: { series: 'Q', number: 9 } })),
  'already-corrected': async () => {
    await c.call('vouchers.correct', { voucher: { series: 'A', number: 1, fiscalYear: '2025-01-01' }, date: '2025-02-10' });
    return err(c.raw('vouchers.correct', { voucher: { series: 'A', number: 1, fiscalYear: '2025-01-01' }, date: '2025-02-11' }));
  },
  'account-exists': () => err(c.raw('accounts.add', { number: '1930', name: 'Dubblett' })),
  'invalid-vat-code': () => err(c.raw('accounts.setVatCode', { number: '3001', vatCode: 'moms-99' })),
  'not-carried': () => err(c.raw('years.refreshOpening', { fiscalYear: '2025-01-01' })),
  'opening-unbalanced': async () => {
    const e = await newCompany();
    try {
      return await err(e.raw('opening.set', { fiscalYear: '2026-01-01', lines: [line('1930', 100)] }));
    } finally {
      e.cleanup();
    }
  },
  'opening-carried': () => err(c.raw('opening.set', { fiscalYear: '2026-01-01', lines: [line('1930', 100), line('2081', -100)] })),
  'reopen-needs-reason': () => err(c.raw('periods.reopen', { month: '2025-03', reason: ' ' })),
  'already-open': () => err(c.raw('periods.reopen', { month: '2025-06', reason: 'test' })),
  'template-exists': () => err(c.raw('templates.saveFromVoucher', { name: 'Bankavgift', voucher: { series: 'A', number: 1, fiscalYear: '2025-01-01' } })),
  'range-outside-year': () => err(c.raw('reports.trialBalance', { from: '2025-06-01', to: '2026-02-01' })),
  'backup-invalid': async () => {
    const f = path.join(tempDir(), 'trasig.kontera-backup');
    const b = await c.call('backup.create', {});
    copyFileSync(b.path, f);
    const fd = openSync(f, 'r+');
    const size = statSync(f).size;
    for (let off = 4096; off < size; off += 4096) writeSync(fd, Buffer.alloc(200, 0x41), 0, 200, off + 50);
    closeSync(fd);
    return err(c.raw('backup.restore', { backup: f, file: path.join(tempDir(), 'mål.kontera') }));
  },
  'wrong-password': async () => {
    const e = await newCompany();
    try {
      await e.call('safety.encrypt', { password: 'ett långt lösenord' });
      const b = await e.call('backup.create', {});
      return await err(dispatch(new Session(), 'backup.restore', { backup: b.path, file: e.file, password: 'fel lösenord' }));
    } finally {
      e.cleanup();
    }
  },
  'company-encrypted': async () => {
    const e = await newCompany();
    try {
      await e.call('safety.encrypt', { password: 'ett långt lösenord' });
      await e.call('company.close', {});
      return await err(dispatch(new Session(), 'company.open', { path: e.file }));
    } finally {
      e.cleanup();
    }
  },
  'invalid-recovery-key': () => err(c.raw('backup.restore', { backup: c.file, file: path.join(tempDir(), 'mål.kontera'), recoveryKey: 'ABCD-EFGH' })),
  busy: async () => {
    const other = new Database(c.file);
    other.exec('BEGIN IMMEDIATE');
    c.session.db?.raw.pragma('busy_timeout = 50');
    try {
      return await err(post({}));
    } finally {
      other.exec('ROLLBACK');
      other.close();
      c.session.db?.raw.pragma('busy_timeout = 15000');
    }
  },
};

const SWEDISH = /[åäöÅÄÖ]|\b(och|inte|finns|ska|är|för|måste|ange|välj)\b/;

describe('error catalogue', () => {
  for (const [code, reproduce] of Object.entries(CATALOGUE)) {
    it(`${code}: reproducible, with a Swedish message`, async () => {
      const e = await reproduce();
      expect(e.code).toBe(code);
      expect(e.message).toMatch(SWEDISH);
    });
  }

  it('every error code the contract declares for the core methods has a reproducer here', () => {
    const src = readFileSync(new URL('../../../shared/api/areas/core.contract.ts', import.meta.url), 'utf8');
    const core = src.split('\n').filter((l) => !/'(sie|vat|bank|receipts?|closing)\./.test(l)).join('\n');
    const declared = new Set([...core.matchAll(/'([a-z]+(?:-[a-z]+)+|[a-z]+)'/g)].map((m) => m[1] as string)
      .filter((s) => !s.includes('.') && !['verify', 'ok', 'input', 'output', 'error'].includes(s)));
    const methodish = new Set(['company', 'vouchers', 'accounts', 'years', 'opening', 'periods', 'templates', 'reports', 'audit', 'drafts', 'backup']);
    const missing = [...declared].filter((s) => !methodish.has(s) && !(s in CATALOGUE));
    expect(missing).toEqual([]);
  });
});
