/**
 * A company file with many vouchers, made fast: raw prepared inserts in ONE transaction (as bulk
 * imports do, DESIGN §4), with the real hash chain and the database's own triggers still checking
 * every voucher. The company itself is created through dispatch, like any other.
 */
import path from 'node:path';
import { Session, fixedClock } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { openDb, closeDb } from '../../../electron/db/connection.js';
import { chainHash } from '../../../electron/server/workflows/chain.js';
import { GENESIS_HASH, HASH_VERSION } from '../../../shared/domain/ledger/canonical.js';

export interface BigCompany { file: string; vouchers: number; ms: number }

const NOW = '2026-06-30T12:00:00.000Z';

/** Voucher i (1-based) is dated so that the list's order (date, id) puts it on row i. */
export async function makeBigCompany(dir: string, n: number): Promise<BigCompany> {
  const t0 = Date.now();
  const file = path.join(dir, 'stora-bolaget.kontera');
  const session = new Session(fixedClock(NOW), 'testare');
  const created = await dispatch(session, 'company.create', {
    path: file, name: 'Stora Bolaget AB', identity: '556000-0167', form: 'AB',
    fiscalYear: { start: '2026-01-01', end: '2026-12-31' }, vatPeriod: 'quarter',
  });
  if (!created.ok) throw new Error(created.error.message);
  const db = openDb(file);
  const fy = db.raw.prepare("SELECT id, start_date FROM fiscal_years WHERE start_date = '2026-01-01'").get() as { id: number; start_date: string };
  const line = db.raw.prepare('INSERT INTO voucher_lines (voucher_id, line_no, fiscal_year_id, date, account, amount) VALUES (?, ?, ?, ?, ?, ?)');
  const voucher = db.raw.prepare(`INSERT INTO vouchers (id, fiscal_year_id, series, number, date, registered_at, text, origin, created_by, hash_version, prev_hash, hash)
    VALUES (?, ?, 'A', ?, ?, ?, ?, 'kontera', 'testare', ?, ?, ?)`);
  const start = Date.UTC(2026, 0, 1);
  let prev = GENESIS_HASH;
  db.raw.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const date = new Date(start + Math.floor(((i - 1) * 365) / n) * 86_400_000).toISOString().slice(0, 10);
      const amount = ((i % 997) + 1) * 100;
      const text = `Händelse ${i}`;
      const hash = chainHash(prev, {
        fiscalYearStart: fy.start_date, series: 'A', number: i, date, registeredAt: NOW, text, counterparty: null, reference: null,
        correctsHash: null, origin: 'kontera', createdBy: 'testare', extras: null,
        lines: [{ account: '1930', amount, text: null, quantity: null }, { account: '3001', amount: -amount, text: null, quantity: null }],
      });
      line.run(i, 1, fy.id, date, '1930', amount);
      line.run(i, 2, fy.id, date, '3001', -amount);
      voucher.run(i, fy.id, i, date, NOW, text, HASH_VERSION, prev, hash);
      prev = hash;
    }
  }).immediate();
  closeDb(db);
  return { file, vouchers: n, ms: Date.now() - t0 };
}
