// Case C6 (bug-derived-cases.md): dates must not shift by a day with the time zone or DST.
// The same CLI sequence runs under three TZ values of the child process; reports must show the
// entered dates and be identical apart from registration instants and checksums.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cliRunner, cliTempDir, jsonOut, lineArgs } from '../../support/cli.js';
import { expectTrialBalanceShape, tbRows } from './shapes.js';

/** Zone → UTC offset in minutes as getTimezoneOffset() gives it on 2025-01-01 and 2025-07-01. */
const ZONES: Record<string, [number, number]> = {
  'Asia/Yangon': [-390, -390],
  'America/Los_Angeles': [480, 420],
  'Europe/Stockholm': [-60, -120],
};

const VOUCHERS: [date: string, text: string, lines: string[]][] = [
  ['2025-01-01', 'Insatt aktiekapital', ['1930=25 000,00', '2081=-25 000,00']],
  ['2025-03-30', 'Kontorsmaterial (sommartid börjar)', ['6110=800,00', '2641=200,00', '1930=-1 000,00']],
  ['2025-10-26', 'Försäljning (sommartid slutar)', ['1930=12 500,00', '3001=-10 000,00', '2611=-2 500,00']],
  ['2025-12-31', 'Bankavgift', ['6570=150,00', '1930=-150,00']],
];

/** Drops what legitimately differs between runs: registration instants and checksums. */
function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([k]) => !['registeredAt', 'hash', 'prevHash', 'chainHead'].includes(k)).map(([k, x]) => [k, stable(x)]));
  }
  return v;
}

describe('case C6: the CLI keeps entered dates in every time zone', () => {
  const tmp = cliTempDir();
  afterAll(() => tmp.cleanup());

  it('the child processes really run in the three zones (tzdata present)', () => {
    const probe = 'const o=(m)=>new Date(2025,m,1).getTimezoneOffset();console.log(JSON.stringify([o(0),o(6)]))';
    const got = Object.keys(ZONES).map((tz) => JSON.parse(execFileSync(process.execPath, ['-e', probe], { env: { ...process.env, TZ: tz } }).toString()));
    expect(got).toStrictEqual(Object.values(ZONES));
  });

  it('journal and a one-day trial balance are identical and show the entered dates in all zones', async () => {
    const runs = await Promise.all(Object.keys(ZONES).map(async (tz, i) => {
      const run = (...args: string[]) => cliRunner().run(args, { TZ: tz, KONTERA_USER: 'tidszonstest' });
      const file = tmp.file(`bolag-${i}.kontera`);
      const created = await run('new', file, '--name', 'Tidszon AB', '--orgnr', '556000-0167', '--form', 'AB',
        '--fiscal-year', '2025-01-01..2025-12-31', '--vat-period', 'quarter', '--json');
      expect(jsonOut(created).fiscalYear, tz).toBe('2025-01-01');
      const posted = [];
      for (const [date, text, lines] of VOUCHERS) {
        const r = await run('post', file, '--date', date, '--text', text, ...lineArgs(...lines), '--json');
        expect(r.code, `${tz} ${date}: ${r.stdout}${r.stderr}`).toBe(0);
        posted.push(jsonOut(r).id as string);
      }
      expect(posted, tz).toStrictEqual(['A1', 'A2', 'A3', 'A4']);
      const [journal, day] = await Promise.all([
        run('report', 'journal', file, '--json'),
        run('report', 'trial-balance', file, '--from', '2025-03-30', '--to', '2025-03-30', '--json'),
      ]);
      expect([journal.code, day.code], tz).toStrictEqual([0, 0]);
      return { tz, journal: jsonOut(journal), day: jsonOut(day) };
    }));

    for (const { tz, journal, day } of runs) {
      expect([journal.from, journal.to, journal.fiscalYear], tz).toStrictEqual(['2025-01-01', '2025-12-31', '2025-01-01']);
      expect(journal.vouchers.map((v: { ref: string; date: string; text: string; createdBy: string }) => [v.ref, v.date, v.text, v.createdBy]), tz)
        .toStrictEqual(VOUCHERS.map(([date, text], i) => [`A${i + 1}`, date, text, 'tidszonstest']));
      expect(journal.vouchers[1].lines.map((l: { account: string; amount: string }) => [l.account, l.amount]), tz)
        .toStrictEqual([['6110', '800.00'], ['2641', '200.00'], ['1930', '-1000.00']]);
      expectTrialBalanceShape(day);
      expect([day.from, day.to, day.fiscalYear], tz).toStrictEqual(['2025-03-30', '2025-03-30', '2025-01-01']);
      // Opening = 2025-01-01 only; movement = the 2025-03-30 voucher only.
      expect(tbRows(day), tz).toStrictEqual([
        ['1930', '25000.00', '0.00', '1000.00', '24000.00'],
        ['2081', '-25000.00', '0.00', '0.00', '-25000.00'],
        ['2641', '0.00', '200.00', '0.00', '200.00'],
        ['6110', '0.00', '800.00', '0.00', '800.00'],
      ]);
    }
    const [first, ...rest] = runs.map((r) => JSON.stringify(stable({ journal: r.journal, day: r.day })));
    for (const other of rest) expect(other).toBe(first);
  });
});
