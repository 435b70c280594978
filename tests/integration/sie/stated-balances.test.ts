/**
 * SIE 1–3 files carry no vouchers, so their #UB, #RES, #OIB/#OUB and #PSALDO cannot be recomputed:
 * the import keeps them exactly as stated (migration 8, `imported_balances`), the report says so
 * instead of claiming they match, and export-sie writes them back, so import → export → import
 * keeps every one of them.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../support/company.js';
import { hasRealdata, noteIfNoRealdata, realdata } from '../../support/realdata.js';
import { cliRunner, jsonOut } from '../../support/cli.js';
import { Session } from '../../../electron/server/context.js';
import { dispatch } from '../../../electron/server/dispatch.js';
import { decodeSieBytes } from '../../../electron/server/sie/decode.js';

const FIXTURE = path.resolve('tests/fixtures/sie/sie3-balances.se');
const SIE3 = realdata('sie', 'byrokrat-accounting', 'SIE3.se');
noteIfNoRealdata('stated-balances');
const sessions: Session[] = [];
afterAll(async () => { for (const s of sessions) await dispatch(s, 'company.close', {}); });

type Row = { kind: string; account: string; period: string | null; objects: string; amount: number };

async function importNew(file: string) {
  const target = path.join(tempDir('kontera-stated-'), 'bolag.kontera');
  const r = await dispatch(new Session(), 'sie.import', { path: file, newCompany: { path: target } });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  const s = new Session();
  sessions.push(s);
  const o = await dispatch(s, 'company.open', { path: target });
  if (!o.ok) throw new Error(o.error.message);
  return { report: r.value, s, target };
}

const rows = (s: Session, start = '2025-01-01'): Row[] => s.db!.raw.prepare(`SELECT b.kind, b.account, b.period, b.objects, b.amount FROM imported_balances b
  JOIN fiscal_years y ON y.id = b.fiscal_year_id WHERE y.start_date = ? ORDER BY b.id`).all(start) as Row[];
const sorted = (r: Row[]) => [...r].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function exportText(s: Session): Promise<string> {
  const out = path.join(tempDir('kontera-stated-export-'), 'ut.se');
  const e = await dispatch(s, 'sie.export', { path: out });
  if (!e.ok) throw new Error(e.error.message);
  return decodeSieText(out);
}
function decodeSieText(file: string): string {
  return decodeSieBytes(readFileSync(file)).text;
}
/** Balance records of one year index, normalised: label, fields, one space between. */
function balanceRecords(text: string, year: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim().split(/\s+/).join(' '))
    .filter((l) => /^#(IB|UB|RES|OIB|OUB|PSALDO) /.test(l) && l.split(' ')[1] === year)
    .map((l) => l.replace(/ (-?\d+)\.(\d\d)$/, (_m, a: string, b: string) => ` ${a}.${b}`).replace(/ (-?\d+)$/, ' $1.00'))
    .sort();
}

describe('SIE 1–3: stated balances are kept, reported plainly and exported again', () => {
  it('a SIE 3 file: every #UB/#RES/#OIB/#OUB/#PSALDO of year 0 kept as stated, year −1 reported as not kept', async () => {
    const { report, s } = await importNew(FIXTURE);
    expect(report).toMatchObject({ kind: '3', vouchers: 0, balancesRecomputed: false, differences: [], booksDifferences: [], openingBalances: 2 });
    expect(report.statedBalances).toEqual([
      { yearIndex: 0, start: '2025-01-01', end: '2025-12-31', kept: true, alreadyKept: false, ib: 2, ub: 2, res: 2, psaldo: 6, objectBalances: 2, resultSum: -1200000 },
      { yearIndex: -1, start: '2024-01-01', end: '2024-12-31', kept: false, alreadyKept: false, ib: 0, ub: 2, res: 0, psaldo: 1, objectBalances: 0, resultSum: 0 },
    ]);
    expect(report.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['sie-no-vouchers', 'sie-balances-not-kept']));
    expect(report.warnings.find((w) => w.code === 'sie-no-vouchers')?.message).toMatch(/sparas som filen anger dem\. De kan inte räknas om/);
    expect(rows(s)).toEqual([
      { kind: 'IB', account: '1930', period: null, objects: '[]', amount: 5000000 },
      { kind: 'IB', account: '2081', period: null, objects: '[]', amount: -5000000 },
      { kind: 'UB', account: '1930', period: null, objects: '[]', amount: 6200000 },
      { kind: 'UB', account: '2081', period: null, objects: '[]', amount: -5000000 },
      { kind: 'RES', account: '3001', period: null, objects: '[]', amount: -2000000 },
      { kind: 'RES', account: '5010', period: null, objects: '[]', amount: 800000 },
      { kind: 'OIB', account: '1930', period: null, objects: '[{"dim":6,"id":"P1"}]', amount: 100000 },
      { kind: 'OUB', account: '1930', period: null, objects: '[{"dim":6,"id":"P1"}]', amount: 350050 },
      { kind: 'PSALDO', account: '1930', period: '2025-01', objects: '[]', amount: 1000000 },
      { kind: 'PSALDO', account: '1930', period: '2025-06', objects: '[]', amount: 200000 },
      { kind: 'PSALDO', account: '3001', period: '2025-01', objects: '[]', amount: -1500000 },
      { kind: 'PSALDO', account: '3001', period: '2025-06', objects: '[]', amount: -500000 },
      { kind: 'PSALDO', account: '3001', period: '2025-06', objects: '[{"dim":6,"id":"P1"}]', amount: -500000 },
      { kind: 'PSALDO', account: '5010', period: '2025-03', objects: '[]', amount: 800000 },
    ]);
  });

  it('the kept balances are immutable, and importing the same file again adds nothing', async () => {
    const { s, target } = await importNew(FIXTURE);
    expect(() => s.db!.raw.prepare("UPDATE imported_balances SET amount = 0 WHERE kind = 'UB'").run()).toThrow(/Importerade balanser kan inte ändras/);
    expect(() => s.db!.raw.prepare('DELETE FROM imported_balances').run()).toThrow(/Importerade balanser kan inte ändras/);
    const again = await dispatch(s, 'sie.import', { path: FIXTURE });
    expect(again.ok && again.value.statedBalances.map((y) => [y.yearIndex, y.kept, y.alreadyKept])).toEqual([[0, true, true], [-1, false, false]]);
    expect(rows(s)).toHaveLength(14);
    expect(target).toMatch(/bolag\.kontera$/);
  });

  it('export-sie writes the stated #UB/#RES/#OIB/#OUB/#PSALDO, and a re-import keeps the same set', async () => {
    const { s } = await importNew(FIXTURE);
    const text = await exportText(s);
    expect(balanceRecords(text, '0')).toEqual(balanceRecords(readFileSync(FIXTURE, 'latin1'), '0'));
    const out = path.join(tempDir('kontera-stated-rt-'), 'rt.se');
    expect((await dispatch(s, 'sie.export', { path: out })).ok).toBe(true);
    const back = await importNew(out);
    expect(back.report.statedBalances.find((y) => y.yearIndex === 0)).toMatchObject({ kept: true, ub: 2, res: 2, psaldo: 6, objectBalances: 2, resultSum: -1200000 });
    expect(sorted(rows(back.s))).toEqual(sorted(rows(s)));
  });

  it.skipIf(!hasRealdata)('the real SIE 3 file (286 #PSALDO 0, 27 #RES 0): kept to the öre and unchanged through export and re-import', async () => {
    const fileText = decodeSieText(SIE3);
    const stated = balanceRecords(fileText, '0');
    const count = (label: string) => stated.filter((l) => l.startsWith(`${label} `)).length;
    expect([count('#PSALDO'), count('#RES')]).toEqual([286, 27]);
    const ubDiffers = stated.filter((l) => l.startsWith('#UB ')).filter((ub) => {
      const [, , acc, amt] = ub.split(' ');
      return !stated.includes(`#IB 0 ${acc} ${amt}`);
    });
    expect(ubDiffers.length).toBeGreaterThan(0);
    const first = await importNew(SIE3);
    expect(first.report).toMatchObject({ kind: '3', vouchers: 0, balancesRecomputed: false });
    expect(first.report.statedBalances.find((y) => y.yearIndex === 0)).toMatchObject({ kept: true, res: 27, psaldo: 286, ub: count('#UB'), ib: count('#IB') });
    expect(rows(first.s, '2010-01-01').filter((r) => r.kind === 'PSALDO')).toHaveLength(286);
    const exported = await exportText(first.s);
    // IB comes from the books' opening balances, which leave zero amounts out; everything else is the file's.
    const nonZeroIb = (l: string[]) => l.filter((x) => !/^#IB 0 \d+ -?0\.00$/.test(x));
    expect(nonZeroIb(balanceRecords(exported, '0'))).toEqual(nonZeroIb(stated));
    const out = path.join(tempDir('kontera-stated-rt-'), 'rt3.se');
    expect((await dispatch(first.s, 'sie.export', { path: out })).ok).toBe(true);
    const second = await importNew(out);
    const noIb = (r: Row[]) => sorted(r.filter((x) => x.kind !== 'IB' || x.amount !== 0));
    expect(noIb(rows(second.s, '2010-01-01'))).toEqual(noIb(rows(first.s, '2010-01-01')));
  });

  it('the CLI says the balances are kept as stated and does not claim they match', async () => {
    const target = path.join(tempDir('kontera-stated-cli-'), 'cli.kontera');
    const r = await cliRunner().run(['import-sie', FIXTURE, '--new', target]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/stämmer med filens/);
    expect(r.stdout).toMatch(/Räkenskapsår 2025-01-01 – 2025-12-31: filen har inga verifikationer\. Utgående balanser, resultat och periodsaldon \(2 #UB, 2 #RES, 6 #PSALDO, 2 #OIB\/#OUB\) sparades som filen anger dem; de kan inte räknas om\. Årets resultat enligt filen: −12.000,00 kr\./);
    const j = await cliRunner().run(['import-sie', FIXTURE, '--new', path.join(path.dirname(target), 'cli2.kontera'), '--dry-run', '--json']);
    expect(jsonOut(j).statedBalances[0]).toMatchObject({ yearIndex: 0, kept: true, resultSum: '-12000.00' });
  });
});
