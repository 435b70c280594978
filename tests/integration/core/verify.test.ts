import { describe, it, expect, afterEach } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';

let c: TestCompany;
afterEach(() => c?.cleanup());

const BOOKS = `
2026-03-05 A "Kontor"
  6110 800
  2641 200
  1930 -1 000
2026-03-06 A "Hyra"
  5010 5 000
  1930 -5 000
2026-03-07 A "Försäljning"
  1930 1 250
  3001 -1 000
  2611 -250
`;

describe('verify finds a change made behind the program\'s back', () => {
  it('books posted through Kontera verify, and the chain head is the last hash', async () => {
    c = await newCompany();
    const vs = await c.post(BOOKS);
    const r = await c.call('verify', {});
    expect(r).toMatchObject({ ok: true, vouchers: 3, problems: [], chainHead: vs.at(-1)?.hash });
  });

  it('names the voucher whose line was edited after dropping the triggers', async () => {
    c = await newCompany();
    await c.post(BOOKS);
    const db = c.session.db?.raw;
    db?.exec('DROP TRIGGER lines_no_update');
    db?.prepare("UPDATE voucher_lines SET amount = 90000 WHERE voucher_id = 2 AND account = '5010'").run();
    db?.prepare("UPDATE voucher_lines SET amount = -90000 WHERE voucher_id = 2 AND account = '1930'").run();
    const r = await c.call('verify', {});
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.voucher ?? ''])).toEqual([['trigger-missing', ''], ['hash-mismatch', 'A2@2026-01-01']]);
  });

  it('names the voucher a line was added to after posting', async () => {
    c = await newCompany();
    await c.post(BOOKS);
    c.session.db?.raw.prepare("INSERT INTO voucher_lines VALUES (2, 3, 1, '2026-03-06', '6110', 0, NULL, NULL)").run();
    const r = await c.call('verify', {});
    expect(r.problems.map((p) => [p.code, p.voucher ?? ''])).toEqual([['hash-mismatch', 'A2@2026-01-01']]);
  });

  it('finds an unbalanced edit, a deleted voucher and a renumbering', async () => {
    c = await newCompany();
    await c.post(BOOKS);
    const db = c.session.db?.raw;
    db?.exec('DROP TRIGGER lines_no_update; DROP TRIGGER vouchers_no_delete; DROP TRIGGER lines_no_delete; DROP TRIGGER vouchers_no_update');
    db?.prepare("UPDATE voucher_lines SET amount = 1 WHERE voucher_id = 1 AND account = '2641'").run();
    db?.exec('PRAGMA foreign_keys = OFF; DELETE FROM voucher_lines WHERE voucher_id = 2; DELETE FROM vouchers WHERE id = 2; PRAGMA foreign_keys = ON');
    const r = await c.call('verify', {});
    const codes = r.problems.map((p) => `${p.code}:${p.voucher ?? ''}`);
    expect(codes).toContain('unbalanced:A1@2026-01-01');
    expect(codes).toContain('hash-mismatch:A1@2026-01-01');
    expect(codes).toContain('chain-broken:A3@2026-01-01');
    expect(codes).toContain('numbering-gap:A3@2026-01-01');
  });
});
