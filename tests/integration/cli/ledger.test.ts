// The real `kontera` process end to end: JSON shapes of new/post/correct/show/verify/year new,
// the amount grammar down to the öre, and corrections instead of edits (posted vouchers never change).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { cliRunner, cliTempDir, jsonOut, lineArgs, newAbArgs } from '../../support/cli.js';
import { expectAmount, expectTrialBalanceShape, tbRows, type TbJson } from './shapes.js';

const FY = '2026-01-01';
const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('kontera CLI: post, correct, reports and next year', () => {
  const tmp = cliTempDir();
  const file = tmp.file();
  const run = (...args: string[]) => cliRunner().run(args, { KONTERA_USER: 'testare', TZ: 'Europe/Stockholm' });
  const json = async (...args: string[]) => {
    const r = await run(...args, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return jsonOut(r);
  };
  const created: { file?: string; fiscalYear?: string } = {};

  beforeAll(async () => {
    Object.assign(created, await json(...newAbArgs(file)));
  });
  afterAll(() => tmp.cleanup());

  it('new prints {file, fiscalYear}', () => {
    expect(created).toStrictEqual({ file: path.resolve(file), fiscalYear: FY });
  });

  it('post prints exactly {id, series, number, fiscalYear}; the amount grammar keeps every öre', async () => {
    const a1 = await json('post', file, '--date', '2026-03-05', '--text', 'Kontorsmaterial', ...lineArgs('6110=800,00', '2440=-800,00'));
    expect(Object.keys(a1)).toStrictEqual(['id', 'series', 'number', 'fiscalYear']);
    expect(a1).toStrictEqual({ id: 'A1', series: 'A', number: 1, fiscalYear: FY });
    const a2 = await json('post', file, '--date', '2026-03-06', '--text', 'Belopp i alla former', ...lineArgs(
      '1930=-1 234,50', `1930=${MINUS}49,00`, '5410=800.5', '6570=483', `5410=2${NBSP}000,00`, '1930=-2000',
    ));
    expect(a2).toStrictEqual({ id: 'A2', series: 'A', number: 2, fiscalYear: FY });

    const shown = await json('show', file, 'A2');
    expect(shown.lines.map((l: { account: string; amount: string }) => [l.account, l.amount])).toStrictEqual([
      ['1930', '-1234.50'], ['1930', '-49.00'], ['5410', '800.50'], ['6570', '483.00'], ['5410', '2000.00'], ['1930', '-2000.00'],
    ]);
    for (const l of shown.lines) expectAmount(l.amount);
    expect(shown).toMatchObject({ ref: 'A2', date: '2026-03-06', createdBy: 'testare', corrects: null, correctedBy: [] });
  });

  it('correct reverses A1 in a later month with the next number; A1 itself is unchanged', async () => {
    const before = await json('show', file, 'A1');
    const a3 = await json('correct', file, 'A1', '--date', '2026-04-02');
    expect(Object.keys(a3)).toStrictEqual(['id', 'series', 'number', 'fiscalYear']);
    expect(a3).toStrictEqual({ id: 'A3', series: 'A', number: 3, fiscalYear: FY });

    const [shown, original, again] = await Promise.all([json('show', file, 'A3'), json('show', file, 'A1'), run('correct', file, 'A1', '--date', '2026-04-03', '--json')]);
    expect(shown).toMatchObject({ ref: 'A3', date: '2026-04-02', corrects: 'A1', correctedBy: [], text: 'Rättelse av A1 (2026-03-05): Kontorsmaterial' });
    expect(shown.lines.map((l: { account: string; amount: string }) => [l.account, l.amount])).toStrictEqual([['6110', '-800.00'], ['2440', '800.00']]);
    // The original keeps its lines, date, text and checksum; only the back-reference is derived.
    expect(original).toStrictEqual({ ...before, correctedBy: ['A3'] });
    // Correcting it twice is refused; the correction itself is what one corrects next.
    expect(again.code).toBe(1);
    expect(jsonOut(again).error).toMatchObject({ code: 'already-corrected', path: 'voucher' });
  });

  it('trial balance: the reversal nets A1 to zero over the year, March still shows the original', async () => {
    const [year, march, verify] = await Promise.all([
      json('report', 'trial-balance', file),
      json('report', 'trial-balance', file, '--from', '2026-03-01', '--to', '2026-03-31'),
      json('verify', file),
    ]);
    for (const tb of [year, march] as TbJson[]) expectTrialBalanceShape(tb);
    expect([year.from, year.to, year.fiscalYear]).toStrictEqual(['2026-01-01', '2026-12-31', FY]);
    expect(tbRows(year)).toStrictEqual([
      ['1930', '0.00', '0.00', '3283.50', '-3283.50'],
      ['2440', '0.00', '800.00', '800.00', '0.00'],
      ['5410', '0.00', '2800.50', '0.00', '2800.50'],
      ['6110', '0.00', '800.00', '800.00', '0.00'],
      ['6570', '0.00', '483.00', '0.00', '483.00'],
    ]);
    expect(year.totals).toStrictEqual({ opening: '0.00', debit: '4883.50', credit: '4883.50', closing: '0.00' });
    expect([march.from, march.to]).toStrictEqual(['2026-03-01', '2026-03-31']);
    expect(tbRows(march)).toStrictEqual([
      ['1930', '0.00', '0.00', '3283.50', '-3283.50'],
      ['2440', '0.00', '0.00', '800.00', '-800.00'],
      ['5410', '0.00', '2800.50', '0.00', '2800.50'],
      ['6110', '0.00', '800.00', '0.00', '800.00'],
      ['6570', '0.00', '483.00', '0.00', '483.00'],
    ]);
    expect(Object.keys(verify)).toEqual(expect.arrayContaining(['ok', 'problems', 'chainHead']));
    expect(verify).toMatchObject({ ok: true, problems: [], vouchers: 3 });
    expect(verify.chainHead).toMatch(/^[0-9a-f]{64}$/);
  });

  it('year new opens 2027 with carried balances; numbering restarts per year; ids resolve per year', async () => {
    expect(await json('year', 'new', file)).toStrictEqual({ fiscalYear: '2027-01-01', end: '2027-12-31' });
    const b = await json('post', file, '--date', '2027-01-10', '--text', 'Bankavgift', ...lineArgs('6570=100', '1930=-100'));
    expect(b).toStrictEqual({ id: 'A1', series: 'A', number: 1, fiscalYear: '2027-01-01' });
    const [tb, latest, old] = await Promise.all([json('report', 'trial-balance', file), json('show', file, 'A1'), json('show', file, 'A1@2026-01-01')]);
    expectTrialBalanceShape(tb);
    expect([tb.from, tb.to]).toStrictEqual(['2027-01-01', '2027-12-31']);
    // AB: the 2026 loss (5410 + 6570 = 3 283,50) is carried to 2098; result accounts start at zero.
    expect(tbRows(tb)).toStrictEqual([
      ['1930', '-3283.50', '0.00', '100.00', '-3383.50'],
      ['2098', '3283.50', '0.00', '0.00', '3283.50'],
      ['6570', '0.00', '100.00', '0.00', '100.00'],
    ]);
    expect([latest.fiscalYear, latest.date, latest.text]).toStrictEqual(['2027-01-01', '2027-01-10', 'Bankavgift']);
    expect([old.fiscalYear, old.date, old.text, old.correctedBy]).toStrictEqual([FY, '2026-03-05', 'Kontorsmaterial', ['A3']]);
  });
});
