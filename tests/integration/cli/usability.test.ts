/**
 * The CLI never ignores what the user typed: extra positional arguments and unknown options are
 * usage errors (with the nearest option suggested), impossible dates say why, every option a report
 * accepts is used or refused, ambiguous bank rows can be matched by hand, receipts can be booked
 * with `post --receipt`, and the VAT codes are listed. Runs the CLI in process (runCli with a
 * captured Io: the same code path as the binary) and, for the argument parser, the real process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS } from '../../../electron/cli/main.js';
import { cliRunner } from '../../support/cli.js';
import { newCompany, type TestCompany } from '../../support/company.js';
import { receiptPdf, ICA_LINES } from '../../fixtures/receipts/make.js';
import { cliInProcess, writeCounts } from '../../support/cliInProcess.js';

const cli = cliInProcess;

/** Nordea layout, newest first: one row with two vouchers of its amount near it, one with one. */
const STATEMENT = [
  'Bokföringsdag;Belopp;Avsändare;Mottagare;Namn;Rubrik;Saldo;Valuta',
  '2026-03-20;-120,00;;;KAFFE;Kafferep;9380,00;SEK',
  '2026-03-10;-500,00;;;KJELL;KJELL & CO;9500,00;SEK',
].join('\n');

let c: TestCompany;
const counts = () => writeCounts(c.file);

beforeAll(async () => {
  c = await newCompany({ form: 'AB', fiscalYear: { start: '2026-01-01', end: '2026-12-31' } });
  await c.call('opening.set', { fiscalYear: '2026-01-01', lines: [{ account: '1930', amount: 1_000_000 }, { account: '2081', amount: -1_000_000 }] });
  await c.post([
    '2026-03-08 A "Kablar"\n  6110 500\n  1930 -500',
    '2026-03-12 A "Kablar igen"\n  6110 500\n  1930 -500',
    '2026-03-20 A "Kaffe"\n  7690 120\n  1930 -120',
  ].join('\n'));
  const stmt = path.join(c.dir, 'nordea.csv');
  writeFileSync(stmt, STATEMENT);
  await c.call('bank.import', { path: stmt });
  await c.call('company.close', {});
});
afterAll(() => c.cleanup());

describe('extra positional arguments are usage errors for every command', () => {
  const F = 'finns-inte.kontera';
  const X = 'EXTRA';
  const CASES: string[][] = [
    ['new', F, X], ['post', F, X], ['correct', F, 'A1', X], ['verify', F, X], ['report', 'trial-balance', F, X],
    ['year', 'new', F, X], ['opening', 'set', F, X], ['account', 'vat-code', F, '3001', 'sales-25', X], ['account', 'list', F, X],
    ['account', 'activate', F, '3001', X], ['reopen', F, '2026-01', X], ['backup', F, X], ['restore', 'b.kontera', F, X],
    ['show', F, 'A1', X], ['templates', F, X], ['audit', F, X], ['vat', F, X], ['vat-detail', F, X], ['vat-ec-sales', F, X],
    ['vat-calendar', F, X], ['vat-settings', F, X], ['representation', F, X], ['import-sie', F, 's.se', X],
    ['import-sie', 's.se', X, '--new', 'ny.kontera'], ['export-sie', F, X], ['undo-import', F, X],
    ['bank', 'import', F, 's.csv', X], ['bank', 'match', F, X], ['bank', 'reconcile', F, X], ['bank', 'queue', F, X],
    ['bank', 'book', F, '1', X], ['receipt', 'queue', F, X], ['archive', 'export', F, 'mapp', X], ['close-month', F, '2026-01', X],
    ['year-end', F, X], ['year-end-documents', F, X], ['calendar', F, X], ['encrypt', F, X], ['backup-settings', F, X], ['backups', F, X],
  ];

  it('covers every command', () => {
    expect(new Set(CASES.map((a) => a[0]))).toEqual(new Set(COMMANDS.map((cmd) => cmd.name)));
  });

  it.each(CASES.map((a) => [a.join(' '), a] as const))('%s → exit 2 naming the argument and the help', async (_, argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^FEL usage: Oväntat argument "EXTRA": kontera .+ tar inte fler argument\. Se kontera .+ --help\.$/);
  });

  it('the real process: `bank match f.kontera 2 A630` exits 2 and writes nothing', async () => {
    const before = counts();
    const r = await cliRunner().run(['bank', 'match', c.file, '2', 'A630']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('FEL usage: Oväntade argument "2", "A630": kontera bank match tar inte fler argument. Se kontera bank match --help.');
    expect(counts()).toEqual(before);
    const j = await cliRunner().run(['show', c.file, 'A1', 'A2', '--json']);
    expect([j.code, JSON.parse(j.stdout).error.code]).toEqual([2, 'usage']);
  });

  it('lists of files and multi-word names still take every word', async () => {
    const r = await cli('account', 'add', c.file, '3091', 'Övriga', 'intäkter', 'test', '--json');
    expect([r.code, JSON.parse(r.out).name]).toEqual([0, 'Övriga intäkter test']);
  });
});

describe('unknown options suggest the nearest known one', () => {
  it('--serie → "Menade du --series?", same code and exit', async () => {
    const r = await cli('post', c.file, '--date', '2026-03-05', '--text', 'x', '--serie', 'B');
    expect([r.code, r.err]).toEqual([2, 'FEL usage: Okänd eller ofullständig flagga --serie. Menade du --series? Se --help.']);
    expect((await cli('report', 'general-ledger', c.file, '--acount', '1930')).err).toContain('Menade du --account?');
    expect((await cli('post', c.file, '--dtae=2026-03-05')).err).toContain('Menade du --date?');
    const far = await cli('post', c.file, '--belopp', '5');
    expect(far.err).toBe('FEL usage: Okänd eller ofullständig flagga --belopp. Se --help.');
  });
});

describe('bank match --row --voucher', () => {
  it('the list shows row ids; an ambiguous row is linked to the chosen candidate; refusals write nothing', async () => {
    const list = await cli('bank', 'match', c.file);
    expect(list.code).toBe(0);
    const j = JSON.parse((await cli('bank', 'match', c.file, '--json')).out);
    const amb = j.ambiguous[0];
    expect(amb).toMatchObject({ amount: '-500.00', candidates: ['A1', 'A2'] });
    const uniq = j.matches[0];
    expect(uniq).toMatchObject({ amount: '-120.00', voucher: 'A3' });
    expect(list.out).toMatch(new RegExp(`^rad +${amb.row}  2026-03-10 .* \\? A1, A2$`, 'm'));
    expect(list.out).toMatch(new RegExp(`^rad +${uniq.row}  2026-03-20 .* → A3 \\(exakt\\)$`, 'm'));
    expect(list.out).toContain('(välj med --row RADID --voucher VER)');

    const before = counts();
    const unknown = await cli('bank', 'match', c.file, '--row', '999', '--voucher', 'A1');
    expect([unknown.code, unknown.err]).toEqual([1, 'FEL bank-row-not-found: Bankrad 999 finns inte.']);
    const notCand = await cli('bank', 'match', c.file, '--row', String(amb.row), '--voucher', 'A3');
    expect(notCand.code).toBe(1);
    expect(notCand.err).toMatch(/^FEL bank-not-candidate: A3 är ingen kandidat för bankrad \d+ .*Kandidater: A1, A2\.$/);
    expect((await cli('bank', 'match', c.file, '--row', String(amb.row))).code).toBe(2);
    expect((await cli('bank', 'match', c.file, '--row', 'x', '--voucher', 'A1')).code).toBe(2);
    expect((await cli('bank', 'match', c.file, '--row', String(amb.row), '--voucher', 'A1', '--auto')).code).toBe(2);
    expect(counts()).toEqual(before);

    const ok = await cli('bank', 'match', c.file, '--row', String(amb.row), '--voucher', 'A2', '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toEqual({ row: amb.row, voucher: 'A2', line: 2 });
    expect(counts()).toEqual({ ...before, matches: before.matches + 1 });
    const again = await cli('bank', 'match', c.file, '--row', String(amb.row), '--voucher', 'A1');
    expect([again.code, again.err]).toEqual([1, `FEL bank-row-matched: Bankrad ${amb.row} (2026-03-10 "KJELL & CO") är redan kopplad till A2.`]);
    const after = JSON.parse((await cli('bank', 'match', c.file, '--json')).out);
    expect(after.ambiguous).toEqual([]);
  });
});

describe('report options are used or refused', () => {
  it('trial-balance --account shows that account only; journal and statements refuse --account', async () => {
    const tb = await cli('report', 'trial-balance', c.file, '--account', '1930', '--json');
    expect(tb.code).toBe(0);
    const d = JSON.parse(tb.out);
    expect(d.accounts).toEqual([{ number: '1930', name: 'Företagskonto/checkkonto/affärskonto', opening: '10000.00', debit: '0.00', credit: '1120.00', closing: '8880.00' }]);
    expect(d.totals).toEqual({ opening: '10000.00', debit: '0.00', credit: '1120.00', closing: '8880.00' });
    expect((await cli('report', 'trial-balance', c.file, '--account', '1930')).out).toContain('konto 1930');
    for (const kind of ['journal', 'income-statement', 'balance-sheet']) {
      const r = await cli('report', kind, c.file, '--account', '1930');
      expect([r.code, r.err]).toEqual([2, `FEL usage: --account gäller bara trial-balance och general-ledger; ${kind} visar alla konton. Se kontera report --help.`]);
    }
    expect((await cli('report', 'trial-balance', c.file, '--account', 'kassa')).code).toBe(2);
  });
});

describe('post --receipt', () => {
  it('attaches archived receipts to the voucher in one transaction; an unknown id writes nothing', async () => {
    const pdf = (tag: string) => {
      const f = path.join(c.dir, `${tag}.pdf`);
      writeFileSync(f, receiptPdf([...ICA_LINES, `Kvittonr ${tag}`]));
      return f;
    };
    const added = JSON.parse((await cli('receipt', 'add', c.file, pdf('k1'), pdf('k2'), '--json')).out) as { id: number }[];
    const [r1, r2] = added.map((r) => String(r.id));
    const post = (...extra: string[]) => cli('post', c.file, '--date', '2026-03-05', '--text', 'ICA', '--line', '5460=95', '--line', '1930=-95', ...extra);
    const before = counts();
    const bad = await post('--receipt', r1!, '--receipt', '999');
    expect([bad.code, bad.err]).toEqual([1, 'FEL receipt-not-found: Underlag 999 finns inte i arkivet. Inget bokfördes. Se kontera receipt queue för underlagens id.']);
    expect(counts()).toEqual(before);
    expect((await post('--receipt', 'x')).code).toBe(2);
    expect((await post('--receipt', r1!, '--receipt', r1!)).code).toBe(2);

    const ok = await post('--receipt', r1!, '--receipt', r2!, '--json');
    expect(ok.code).toBe(0);
    const v = JSON.parse(ok.out);
    expect(v).toMatchObject({ series: 'A', receipts: [Number(r1), Number(r2)] });
    expect(counts()).toEqual({ ...before, vouchers: before.vouchers + 1, links: before.links + 2 });
    const queue = JSON.parse((await cli('receipt', 'queue', c.file, '--json')).out);
    expect(queue.total).toBe(0);
    const plain = await post();
    expect(plain.out).not.toContain('underlag');
  });
});

describe('dates that do not exist', () => {
  it('say which month and how many days it has', async () => {
    const post = (d: string) => cli('post', c.file, '--date', d, '--text', 'x', '--line', '6110=1', '--line', '1930=-1');
    expect((await post('2026-02-30')).err).toBe('FEL usage: --date: 2026-02-30 finns inte (februari 2026 har 28 dagar).');
    expect((await post('2028-02-30')).err).toBe('FEL usage: --date: 2028-02-30 finns inte (februari 2028 har 29 dagar).');
    expect((await post('2026-04-31')).err).toBe('FEL usage: --date: 2026-04-31 finns inte (april 2026 har 30 dagar).');
    expect((await post('2026-13-01')).err).toBe('FEL usage: --date: 2026-13-01 finns inte (månaden ska vara 01–12).');
    expect((await post('5 mars')).err).toBe('FEL usage: --date ska vara ett datum ÅÅÅÅ-MM-DD, t.ex. 2026-03-05 (fick "5 mars").');
    expect((await cli('report', 'trial-balance', c.file, '--to', '2026-06-31')).err).toContain('juni 2026 har 30 dagar');
    const n = await cli('new', path.join(c.dir, 'ny.kontera'), '--name', 'X', '--orgnr', '556000-0167', '--form', 'AB', '--fiscal-year', '2026-01-01..2026-12-32', '--vat-period', 'year');
    expect([n.code, n.err]).toEqual([2, 'FEL usage: --fiscal-year: 2026-12-32 finns inte (december 2026 har 31 dagar).']);
  });
});

describe('account vat-code lists the codes', () => {
  it('help lists every code with its description; the refusal names the valid codes', async () => {
    const help = await cli('account', '--help');
    expect(help.out).toMatch(/^ {4}sales-25 +Momspliktig försäljning 25 % \(ruta 05\)$/m);
    expect(help.out).toMatch(/^ {4}input +Ingående moms \(ruta 48\)$/m);
    expect(help.out).toMatch(/^ {4}ingen +/m);
    const r = await cli('account', 'vat-code', c.file, '3001', 'foo');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^FEL invalid-vat-code: "foo" är ingen momskod\. .*Giltiga koder: sales-25, sales-12, sales-6, .*import-output-6, eller ingen \(beskrivningar i kontera account --help\)\.$/);
    expect((await cli('account', 'vat-code', c.file, '3001', 'sales-26')).err).toContain('Menade du sales-25?');
    expect((await cli('account', 'add', c.file, '3092', 'Test', '--vat-code', 'foo')).err).toContain('Giltiga koder: sales-25');
  });
});
