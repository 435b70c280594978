/**
 * The bank error catalogue: one reproducer per error code the bank methods can return — the
 * parser's codes surfacing through bank.import (naming "rad N" where a row is at fault), the
 * import's own refusals, booking, linking, rules and reconciliation. Each has a stable code and
 * a Swedish message; a meta-test checks that every code the bank contract declares is here.
 */
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { closeSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { newCompany, type TestCompany } from '../../support/company.js';
import { FIXTURES } from '../../unit/bank/support.js';
import type { BankRowDto } from '../../../shared/api/dto/bank.js';
import { setFiscalYearStateRaw } from '../../support/yearState.js';

type Outcome = { code: string; message: string; line?: number };
let c: TestCompany;
let rows: BankRowDto[];
const fx = (rel: string) => path.join(FIXTURES, rel);
const row = (text: string) => rows.find((r) => r.text === text)!;
const err = async (p: Promise<{ ok: boolean; error?: Outcome }>): Promise<Outcome> => {
  const r = await p;
  if (r.ok || !r.error) throw new Error('expected an error');
  return r.error;
};
const file = (name: string, content: string | Buffer) => {
  const f = path.join(c.dir, name);
  writeFileSync(f, content);
  return f;
};
const imp = (content: string | Buffer, extra: Record<string, unknown> = {}) => err(c.raw('bank.import', { path: file(`f${Math.random()}.csv`, content), account: '1940', ...extra } as never) as never);
const book = (over: Record<string, unknown>) => err(c.raw('bank.book', { rowId: row('Hyra januari').id, ...over } as never) as never);
const HEAD = 'Bokföringsdag;Belopp;Saldo;Rubrik\n';

beforeAll(async () => {
  c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
  await c.call('bank.import', { path: fx('handelsbanken/Transaktioner_12345678_synthetic.txt') });
  await c.call('bank.import', { path: fx('c11/jan.csv'), account: '1920' });
  await c.call('accounts.add', { number: '1942', name: 'Sparkonto' });
  rows = (await c.call('bank.rows', { limit: 100 })).rows;
  await c.post('2026-01-20 A "Leverantör"\n  2440 2440\n  1930 -2440\n2026-01-21 A "Annat"\n  6110 100\n  1930 -100\n');
});
afterAll(() => c.cleanup());

const CATALOGUE: Record<string, () => Promise<Outcome>> = {
  // The parser's codes, through bank.import.
  'bank-unknown-format': () => imp('Namn;Adress\nAnna;Storgatan 1\n'),
  'bank-xls-unsupported': () => imp(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])),
  'bank-file-too-large': async () => {
    const f = path.join(c.dir, 'stor.csv');
    const fd = openSync(f, 'w');
    ftruncateSync(fd, 11 * 1024 * 1024);
    closeSync(fd);
    return err(c.raw('bank.import', { path: f }) as never);
  },
  'bank-unreadable': () => imp(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 7)])),
  'bank-empty': () => imp(HEAD),
  'bank-invalid-amount': () => imp(`${HEAD}2025-03-01;-100,00;;A\n2025-03-02;12,345;;B\n`),
  'bank-invalid-date': () => imp(`${HEAD}2025-13-01;-100,00;;A\n`),
  'bank-two-digit-year': () => imp(readFileSync(fx('c10/c10.csv'), 'utf8').replace('25-03-06', '24-03-06')),
  'bank-ambiguous-number-format': () => imp(`${HEAD}2025-03-01;-1,50;;A\n2025-03-02;-2.50;;B\n`),
  'bank-balance-mismatch': () => imp(`${HEAD}2025-03-01;-100,00;900,00;A\n2025-03-02;-100,00;800,00;B\n2025-03-03;-100,00;750,00;C\n`),
  'bank-camt-invalid': () => imp('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>'),
  // The import's own refusals.
  'file-not-found': () => err(c.raw('bank.preview', { path: path.join(c.dir, 'finns-inte.csv') }) as never),
  'unknown-account': () => err(c.raw('bank.preview', { path: fx('c11/jan.csv'), account: '1998' }) as never),
  'bank-account-invalid': () => err(c.raw('bank.preview', { path: fx('c11/jan.csv'), account: '3001' }) as never),
  'bank-several-accounts': () => err(c.raw('bank.preview', { path: fx('camt/camt053_synthetic.xml'), account: '1940' }) as never),
  'bank-statement-not-found': () => err(c.raw('bank.preview', { path: fx('camt/camt053_synthetic.xml'), statement: 3 }) as never),
  'bank-account-mismatch': () => err(c.raw('bank.preview', { path: fx('swedbank/Transaktioner_synthetic.csv'), account: '1930' }) as never),
  'bank-currency-mismatch': () => imp(readFileSync(fx('camt/camt053_synthetic.xml'), 'utf8').replaceAll('SEK', 'EUR'), { statement: 1, account: '1940' }),
  'bank-preview-stale': async () => {
    const p = await c.call('bank.preview', { path: fx('c11/jan15-feb15.csv'), account: '1942' });
    await c.call('bank.import', { path: fx('c11/jan.csv'), account: '1942' });
    return err(c.raw('bank.import', { path: fx('c11/jan15-feb15.csv'), account: '1942', expect: p.fingerprint }) as never);
  },
  'cannot-write': async () => {
    const d = await newCompany();
    try {
      writeFileSync(path.join(d.dir, 'bolag-backuper'), 'en fil där backupmappen skulle ligga');
      return await err(d.raw('bank.import', { path: fx('c11/jan.csv') }) as never);
    } finally {
      d.cleanup();
    }
  },
  // Booking from a row.
  'bank-row-not-found': () => err(c.raw('bank.book', { rowId: 99_999, template: 'Bankavgift' }) as never),
  'bank-row-matched': async () => {
    await c.call('bank.book', { rowId: row('ÖF-ANNAN-BANK').id, template: 'Bankavgift' });
    return err(c.raw('bank.book', { rowId: row('ÖF-ANNAN-BANK').id, template: 'Bankavgift' }) as never);
  },
  'bank-nothing-to-book': () => book({}),
  'bank-template-mismatch': () => book({ template: 'Kundfaktura 25 %' }),
  'bank-line-mismatch': () => book({ lines: [{ account: '5010', amount: 850_000 }, { account: '1930', amount: -800_000 }] }),
  'bank-receipt-unsupported': () => book({ template: 'Bankavgift', receiptId: 1 }),
  'template-not-found': () => book({ template: 'Finns inte' }),
  'template-invalid': () => {
    c.session.db!.raw.prepare("INSERT INTO templates (name, form, builtin, description, lines, created_at) VALUES ('Trasig', 'both', 0, '', ?, 'x')")
      .run(JSON.stringify([{ account: '1930', rule: 'rest' }, { account: '6110', rule: 'rest' }]));
    return book({ template: 'Trasig' });
  },
  unbalanced: () => book({ lines: [{ account: '5010', amount: 800_000 }] }),
  'too-few-lines': () => book({ lines: [{ account: '1930', amount: -850_000 }] }),
  'zero-line': () => book({ lines: [{ account: '5010', amount: 850_000 }, { account: '6110', amount: 0 }] }),
  'inactive-account': async () => {
    await c.call('accounts.setActive', { number: '6999', active: false });
    return book({ lines: [{ account: '6999', amount: 850_000 }] });
  },
  'no-fiscal-year': () => err(c.raw('bank.book', { rowId: row('Hyra').id, lines: [{ account: '5010', amount: 800_000 }] }) as never),
  'fiscal-year-closed': async () => {
    const raw = c.session.db!.raw;
    setFiscalYearStateRaw(raw, 'closed', '2026-01-01');
    try {
      return await book({ template: 'Bankavgift' });
    } finally {
      setFiscalYearStateRaw(raw, 'open', '2026-01-01');
    }
  },
  'period-closed': async () => {
    await c.call('periods.close', { month: '2026-01' });
    try {
      return await book({ lines: [{ account: '5010', amount: 850_000 }] });
    } finally {
      await c.call('periods.reopen', { month: '2026-01', reason: 'Katalogtest' });
    }
  },
  'period-vat-reported': async () => {
    c.session.db!.raw.prepare("INSERT INTO period_states VALUES ('2026-01', 'vat-reported', '2026-02-12T00:00:00Z', 'test', NULL) ON CONFLICT (month) DO UPDATE SET state = 'vat-reported'").run();
    try {
      return await book({ template: 'Kontorsmaterial 25 %' });
    } finally {
      c.session.db!.raw.prepare("UPDATE period_states SET state = 'open', reason = 'test' WHERE month = '2026-01'").run();
    }
  },
  'missing-text': () => book({ lines: [{ account: '5010', amount: 850_000 }], text: '   ' }),
  'invalid-series': () => book({ lines: [{ account: '5010', amount: 850_000 }], series: 'A-B' }),
  // Linking by hand.
  'bank-line-not-found': () => err(c.raw('bank.link', { rowId: row('INTERNET BET').id, voucherId: 2, lineNo: 1 }) as never),
  'bank-amount-differs': () => err(c.raw('bank.link', { rowId: row('INTERNET BET').id, voucherId: 2 }) as never),
  'bank-line-matched': async () => {
    await c.call('bank.link', { rowId: row('INTERNET BET').id, voucherId: 1 });
    return err(c.raw('bank.link', { rowId: row('KJELL & CO 48').id, voucherId: 1, lineNo: 2 }) as never);
  },
  'bank-row-unmatched': () => err(c.raw('bank.unlink', { rowId: row('Täckning').id, reason: 'test' }) as never),
  'bank-reason-missing': () => err(c.raw('bank.unlink', { rowId: row('INTERNET BET').id, reason: '  ' }) as never),
  // Rules and reconciliation.
  'bank-rule-empty': () => err(c.raw('bank.rules.add', { template: 'Bankavgift', textContains: '  ' }) as never),
  'bank-rule-invalid': () => err(c.raw('bank.rules.add', { template: 'Bankavgift', amountMin: 100, amountMax: -100 }) as never),
  'bank-rule-not-found': () => err(c.raw('bank.rules.remove', { id: 4711 }) as never),
  'bank-account-unknown': () => err(c.raw('bank.reconcile', { account: '1910', month: '2026-01' }) as never),
};
// The import-level 'unknown-account' and the posting one share a code; both must work.
const SECOND: Record<string, () => Promise<Outcome>> = {
  'unknown-account (bokföring)': () => book({ lines: [{ account: '1998', amount: 850_000 }] }),
  'no-fiscal-year (avstämning)': () => err(c.raw('bank.reconcile', { account: '1930', month: '2030-01' }) as never),
};

const SWEDISH = /[åäöÅÄÖ]|\b(och|inte|finns|ska|är|för|måste|ange|välj)\b/;
const LINE_CODES = new Set(['bank-invalid-amount', 'bank-invalid-date', 'bank-two-digit-year', 'bank-balance-mismatch']);

describe('bank error catalogue', () => {
  for (const [code, reproduce] of [...Object.entries(CATALOGUE), ...Object.entries(SECOND)]) {
    it(`${code}: reproducible, with a Swedish message`, async () => {
      const e = await reproduce();
      expect(e.code).toBe(code.split(' ')[0]);
      expect(e.message).toMatch(SWEDISH);
      if (LINE_CODES.has(e.code)) {
        expect(e.line).toBeGreaterThan(1);
        expect(e.message).toContain(`rad ${e.line}`);
      }
    });
  }

  it('every error code the bank contract and the bank parser declare has a reproducer here', () => {
    const read = (f: string) => readFileSync(new URL(f, import.meta.url), 'utf8');
    const parserCodes = /BankErrorCode =([^;]+);/.exec(read('../../../shared/domain/bank/types.ts'))![1]!;
    const src = `${read('../../../shared/api/areas/bank.contract.ts')}\n${parserCodes}`;
    const declared = new Set([...src.matchAll(/'([a-z]+(?:-[a-z0-9]+)+)'/g)].map((m) => m[1] as string));
    expect(declared.size).toBeGreaterThan(40);
    expect([...declared].filter((s) => !(s in CATALOGUE))).toEqual([]);
  });

  it('the link rules hold in SQLite itself, whatever the door', async () => {
    const raw = c.session.db!.raw;
    const linked = raw.prepare('SELECT bank_row_id, voucher_id, line_no FROM bank_active_matches LIMIT 1').get() as { bank_row_id: number; voucher_id: number; line_no: number };
    const ins = raw.prepare("INSERT INTO bank_matches (bank_row_id, voucher_id, line_no, kind, at, by) VALUES (?, ?, ?, 'manual', 'x', 'y')");
    expect(() => ins.run(linked.bank_row_id, linked.voucher_id, linked.line_no)).toThrow(/KONTERA:bank-row-matched/);
    expect(() => ins.run(row('Täckning').id, linked.voucher_id, linked.line_no)).toThrow(/KONTERA:bank-line-matched/);
    expect(() => ins.run(row('Täckning').id, 2, 1)).toThrow(/KONTERA:bank-line-not-found/);
    expect(() => ins.run(row('Täckning').id, 2, 2)).toThrow(/KONTERA:bank-amount-differs/);
    expect(() => raw.prepare('DELETE FROM bank_matches').run()).toThrow(/KONTERA:immutable/);
    await c.call('bank.unlink', { rowId: linked.bank_row_id, reason: 'Katalogtest' });
    expect(() => raw.prepare('UPDATE bank_unmatches SET reason = ?').run('x')).toThrow(/KONTERA:immutable/);
    expect(() => raw.prepare('DELETE FROM bank_unmatches').run()).toThrow(/KONTERA:immutable/);
  });
});
