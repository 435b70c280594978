/**
 * CLI.md's closing rows through the real command line: `close-month` (checklist, --strict,
 * the chain head), case C21 (a)–(f) against months locked with close-month, and `year-end`
 * (answers file, --dry-run writes nothing, SRU files in ISO-8859-1, once per year).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRunner, cliTempDir, jsonOut, lineArgs, type CliRunner } from '../../support/cli.js';

let cli: CliRunner;
const tmp = cliTempDir();
const NOW = { KONTERA_NOW: '2026-01-20T09:00:00Z' };
const run = (args: string[]) => cli.run(args, NOW);
const newEf = (file: string) => run(['new', file, '--name', 'Testfirma', '--orgnr', '19811218-9876', '--form', 'EF',
  '--fiscal-year', '2025-01-01..2025-12-31', '--vat-period', 'year']);
const voucherCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM vouchers').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(() => {
  cli = cliRunner();
});
afterAll(() => tmp.cleanup());

describe('kontera close-month', () => {
  const file = tmp.file('manad.kontera');
  beforeAll(async () => {
    expect((await newEf(file)).code).toBe(0);
    expect((await run(['post', file, '--date', '2025-03-05', '--text', 'Försäljning', ...lineArgs('1930=12 500', '3001=-10 000', '2611=-2 500')])).code).toBe(0);
  });

  it('--check shows the checklist with the chain head and closes nothing', async () => {
    const r = await run(['close-month', file, '2025-03', '--check', '--json']);
    expect(r.code).toBe(0);
    const d = jsonOut(r);
    expect(Object.keys(d).sort()).toEqual(['chainHead', 'items', 'month', 'open', 'state']);
    expect(d.state).toBe('open');
    expect(d.chainHead).toMatch(/^[0-9a-f]{64}$/);
    expect(d.items.map((i: { key: string }) => i.key)).toEqual(expect.arrayContaining(['bank', 'receipts', 'vat', 'drafts', 'time-limits', 'chain']));
    const bank = d.items.find((i: { key: string }) => i.key === 'bank');
    expect(bank.status).toBe('open');
    expect(bank.links).toContainEqual({ kind: 'bank-reconcile', account: '1930', month: '2025-03' });
  });

  it('--strict refuses while items are open (exit 1, nothing closed); without it the month closes and lists them', async () => {
    const strict = await run(['close-month', file, '2025-03', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^FEL closing-open-items: 2025-03 stängs inte med --strict/);
    expect(jsonOut(await run(['close-month', file, '2025-03', '--check', '--json'])).state).toBe('open');
    const r = await run(['close-month', file, '2025-03']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Månaden 2025-03 stängdes nu\. \d+ öppna punkter\./);
    expect(r.stdout).toMatch(/\[ÖPPEN\] Bank- och skattekonton avstämda/);
    expect(r.stdout).toMatch(/Kedjehuvud: [0-9a-f]{64}/);
    const again = jsonOut(await run(['close-month', file, '2025-03', '--json']));
    expect([again.state, again.closed]).toEqual(['closed', false]);
  });

  it('a bad month is a usage error (exit 2)', async () => {
    const r = await run(['close-month', file, '2025-13']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^FEL usage: "2025-13" är ingen månad/);
  });

  it('calendar lists the VAT return and the income tax return with dates', async () => {
    const c = jsonOut(await run(['calendar', file, '--year', '2026', '--json']));
    expect(c.year).toBe(2026);
    expect(c.items.length).toBeGreaterThan(0);
    for (const i of c.items) expect(i.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('case C21: a lock through 2025-12-31 made with close-month holds at every door', () => {
  const file = tmp.file('las.kontera');
  beforeAll(async () => {
    expect((await newEf(file)).code).toBe(0);
    expect((await run(['post', file, '--date', '2025-06-10', '--text', 'Hyra', ...lineArgs('5010=8 000', '1930=-8 000')])).code).toBe(0);
    expect((await run(['year', 'new', file])).code).toBe(0);
    expect((await run(['vat', file, '--period', '2025', '--book'])).code).toBe(0); // December ends the VAT year
    for (let m = 1; m <= 12; m++) expect((await run(['close-month', file, `2025-${String(m).padStart(2, '0')}`])).code).toBe(0);
  });

  it('(a) a new voucher dated 2025-12-15 is refused', async () => {
    const r = await run(['post', file, '--date', '2025-12-15', '--text', 'Sent', ...lineArgs('6110=100', '1930=-100')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^FEL period-closed:/);
  });

  it('(b) a copy or correction of a 2025 voucher dated in 2025 is refused; in 2026 it posts', async () => {
    const r = await run(['correct', file, 'A1@2025-01-01', '--date', '2025-12-31']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^FEL period-closed:/);
    expect((await run(['correct', file, 'A1@2025-01-01', '--date', '2026-01-05'])).code).toBe(0);
  });

  it('(c) changing a voucher\'s date behind the program is refused by a trigger', () => {
    const db = new Database(file);
    try {
      expect(() => db.prepare("UPDATE vouchers SET date = '2025-12-31' WHERE id = (SELECT max(id) FROM vouchers)").run()).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });

  it('(d) a SIE file with a voucher in 2025 is refused and names the line', async () => {
    const sie = path.join(tmp.dir, 'sen.se');
    writeFileSync(sie, '#FLAGGA 0\n#SIETYP 4\n#RAR 0 20250101 20251231\n#VER A 90 20251220 "Sen"\n{\n#TRANS 6110 {} 100.00\n#TRANS 1930 {} -100.00\n}\n', 'latin1');
    const before = voucherCount(file);
    const r = await run(['import-sie', file, sie]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^FEL period-closed:.*rad 4/);
    expect(voucherCount(file)).toBe(before);
  });

  it('(e) booking a bank row of 2025-12-30 is refused; the row stays in the queue', async () => {
    const csv = path.join(tmp.dir, 'nordea.csv');
    writeFileSync(csv, '\ufeffBokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;Meddelande;Saldo;Valuta;Typ\n'
      + '2026-01-02;-100,00;NAID-SE-SEK-1;;Bankavgift;Bankavgift;;4 900,00;SEK;Avgift\n'
      + '2025-12-30;-50,00;NAID-SE-SEK-1;;Bankavgift;Bankavgift;;5 000,00;SEK;Avgift\n', 'utf8');
    expect((await run(['bank', 'import', file, csv])).code).toBe(0);
    const queue = jsonOut<{ row: number; date: string }[]>(await run(['bank', 'queue', file, '--json']));
    const late = queue.find((x) => x.date === '2025-12-30');
    expect(late).toBeDefined();
    const r = await run(['bank', 'book', file, String(late?.row), '--template', 'Bankavgift']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^FEL period-closed:/);
    const after = jsonOut<{ row: number }[]>(await run(['bank', 'queue', file, '--json']));
    expect(after.some((x) => x.row === late?.row)).toBe(true);
  });

  it('(f) moving the lock forward is allowed; moving it back needs an explicit, logged reason', async () => {
    expect((await run(['close-month', file, '2026-01'])).code).toBe(0);
    expect((await run(['reopen', file, '2025-12'])).code).toBe(2);
    const r = await run(['reopen', file, '2025-12', '--reason', 'Glömd leverantörsfaktura', '--json']);
    expect(r.code).toBe(0);
    const audit = await run(['audit', file, '--json']);
    expect(audit.stdout).toContain('Glömd leverantörsfaktura');
  });
});

describe('kontera year-end', () => {
  const file = tmp.file('bokslut.kontera');
  const answers = path.join(tmp.dir, 'svar.json');
  const sru = path.join(tmp.dir, 'sru');
  beforeAll(async () => {
    expect((await newEf(file)).code).toBe(0);
    expect((await run(['post', file, '--date', '2025-03-05', '--text', 'Försäljning', ...lineArgs('1930=12 500', '3001=-10 000', '2611=-2 500')])).code).toBe(0);
    expect((await run(['post', file, '--date', '2025-03-06', '--text', 'Kontorsmaterial', ...lineArgs('6110=800', '2641=200', '1930=-1 000')])).code).toBe(0);
  });

  it('--write-answers writes every key at its default once and never overwrites', async () => {
    const r = await run(['year-end', file, '--fiscal-year', '2025-01-01', '--write-answers', answers]);
    expect(r.code).toBe(0);
    const t = JSON.parse(readFileSync(answers, 'utf8'));
    expect(t).toMatchObject({ version: 1, fiscalYear: '2025-01-01', ne: { egenavgiftSchablon: true } });
    const again = await run(['year-end', file, '--fiscal-year', '2025-01-01', '--write-answers', answers]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^FEL file-exists:/);
  });

  it('a malformed answers file is refused with its line, before anything is written', async () => {
    const bad = path.join(tmp.dir, 'trasig.json');
    writeFileSync(bad, '{\n  "version": 1,\n  "company": { "city": "Umeå" }\n  "ne": {}\n}\n');
    const r = await run(['year-end', file, '--fiscal-year', '2025-01-01', '--answers', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^FEL closing-answers-invalid: .*rad 4/);
    const missing = await run(['year-end', file, '--fiscal-year', '2025-01-01', '--answers', path.join(tmp.dir, 'finns-inte.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^FEL file-not-found:/);
    expect(voucherCount(file)).toBe(2);
  });

  it('--dry-run exits 1 with the errors on stderr when the same run would be refused', async () => {
    // The default answers lack the postcode INFO.SRU needs: with --sru the run would be refused.
    const blocked = await run(['year-end', file, '--fiscal-year', '2025-01-01', '--answers', answers, '--sru', sru, '--dry-run']);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^FEL sru-postal-code: .*company\.postalCode/m);
    expect(blocked.stdout).toContain('Förhandsgranskning: inget är bokfört.');
    expect(blocked.stdout).not.toMatch(/^FEL /m);
    // Without --sru nothing blocks the books themselves: exit 0, the SRU problem still shown.
    const books = await run(['year-end', file, '--fiscal-year', '2025-01-01', '--answers', answers, '--dry-run']);
    expect(books.code).toBe(0);
    expect(books.stdout).toMatch(/^FEL sru-postal-code:/m);
    expect(voucherCount(file)).toBe(2);
    expect(existsSync(sru)).toBe(false);
  });

  it('--dry-run shows the closing voucher and the NE rows and writes nothing', async () => {
    const t = JSON.parse(readFileSync(answers, 'utf8'));
    writeFileSync(answers, JSON.stringify({ ...t, company: { ...t.company, postalCode: '903 25', city: 'Umeå', activity: 'Konsultverksamhet' } }, null, 2));
    const r = await run(['year-end', file, '--fiscal-year', '2025-01-01', '--answers', answers, '--sru', sru, '--dry-run', '--json']);
    expect(r.code).toBe(0);
    const p = jsonOut(r);
    expect(p.result).toBe('9200.00');
    expect(p.canWrite).toBe(true);
    expect(p.forms.ne.page1).toMatchObject({ R1: 10000, R6: 800, R11: 9200 });
    expect(p.vouchers.at(-1).lines).toEqual(expect.arrayContaining([expect.objectContaining({ account: '2019', amount: '-9200.00' })]));
    expect(p.document).not.toHaveProperty('html');
    expect(voucherCount(file)).toBe(2);
    expect(existsSync(sru)).toBe(false);
  });

  it('posts the closing vouchers, writes INFO.SRU and BLANKETTER.SRU in ISO-8859-1, and refuses a second run', async () => {
    const r = await run(['year-end', file, '--fiscal-year', '2025-01-01', '--answers', answers, '--sru', sru, '--json']);
    expect(r.code).toBe(0);
    const d = jsonOut(r);
    expect(d.posted.length).toBeGreaterThan(0);
    expect(d.nextFiscalYear).toBe('2026-01-01');
    expect(d.chainHead).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(sru).sort()).toEqual(['BLANKETTER.SRU', 'INFO.SRU']);
    const info = readFileSync(path.join(sru, 'INFO.SRU'));
    expect(info.includes(Buffer.from('Umeå', 'latin1'))).toBe(true);
    expect(info.includes(Buffer.from('Umeå', 'utf8'))).toBe(false);
    const blanketter = readFileSync(path.join(sru, 'BLANKETTER.SRU'), 'latin1');
    expect(blanketter).toMatch(/^#BLANKETT NE-2025/m);
    const second = await run(['year-end', file, '--fiscal-year', '2025-01-01', '--answers', answers]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^FEL closing-year-closed:/);
    const docs = path.join(tmp.dir, 'igen');
    expect((await run(['year-end-documents', file, '--fiscal-year', '2025-01-01', '--sru', docs])).code).toBe(0);
    expect(readFileSync(path.join(docs, 'BLANKETTER.SRU'), 'latin1').replace(/^#SKAPAD.*$/m, '')).toBe(blanketter.replace(/^#SKAPAD.*$/m, ''));
  });
});
