/**
 * bank.preview / bank.import through dispatch on a temp company: every format fixture lands with
 * exactly the parsed file's amounts; cases C10 and C11 at import level; the import applies exactly
 * the preview; a file already imported adds nothing; bank rows are immutable in SQLite itself.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { newCompany, type TestCompany } from '../../support/company.js';
import { readBankFile } from '../../../electron/server/bank/readBankFile.js';
import { FIXTURES } from '../../unit/bank/support.js';

const fx = (rel: string) => path.join(FIXTURES, rel);

const FORMATS: [string, string, number | undefined][] = [
  ['handelsbanken/Transaktioner_12345678_synthetic.txt', 'handelsbanken', undefined],
  ['nordea/PLUSGIROKONTO_synthetic.csv', 'nordea', undefined],
  ['nordea/Nordea_kort_synthetic.csv', 'nordea-card', undefined],
  ['swedbank/Transaktioner_synthetic.csv', 'swedbank', undefined],
  ['swedbank/Transaktioner_synthetic_html.xls', 'swedbank', undefined],
  ['seb/Kontohandelser_synthetic_3dec.csv', 'seb', undefined],
  ['seb/Kontohandelser_synthetic_comma.csv', 'seb', undefined],
  ['marginalen/konto_synthetic.csv', 'marginalen', undefined],
  ['kort/Kontohandelser_synthetic.csv', 'kontohandelser', undefined],
  ['kort/amex_synthetic.csv', 'amex', undefined],
  ['wise/statement_synthetic.csv', 'wise', undefined],
  ['skattekonto/Bokforda_transaktioner_synthetic.csv', 'skattekonto', undefined],
  ['skattekonto/bokf_synthetic.skv', 'skattekonto', undefined],
  ['camt/camt053_synthetic.xml', 'camt053', 1],
  ['camt/camt053_synthetic.xml', 'camt053', 2],
  ['camt/camt054_synthetic.xml', 'camt054', undefined],
  ['c10/c10.csv', 'nordea', undefined],
];

/** 19xx numbers that BAS 2025 leaves free (1990 is taken). */
const FREE = [0, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999];

let c: TestCompany;
beforeAll(async () => {
  c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
});
afterAll(() => c.cleanup());

const shape = (r: { line: number; date?: string; bookingDate?: string; amount: number; balance?: number | null; text: string; reference?: string | null; counterparty?: string | null; currency: string; originalAmount?: number | null; originalCurrency?: string | null }) => ({
  line: r.line, date: r.date ?? r.bookingDate, amount: r.amount, balance: r.balance ?? null, text: r.text, reference: r.reference ?? null,
  counterparty: r.counterparty ?? null, currency: r.currency, originalAmount: r.originalAmount ?? null, originalCurrency: r.originalCurrency ?? null,
});
const byLine = <T extends { line: number }>(xs: T[]) => [...xs].sort((a, b) => a.line - b.line);

describe('every format fixture imports with exactly the parsed amounts', () => {
  // One company, one ledger account per fixture (the Swedbank HTML twin of the CSV gets its own
  // company: the bank account number in it is already registered to the CSV's ledger account).
  let d: TestCompany;
  let twin: TestCompany;
  beforeAll(async () => {
    d = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
    twin = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
  });
  afterAll(() => {
    d.cleanup();
    twin.cleanup();
  });

  FORMATS.forEach(([rel, format, statement], i) => {
    it(`${rel}${statement ? ` (kontoutdrag ${statement})` : ''} → ${format}`, async () => {
      const co = rel.endsWith('_html.xls') ? twin : d;
      const account = i === 0 ? undefined : String(FREE[i]);
      if (account) await co.call('accounts.add', { number: account, name: `Bank ${i}` });
      const parsed = await readBankFile(readFileSync(fx(rel)));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const st = parsed.value.statements[(statement ?? 1) - 1]!;
      const input = { path: fx(rel), ...(account ? { account } : {}), ...(statement ? { statement } : {}) };
      const preview = await co.call('bank.preview', input);
      const imp = await co.call('bank.import', { ...input, expect: preview.fingerprint });
      expect(imp).toMatchObject({ format, account: account ?? '1930', imported: st.rows.length, duplicates: 0 });
      expect(imp.rows).toBe(imp.imported + imp.duplicates + imp.skipped);
      expect(imp.skipped).toBe(st.warnings.filter((w) => w.code === 'bank-pending-skipped').length);
      const stored = (await co.call('bank.rows', { account: imp.account, limit: 1000 })).rows;
      expect(byLine(stored.map(shape))).toEqual(byLine(st.rows.map(shape)));
      expect(stored.reduce((s, r) => s + r.amount, 0)).toBe(st.rows.reduce((s, r) => s + r.amount, 0));
      const [saved] = await co.call('bank.statements', { account: imp.account });
      expect(saved).toMatchObject({ format, opening: st.openingBalance ?? null, closing: st.closingBalance ?? null, imported: st.rows.length, part: statement ?? 1 });
    });
  });

  it('a skattekonto file goes to 1630 unless told otherwise', async () => {
    const p = await twin.call('bank.preview', { path: fx('skattekonto/Bokforda_transaktioner_synthetic.csv') });
    expect([p.account, p.accountName, p.newAccount]).toEqual(['1630', 'Avräkning för skatter och avgifter (skattekonto)', true]);
    const elsewhere = await twin.call('bank.preview', { path: fx('skattekonto/Bokforda_transaktioner_synthetic.csv'), account: '1940' });
    expect(elsewhere.warnings.map((w) => w.code)).toEqual(['bank-tax-account-expected']);
  });

  it('the same rows in another file shape (Handelsbanken TAB, Swedbank HTML) add nothing to an account that has them', async () => {
    await c.call('bank.import', { path: fx('handelsbanken/Transaktioner_12345678_synthetic.txt'), account: '1930' });
    await c.call('bank.import', { path: fx('swedbank/Transaktioner_synthetic.csv'), account: '1940' });
    await c.call('bank.import', { path: fx('nordea/PLUSGIROKONTO_synthetic.csv'), account: '1920' });
    const tab = await c.call('bank.import', { path: fx('handelsbanken/Transaktioner_12345678_synthetic_tab.txt'), account: '1930' });
    expect(tab).toMatchObject({ imported: 0, duplicates: 8, skipped: 1, alreadyImported: false, backup: null });
    const html = await c.call('bank.import', { path: fx('swedbank/Transaktioner_synthetic_html.xls'), account: '1940' });
    expect(html).toMatchObject({ imported: 0, duplicates: 5 });
  });

  it('a file already imported adds nothing and writes no statement', async () => {
    const again = await c.call('bank.import', { path: fx('nordea/PLUSGIROKONTO_synthetic.csv'), account: '1920' });
    expect(again).toMatchObject({ imported: 0, duplicates: 6, skipped: 1, alreadyImported: true, statementIds: [], backup: null });
    expect(await c.call('bank.statements', { account: '1920' })).toHaveLength(1);
  });
});

describe('case C10 at import level', () => {
  it('amounts −3 000,00 / −110,70 / 1 250,00 / −49,00, the two-digit year read as 2025-03-06 with a warning', async () => {
    const d = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    try {
      const p = await d.call('bank.preview', { path: fx('c10/c10.csv') });
      expect(p.rows.map((r) => [r.date, r.amount, r.balance])).toEqual([
        ['2025-03-03', -300_000, 1_234_567], ['2025-03-04', -11_070, 1_223_497], ['2025-03-05', 125_000, 1_348_497], ['2025-03-06', -4_900, 1_343_597]]);
      expect(p.warnings.map((w) => [w.code, w.line])).toEqual([['bank-two-digit-year-assumed', 5]]);
      const i = await d.call('bank.import', { path: fx('c10/c10.csv'), expect: p.fingerprint });
      expect(i).toMatchObject({ format: 'nordea', rows: 4, imported: 4, duplicates: 0, skipped: 0 });
      const r = await d.call('bank.reconcile', { month: '2025-03', record: false });
      expect(r.statement).toBe(1_343_597);
    } finally {
      d.cleanup();
    }
  });
});

describe('case C11 at import level', () => {
  let d: TestCompany;
  beforeAll(async () => {
    d = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
  });
  afterAll(() => d.cleanup());

  it('overlapping import adds each row once, both genuine SPOTIFY rows stay two, and the import applies exactly the preview', async () => {
    const jan = await d.call('bank.import', { path: fx('c11/jan.csv') });
    expect(jan).toMatchObject({ rows: 7, imported: 7, duplicates: 0 });
    expect(jan.backup && existsSync(jan.backup)).toBeTruthy();
    const p = await d.call('bank.preview', { path: fx('c11/jan15-feb15.csv') });
    expect(p.rows.map((r) => [r.date, r.text, r.decision, r.shiftedDays])).toEqual([
      ['2025-01-15', 'Kontorsmaterial', 'duplicate', 0], ['2025-01-20', 'SPOTIFY', 'duplicate', 0], ['2025-01-20', 'SPOTIFY', 'duplicate', 0],
      ['2025-01-25', 'Telia', 'duplicate', 0], ['2025-02-01', 'Bankavgift', 'duplicate', 1], ['2025-02-03', 'Kund AB', 'new', null],
      ['2025-02-10', 'SPOTIFY', 'new', null], ['2025-02-14', 'Hyra', 'new', null]]);
    const spotifyTwins = p.rows.filter((r) => r.date === '2025-01-20').map((r) => r.duplicateOf);
    expect(new Set(spotifyTwins).size).toBe(2);
    const before = (await d.call('bank.rows', { limit: 100 })).rows.map((r) => r.id);
    const i = await d.call('bank.import', { path: fx('c11/jan15-feb15.csv'), expect: p.fingerprint });
    expect(i).toMatchObject({ rows: 8, imported: 3, duplicates: 5, skipped: 0, fingerprint: p.fingerprint });
    const after = (await d.call('bank.rows', { limit: 100 })).rows;
    const added = after.filter((r) => !before.includes(r.id));
    expect(added.map((r) => [r.date, r.amount, r.text])).toEqual(p.rows.filter((r) => r.decision === 'new').map((r) => [r.date, r.amount, r.text]));
    expect(after.filter((r) => r.text === 'SPOTIFY').map((r) => r.date)).toEqual(['2025-01-20', '2025-01-20', '2025-02-10']);
    expect(after).toHaveLength(10);
    const again = await d.call('bank.import', { path: fx('c11/jan15-feb15.csv') });
    expect(again).toMatchObject({ imported: 0, duplicates: 8, alreadyImported: true });
    expect((await d.call('bank.accounts', {}))[0]).toMatchObject({ account: '1930', rows: 10, balance: 2_056_000, statements: 2 });
  });

  it('a preview made before another import is refused, not applied differently', async () => {
    const e = await newCompany({ fiscalYear: { start: '2025-01-01', end: '2025-12-31' } });
    try {
      const stale = await e.call('bank.preview', { path: fx('c11/jan15-feb15.csv') });
      await e.call('bank.import', { path: fx('c11/jan.csv') });
      const r = await e.raw('bank.import', { path: fx('c11/jan15-feb15.csv'), expect: stale.fingerprint });
      expect(r.ok ? 'ok' : r.error.code).toBe('bank-preview-stale');
      expect((await e.call('bank.rows', {})).total).toBe(7);
    } finally {
      e.cleanup();
    }
  });
});

describe('immutability in SQLite itself', () => {
  it('bank rows and statements cannot be updated or deleted, links cannot be duplicated', () => {
    const raw = c.session.db!.raw;
    const id = (raw.prepare('SELECT id FROM bank_rows LIMIT 1').get() as { id: number }).id;
    expect(() => raw.prepare('UPDATE bank_rows SET amount = amount + 1 WHERE id = ?').run(id)).toThrow(/KONTERA:immutable/);
    expect(() => raw.prepare('DELETE FROM bank_rows WHERE id = ?').run(id)).toThrow(/KONTERA:immutable/);
    expect(() => raw.prepare('UPDATE bank_statements SET closing_balance = 0').run()).toThrow(/KONTERA:immutable/);
    expect(() => raw.prepare('DELETE FROM bank_statements').run()).toThrow(/KONTERA:immutable/);
  });
});
