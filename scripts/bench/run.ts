/**
 * npm run bench — ratios measured side by side in one run on the same data:
 * 1. importing a generated SIE file of 100 000 vouchers (parse included) vs a raw better-sqlite3
 *    insert of the same rows into tables with the same indexes;
 * 2. `kontera report trial-balance` as a whole process vs `ledger bal` and `hledger bal` on the
 *    same data as a journal;
 * 3. the in-process trial-balance query vs a bare SQL GROUP BY.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { largeBook } from '../../tests/fixtures/sie/generateLarge.js';
import { writeSie4E } from '../../shared/domain/sie/writer.js';
import { encodeSieText } from '../../electron/server/sie/encode.js';
import { Session } from '../../electron/server/context.js';
import { dispatch } from '../../electron/server/dispatch.js';
import { balancesInYear } from '../../electron/db/repos/balances.repo.js';
import { median, processMedian, line } from './timing.js';

const N = Number(process.env.BENCH_VOUCHERS ?? 100_000);
// The CLI is timed as users run it: the bundled dist/cli/kontera.mjs, rebuilt from the sources now.
execFileSync(process.execPath, ['scripts/build/cli.mjs'], { stdio: 'inherit' });
const dir = mkdtempSync(path.join(tmpdir(), 'kontera-bench-'));
const book = largeBook(N);
const sieFile = path.join(dir, 'stor.se');
writeFileSync(sieFile, encodeSieText(writeSie4E(book)));
const rows = book.vouchers.reduce((s, v) => s + v.rows.length, 0);
console.log(`Kontera bench: ${N} verifikationer, ${rows} rader (${dir})\n`);

// 1. import vs raw insert
function rawInsert(): void {
  const f = path.join(dir, `raw-${Math.random()}.db`);
  const db = new Database(f);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE vouchers (id INTEGER PRIMARY KEY, fiscal_year_id INTEGER, series TEXT, number INTEGER, date TEXT, text TEXT, hash TEXT UNIQUE, UNIQUE (fiscal_year_id, series, number)) STRICT;
    CREATE TABLE voucher_lines (voucher_id INTEGER, line_no INTEGER, fiscal_year_id INTEGER, date TEXT, account TEXT, amount INTEGER, text TEXT, PRIMARY KEY (voucher_id, line_no)) STRICT;
    CREATE INDEX a ON voucher_lines (fiscal_year_id, account, date, amount); CREATE INDEX b ON voucher_lines (account, date, voucher_id, amount);
    CREATE INDEX c ON vouchers (date, id);`);
  const iv = db.prepare('INSERT INTO vouchers VALUES (?, 1, ?, ?, ?, ?, ?)');
  // The same row content as Kontera stores, hash included (a SHA-256 per voucher, as random as ours).
  const hash = (i: number) => createHash('sha256').update(String(i)).digest('hex');
  const il = db.prepare('INSERT INTO voucher_lines VALUES (?, ?, 1, ?, ?, ?, ?)');
  db.transaction(() => {
    book.vouchers.forEach((v, i) => {
      iv.run(i + 1, v.series, v.number, v.date, v.text, hash(i));
      v.rows.forEach((r, n) => il.run(i + 1, n + 1, v.date, r.account, r.amount, r.text));
    });
  })();
  db.close();
  rmSync(f, { force: true });
}

let imported = '';
async function konteraImport(): Promise<void> {
  const target = path.join(dir, `import-${Math.random().toString(36).slice(2)}.kontera`);
  const r = await dispatch(new Session(), 'sie.import', { path: sieFile, newCompany: { path: target } });
  if (!r.ok) throw new Error(r.error.message);
  if (r.value.booksDifferences.length) throw new Error('import gav skillnader mot #UB/#RES');
  imported = target;
}

const raw = await median(3, rawInsert);
const kon = await median(3, konteraImport);
console.log(line('Rå better-sqlite3-insert (samma rader och index)', raw));
console.log(line('Kontera SIE-import (läsning, kontroller, hashkedja)', kon, raw, '≤ 3×'));

// 2. trial balance as whole processes
const journal = path.join(dir, 'stor.journal');
writeFileSync(journal, book.vouchers.map((v) => `${v.date} * ${v.series}${v.number} ${v.text}\n${v.rows.map((r) => `    Konto:${r.account}  ${(r.amount / 100).toFixed(2)} SEK`).join('\n')}\n`).join('\n'));
const cli = path.resolve('bin/kontera.js');
const tbKontera = await processMedian(5, process.execPath, [cli, 'report', 'trial-balance', imported, '--json']);
const tbLedger = await processMedian(3, 'ledger', ['-f', journal, 'bal']);
const tbHledger = await processMedian(3, 'hledger', ['-f', journal, 'bal']);
console.log();
console.log(line('kontera report trial-balance (hel process)', tbKontera));
console.log(line('ledger bal (hel process)', tbLedger, tbKontera, 'Kontera ≥ 3× snabbare'));
console.log(line('hledger bal (hel process)', tbHledger, tbKontera));

// 3. in-process query vs bare GROUP BY
const s = new Session();
await dispatch(s, 'company.open', { path: imported });
const db = s.db;
if (!db) throw new Error('no db');
const bare = db.raw.prepare('SELECT account, sum(amount) FROM voucher_lines WHERE fiscal_year_id = 1 GROUP BY account');
const q = await median(9, () => balancesInYear(db, 1, '2025-01-01', '2025-12-31'));
const b = await median(9, () => bare.all());
const full = await median(9, () => dispatch(s, 'reports.trialBalance', {}));
console.log();
console.log(line('Bar SQL GROUP BY (samma år)', b));
console.log(line('Saldobalansens fråga i processen', q, b, '≤ 1,5×'));
console.log(line('reports.trialBalance via dispatch', full, b));
await dispatch(s, 'company.close', {});
rmSync(dir, { recursive: true, force: true });
