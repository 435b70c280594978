import { describe, it, expect, afterEach } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

const sql = (t: TestCompany) => {
  const db = t.session.db;
  if (!db) throw new Error('no db');
  return db.raw;
};
const raised = (f: () => unknown) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return /KONTERA:([a-z-]+):/.exec((e as Error).message)?.[1] ?? (e as Error).message;
  }
};

/** Inserts a voucher with raw SQL, bypassing every domain check: only the database guards it. */
function rawVoucher(t: TestCompany, date: string, lines: [string, number][]) {
  const db = sql(t);
  const id = (db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM vouchers').get() as { id: number }).id;
  return db.transaction(() => {
    lines.forEach(([account, amount], i) => db.prepare('INSERT INTO voucher_lines VALUES (?, ?, 1, ?, ?, ?, NULL, NULL)').run(id, i + 1, date, account, amount));
    db.prepare(`INSERT INTO vouchers (id, fiscal_year_id, series, number, date, registered_at, text, origin, created_by, hash_version, prev_hash, hash)
      VALUES (?, 1, 'X', ?, ?, '2026-01-01T00:00:00Z', 'rå', 'kontera', 'x', 1, '', ?)`).run(id, id, date, `h${id}`);
  })();
}

describe('each database guard refuses on its own, without the domain', () => {
  it('a posted line or voucher cannot be updated or deleted', async () => {
    c = await newCompany();
    await c.post(`2026-03-05 A "Kontor"\n  6110 800\n  1930 -800\n`);
    expect(raised(() => sql(c).prepare('UPDATE voucher_lines SET amount = 1 WHERE line_no = 1').run())).toBe('immutable');
    expect(raised(() => sql(c).prepare("UPDATE vouchers SET date = '2026-03-06'").run())).toBe('immutable');
    expect(raised(() => sql(c).prepare('DELETE FROM voucher_lines').run())).toBe('immutable');
    expect(raised(() => sql(c).prepare('DELETE FROM vouchers').run())).toBe('immutable');
  });

  it('an unbalanced or one-line voucher cannot be inserted', async () => {
    c = await newCompany();
    expect(raised(() => rawVoucher(c, '2026-03-05', [['6110', 800], ['1930', -700]]))).toBe('unbalanced');
    expect(raised(() => rawVoucher(c, '2026-03-05', [['6110', 0]]))).toBe('too-few-lines');
    expect(raised(() => rawVoucher(c, '2027-03-05', [['6110', 1], ['1930', -1]]))).toBe('outside-fiscal-year');
    expect(raised(() => rawVoucher(c, '2026-03-05', [['6110', 1], ['1930', -1]]))).toBe('no error');
  });

  it('a voucher in a closed month fails (case C21 a–c)', async () => {
    c = await newCompany();
    const [a1] = await c.post(`2026-01-10 A "Januari"\n  6110 800\n  1930 -800\n`);
    await c.call('periods.close', { month: '2026-01' });
    expect(raised(() => rawVoucher(c, '2026-01-15', [['6110', 1], ['1930', -1]]))).toBe('period-closed');
    const dup = await c.raw('vouchers.post', { date: a1?.date ?? '', text: 'Kopia', lines: [{ account: '6110', amount: 80000 }, { account: '1930', amount: -80000 }] });
    expect(dup.ok || dup.error.code).toBe('period-closed');
    expect(raised(() => sql(c).prepare("UPDATE vouchers SET date = '2026-01-31' WHERE id = 1").run())).toBe('immutable');
    // (f) moving the lock forward is allowed; moving it back needs a logged reason
    await c.call('periods.close', { month: '2026-02' });
    expect(raised(() => sql(c).prepare("UPDATE period_states SET state = 'open' WHERE month = '2026-02'").run())).toBe('reopen-needs-reason');
    expect(raised(() => sql(c).prepare("DELETE FROM period_states WHERE month = '2026-02'").run())).toBe('reopen-needs-reason');
    const r = await c.call('periods.reopen', { month: '2026-02', reason: 'Glömt kvitto' });
    expect(r.state).toBe('open');
    const log = await c.call('audit.list', { offset: 0, limit: 10 });
    expect(log.rows[0]).toMatchObject({ action: 'period.state', details: { month: '2026-02', from: 'closed', to: 'open', reason: 'Glömt kvitto' } });
  });

  it('a VAT-reported month refuses lines on VAT accounts in the database too', async () => {
    c = await newCompany();
    sql(c).prepare("INSERT INTO period_states VALUES ('2026-03', 'vat-reported', '2026-04-12T00:00:00Z', 'test', NULL)").run();
    expect(raised(() => rawVoucher(c, '2026-03-05', [['6110', 800], ['2641', 200], ['1930', -1000]]))).toBe('period-vat-reported');
    expect(raised(() => rawVoucher(c, '2026-03-05', [['6110', 800], ['1930', -800]]))).toBe('no error');
  });

  it('the audit log is append-only and an account with history is never deleted', async () => {
    c = await newCompany();
    await c.post(`2026-03-05 A "Kontor"\n  6110 800\n  1930 -800\n`);
    expect(raised(() => sql(c).prepare("UPDATE audit_log SET actor = 'x'").run())).toBe('immutable');
    expect(raised(() => sql(c).prepare('DELETE FROM audit_log').run())).toBe('immutable');
    expect(raised(() => sql(c).prepare("DELETE FROM accounts WHERE number = '6110'").run())).toBe('account-has-history');
    expect(raised(() => sql(c).prepare("DELETE FROM accounts WHERE number = '6120'").run())).toBe('no error');
    const off = await c.call('accounts.setActive', { number: '6110', active: false });
    expect(off.active).toBe(false);
    const r = await c.raw('vouchers.post', { date: '2026-03-06', text: 'x', lines: [{ account: '6110', amount: 1 }, { account: '1930', amount: -1 }] });
    expect(r.ok || r.error.code).toBe('inactive-account');
  });

  it('a failure half-way through a voucher leaves nothing: no voucher, no number used (case C9)', async () => {
    c = await newCompany();
    sql(c).exec(`CREATE TRIGGER fault BEFORE INSERT ON voucher_lines WHEN NEW.line_no = 2 BEGIN SELECT RAISE(ABORT, 'injected fault'); END`);
    const r = await c.raw('vouchers.post', { date: '2026-03-05', text: 'x', lines: [{ account: '6110', amount: 1 }, { account: '2641', amount: 1 }, { account: '1930', amount: -2 }] });
    expect(r.ok || r.error.code).toBe('internal');
    expect(sql(c).prepare('SELECT count(*) AS n FROM voucher_lines').get()).toEqual({ n: 0 });
    sql(c).exec('DROP TRIGGER fault');
    const [v] = await c.post(`2026-03-05 A "Kontor"\n  6110 800\n  1930 -800\n`);
    expect(v?.ref).toBe('A1');
  });
});
