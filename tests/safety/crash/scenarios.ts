/**
 * The writes the crash harness interrupts, each with what must hold afterwards:
 * - post: vouchers posted one transaction at a time on one file that survives every kill; every
 *   voucher the worker saw committed is there, at most one more, numbering gapless;
 * - sie-import: a mid-size SIE file into an open company: all of its vouchers or none;
 * - sie-new: a new company from a SIE file: the target is absent or complete;
 * - create: company creation: the target is absent or opens and verifies;
 * - bank-import: a year's bank statement: all of its rows or none;
 * - backup: the company file is untouched and every finished (sidecar) backup is whole;
 * - encrypt: the file is still the plain company, or encrypted and opens with the password;
 *   either way it verifies with every voucher.
 * - receipt: receipts archived one by one (original bytes into the companion archive, then the
 *   metadata): the archive opens, `verify` finds every receipt's original intact, and no receipt
 *   is half there; all of them after the work was reported done.
 */
import { copyFileSync, writeFileSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { encodeSieText } from '../../../electron/server/sie/encode.js';
import { defaultBackupDir } from '../../../electron/db/backup.js';
import { largeSieText } from '../../fixtures/sie/generateLarge.js';
import { generateYear } from '../../integration/bank/generateYear.js';
import type { WorkerJob } from './worker.js';
import type { RoundResult } from './round.js';
import { openAndVerify, checkTarget, checkBackups, type Opened } from './checks.js';
import { fileKind } from '../../../electron/db/cryptoFile.js';
import { keyFileOf } from '../../../electron/db/crypto.js';
import { CRASH_PASSWORD } from './password.js';
import { receiptPdf, ICA_LINES } from '../../fixtures/receipts/make.js';
import { archivePathOf } from '../../../electron/server/receipts/archive.js';

export interface Scenario {
  name: WorkerJob['kind'];
  /** The job of round `i` (fresh copies where the round needs its own file). */
  job(i: number): WorkerJob;
  /** Problems after the round; an empty list means the books survived. */
  check(job: WorkerJob, r: RoundResult): Promise<string[]>;
}

export interface Sizes {
  /** Vouchers in the SIE file. */
  sieVouchers: number;
}

async function createTemplate(file: string, orgnr: string, year: number): Promise<void> {
  const s = new Session();
  const r = await dispatch(s, 'company.create', {
    path: file, name: 'Mallbolaget AB', identity: orgnr, form: 'AB', fiscalYear: { start: `${year}-01-01`, end: `${year}-12-31` }, vatPeriod: 'quarter',
  });
  if (!r.ok) throw new Error(r.error.message);
}

function fresh(work: string, template: string, name: string): string {
  const f = path.join(work, name);
  copyFileSync(template, f);
  return f;
}

/** Builds the inputs once (templates, a SIE file, a bank file) and returns the scenarios. */
export async function makeScenarios(work: string, sizes: Sizes): Promise<Scenario[]> {
  mkdirSync(work, { recursive: true });
  const sie = path.join(work, 'mellan.se');
  writeFileSync(sie, encodeSieText(largeSieText(sizes.sieVouchers)));
  const bankCsv = path.join(work, 'nordea.csv');
  const bankRows = generateYear(2026).rows.length;
  writeFileSync(bankCsv, generateYear(2026).csv);
  const t2025 = path.join(work, 'mall-2025.kontera');
  const t2026 = path.join(work, 'mall-2026.kontera');
  await createTemplate(t2025, '556036-0793', 2025);
  await createTemplate(t2026, '556000-0167', 2026);
  const postFile = fresh(work, t2026, 'bokforing.kontera');
  let posted = 0;
  const withBooks = path.join(work, 'mall-med-bok.kontera');
  const filled = await dispatch(new Session(), 'sie.import', { path: sie, newCompany: { path: withBooks } });
  if (!filled.ok) throw new Error(filled.error.message);

  const post: Scenario = {
    name: 'post',
    job: (i) => ({ kind: 'post', file: postFile, seed: 1000 + i }),
    async check(_job, r) {
      const lo = posted + r.acked;
      let got = 0;
      const problems = await openAndVerify(postFile, (o) => {
        got = o.vouchers;
        if (o.vouchers < lo || o.vouchers > lo + 1) o.problems.push(`${o.vouchers} verifikationer efter kraschen; väntade ${lo} eller ${lo + 1}`);
      });
      posted = got;
      return problems;
    },
  };
  const sieImport: Scenario = {
    name: 'sie-import',
    job: (i) => ({ kind: 'sie-import', file: fresh(work, t2025, `sie-${i}.kontera`), sie }),
    check: (job, r) => openAndVerify((job as { file: string }).file, (o) => {
      const imported = o.count("SELECT count(*) AS n FROM vouchers WHERE origin = 'import'");
      const imports = o.count('SELECT count(*) AS n FROM imports');
      const whole = (imported === 0 && imports === 0) || (imported === sizes.sieVouchers && imports === 1);
      if (!whole) o.problems.push(`halv import: ${imported} av ${sizes.sieVouchers} verifikationer, ${imports} importposter`);
      if (r.phase === 'after' && imported !== sizes.sieVouchers) o.problems.push('importen rapporterades klar men saknas');
    }).finally(() => cleanup((job as { file: string }).file)),
  };
  const sieNew: Scenario = {
    name: 'sie-new',
    job: (i) => ({ kind: 'sie-new', target: path.join(work, `ny-sie-${i}.kontera`), sie }),
    check: (job, r) => checkTarget((job as { target: string }).target, sizes.sieVouchers, r.phase === 'after').finally(() => cleanup((job as { target: string }).target)),
  };
  const create: Scenario = {
    name: 'create',
    job: (i) => ({ kind: 'create', target: path.join(work, `nytt-${i}.kontera`) }),
    check: (job, r) => checkTarget((job as { target: string }).target, 0, r.phase === 'after').finally(() => cleanup((job as { target: string }).target)),
  };
  const bank: Scenario = {
    name: 'bank-import',
    job: (i) => ({ kind: 'bank-import', file: fresh(work, t2026, `bank-${i}.kontera`), statement: bankCsv }),
    check: (job, r) => openAndVerify((job as { file: string }).file, (o) => {
      const rows = o.count('SELECT count(*) AS n FROM bank_rows');
      const statements = o.count('SELECT count(*) AS n FROM bank_statements');
      const whole = (rows === 0 && statements === 0) || (rows === bankRows && statements === 1);
      if (!whole) o.problems.push(`halv bankimport: ${rows} av ${bankRows} rader, ${statements} kontoutdrag`);
      if (r.phase === 'after' && rows !== bankRows) o.problems.push('bankimporten rapporterades klar men saknas');
    }).finally(() => cleanup((job as { file: string }).file)),
  };
  const backup: Scenario = {
    name: 'backup',
    job: (i) => ({ kind: 'backup', file: fresh(work, withBooks, `kopia-${i}.kontera`) }),
    async check(job) {
      const file = (job as { file: string }).file;
      const problems = await openAndVerify(file, (o) => {
        if (o.vouchers !== sizes.sieVouchers) o.problems.push(`${o.vouchers} verifikationer efter avbruten säkerhetskopiering`);
      });
      problems.push(...checkBackups(defaultBackupDir(file)).problems);
      cleanup(file);
      return problems;
    },
  };
  const encrypt: Scenario = {
    name: 'encrypt',
    job: (i) => ({ kind: 'encrypt', file: fresh(work, withBooks, `krypt-${i}.kontera`) }),
    async check(job, r) {
      const file = (job as { file: string }).file;
      const kind = fileKind(file);
      const whole = (o: Opened) => {
        if (o.vouchers !== sizes.sieVouchers) o.problems.push(`${o.vouchers} verifikationer efter avbruten kryptering`);
      };
      const problems = kind === 'company' ? await openAndVerify(file, whole)
        : kind === 'encrypted' ? await openAndVerify(file, whole, { password: CRASH_PASSWORD })
          : [`filen är varken hel eller krypterad (${kind})`];
      if (r.phase === 'after' && kind !== 'encrypted') problems.push('krypteringen rapporterades klar men filen är inte krypterad');
      cleanup(file);
      rmSync(keyFileOf(file), { force: true });
      return problems;
    },
  };
  const receiptFiles = Array.from({ length: RECEIPTS }, (_, i) => {
    const f = path.join(work, `kvitto-${i}.pdf`);
    writeFileSync(f, receiptPdf(ICA_LINES.map((l) => (l.startsWith('Datum') ? `Datum 2026-03-${String(1 + i).padStart(2, '0')}` : l)).concat([`Kvitto ${i}`, 'x'.repeat(2000 * i)])));
    return f;
  });
  const receipt: Scenario = {
    name: 'receipt',
    job: (i) => ({ kind: 'receipt', file: fresh(work, t2026, `kvitto-${i}.kontera`), receipts: receiptFiles }),
    check: (job, r) => openAndVerify((job as { file: string }).file, (o) => {
      const n = o.count('SELECT count(*) AS n FROM receipts');
      if (n > RECEIPTS) o.problems.push(`${n} underlag, fler än de ${RECEIPTS} som lades till`);
      if (r.phase === 'after' && n !== RECEIPTS) o.problems.push(`arkiveringen rapporterades klar men ${n} av ${RECEIPTS} underlag finns`);
    }).finally(() => {
      const file = (job as { file: string }).file;
      cleanup(file);
      for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(archivePathOf(file) + ext, { force: true });
    }),
  };
  return [post, sieImport, sieNew, create, bank, backup, encrypt, receipt];
}

const RECEIPTS = 6;

function cleanup(file: string): void {
  for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(file + ext, { force: true });
  const dir = defaultBackupDir(file);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}
