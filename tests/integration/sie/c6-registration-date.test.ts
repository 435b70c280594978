// Case C6 (bug-derived-cases.md) through SIE: a voucher registered just after midnight Swedish time
// (when the UTC date is still the day before), at both daylight-saving switches and on New Year's
// night, keeps its entered date, and its SIE registration date is the Swedish calendar date of
// the registration instant, whatever the machine's time zone. post → export-sie → import-sie →
// export-sie gives the same #VER dates in three zones.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cliRunner, cliTempDir, jsonOut, lineArgs } from '../../support/cli.js';
import { swedishDateOf } from '../../../shared/domain/dates/swedishDate.js';

const ZONES = ['Asia/Yangon', 'America/Los_Angeles', 'Europe/Stockholm'];

/** Registration instant (Swedish local time with its offset) → the date entered and expected back. */
const POSTS_2025: [now: string, date: string][] = [
  ['2025-03-30T00:30:00+01:00', '2025-03-30'], // 2025-03-29T23:30Z
  ['2025-03-30T01:59:00+01:00', '2025-03-30'],
  ['2025-03-30T03:00:00+02:00', '2025-03-30'], // the first instant of summer time
  ['2025-03-30T03:30:00+02:00', '2025-03-30'],
  ['2025-10-26T00:30:00+02:00', '2025-10-26'], // 2025-10-25T22:30Z
  ['2025-10-26T02:30:00+02:00', '2025-10-26'], // 02:30 the first time …
  ['2025-10-26T02:30:00+01:00', '2025-10-26'], // … and the second
  ['2025-10-26T03:30:00+01:00', '2025-10-26'],
];
const POSTS_2023: [now: string, date: string][] = [['2023-01-01T00:30:00+01:00', '2023-01-01']]; // 2022-12-31T23:30Z

/** `[series, number, date, text, regdate]` of every #VER. */
function verLines(file: string): string[][] {
  return readFileSync(file, 'latin1').split(/\r?\n/).filter((l) => l.startsWith('#VER ')).map((l) => {
    const m = /^#VER (\S+) (\d+) (\d{8}) "([^"]*)" (\d{8})/.exec(l);
    if (!m) throw new Error(`unexpected #VER: ${l}`);
    return m.slice(1);
  });
}
const compact = (d: string) => d.replaceAll('-', '');

describe('case C6 through SIE: registration dates are Swedish calendar dates in every zone', () => {
  const tmp = cliTempDir();
  afterAll(() => tmp.cleanup());

  it('the instants used really fall on the Swedish dates (and on the UTC day before for the midnight ones)', () => {
    for (const [now, date] of [...POSTS_2025, ...POSTS_2023]) expect(swedishDateOf(now), now).toBe(date);
    expect(['2025-03-30T00:30:00+01:00', '2025-10-26T00:30:00+02:00', '2023-01-01T00:30:00+01:00'].map((x) => new Date(x).toISOString().slice(0, 10)))
      .toEqual(['2025-03-29', '2025-10-25', '2022-12-31']);
  });

  it('post → export-sie → import-sie → export-sie keeps voucher and registration dates in three zones', async () => {
    const runs = await Promise.all(ZONES.map(async (tz, zi) => {
      const run = (now: string, ...args: string[]) => cliRunner().run(args, { TZ: tz, KONTERA_NOW: now, KONTERA_USER: 'nattuggla' });
      const books = async (year: number, posts: [string, string][]) => {
        const file = tmp.file(`c6-${zi}-${year}.kontera`);
        const created = await run(posts[0]![0], 'new', file, '--name', 'Natt AB', '--orgnr', '556000-0167', '--form', 'AB',
          '--fiscal-year', `${year}-01-01..${year}-12-31`, '--vat-period', 'quarter', '--json');
        expect(created.code, `${tz}: ${created.stderr}`).toBe(0);
        for (const [i, [now, date]] of posts.entries()) {
          const r = await run(now, 'post', file, '--date', date, '--text', `Natt ${i + 1}`, ...lineArgs('6110=100,00', '1930=-100,00'), '--json');
          expect(r.code, `${tz} ${now}: ${r.stdout}${r.stderr}`).toBe(0);
          expect(jsonOut(r).id, `${tz} ${now}`).toBe(`A${i + 1}`);
        }
        const out1 = tmp.file(`c6-${zi}-${year}-1.se`);
        const e1 = await run('2026-01-10T12:00:00+01:00', 'export-sie', file, '--fiscal-year', `${year}-01-01`, '-o', out1);
        expect(e1.code, `${tz}: ${e1.stderr}`).toBe(0);
        const target = tmp.file(`c6-${zi}-${year}-import.kontera`);
        const imp = await run('2026-01-11T00:30:00+01:00', 'import-sie', out1, '--new', target, '--json');
        expect(imp.code, `${tz}: ${imp.stderr}`).toBe(0);
        expect(jsonOut(imp)).toMatchObject({ vouchers: posts.length, differences: [], booksDifferences: [], balancesRecomputed: true });
        const journal = jsonOut(await run('2026-01-11T00:30:00+01:00', 'report', 'journal', target, '--json'));
        expect(journal.vouchers.map((v: { ref: string; date: string }) => [v.ref, v.date]), tz).toEqual(posts.map(([, d], i) => [`A${i + 1}`, d]));
        const out2 = tmp.file(`c6-${zi}-${year}-2.se`);
        const e2 = await run('2026-01-11T00:30:00+01:00', 'export-sie', target, '-o', out2);
        expect(e2.code, `${tz}: ${e2.stderr}`).toBe(0);
        return [verLines(out1), verLines(out2)] as const;
      };
      return { tz, y2025: await books(2025, POSTS_2025), y2023: await books(2023, POSTS_2023) };
    }));

    for (const { tz, y2025, y2023 } of runs) {
      for (const [posts, [first, second]] of [[POSTS_2025, y2025], [POSTS_2023, y2023]] as const) {
        const expected = posts.map(([, d], i) => ['A', String(i + 1), compact(d), `Natt ${i + 1}`, compact(d)]);
        expect(first, `${tz}: first export`).toEqual(expected);
        expect(second, `${tz}: after import-sie and export again`).toEqual(expected);
      }
    }
  }, 300_000);
});
