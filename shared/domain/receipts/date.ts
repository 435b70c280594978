/**
 * The date of the purchase. Receipts print it as 2025-03-14, 2017/02/14, 14.03.2025, 14/03/2025,
 * or with a two-digit year: 14-03-01 (Swedish yy-mm-dd) and 07.12.19 (Nordic dd.mm.yy).
 */
import { type IsoDate, daysInMonth } from '../dates/isoDate.js';

export interface DateReading {
  date: IsoDate;
  /** Printed more than once (the card slip repeats it): a second, independent reading. */
  repeated: boolean;
  /** Read with a two-digit year, whose order of parts is a convention, not a certainty. */
  twoDigitYear: boolean;
}

interface Candidate { date: IsoDate; score: number; twoDigitYear: boolean }

const KEYWORD = /\b(datum|dat|date|dtm|d[aä]tum|p[aä]iv[aä]m[aä][aä]r[aä]|pvm|k[öo]pdatum)\b/i;

function iso(y: number, m: number, d: number): IsoDate | null {
  if (y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
}

function candidatesIn(line: string): { date: IsoDate; twoDigitYear: boolean }[] {
  const out: { date: IsoDate; twoDigitYear: boolean }[] = [];
  const s = line.replace(/(\d) ?([-/.]) ?(\d)/g, '$1$2$3');
  for (const m of s.matchAll(/(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/g)) {
    const d = iso(Number(m[1]), Number(m[3]), Number(m[4]));
    if (d) out.push({ date: d, twoDigitYear: false });
  }
  for (const m of s.matchAll(/(?<![\d.,])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/g)) {
    const d = iso(Number(m[4]), Number(m[3]), Number(m[1]));
    if (d) out.push({ date: d, twoDigitYear: false });
  }
  for (const m of s.matchAll(/(?<![\d.,/-])(\d{2})([-/.])(\d{2})\2(\d{2})(?![\d.,/-]|\d)/g)) {
    const [a, sep, b, c] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
    const d = sep === '-' ? iso(2000 + a, b, c) : iso(2000 + c, b, a);
    if (d) out.push({ date: d, twoDigitYear: true });
  }
  return out;
}

/**
 * The purchase date: the date next to a date word, else the most frequent, else the first.
 * Dates after `notAfter` (a little after today) are ignored as misreadings.
 * @example readDate(['Dat: 2014-10-02 Kassa: 06']) // { date: '2014-10-02', repeated: false, twoDigitYear: false }
 */
export function readDate(lines: readonly string[], notAfter?: IsoDate): DateReading | null {
  const all: Candidate[] = [];
  lines.forEach((line) => {
    for (const c of candidatesIn(line)) {
      if (notAfter && c.date > notAfter) continue;
      all.push({ ...c, score: (KEYWORD.test(line) ? 3 : 0) + (c.twoDigitYear ? 0 : 1) });
    }
  });
  if (all.length === 0) return null;
  const count = new Map<string, number>();
  for (const c of all) count.set(c.date, (count.get(c.date) ?? 0) + 1);
  const best = all.reduce((a, b) => (score(b, count) > score(a, count) ? b : a));
  return { date: best.date, repeated: (count.get(best.date) ?? 0) > 1, twoDigitYear: all.filter((c) => c.date === best.date).every((c) => c.twoDigitYear) };
}

function score(c: Candidate, count: Map<string, number>): number {
  return c.score + 2 * ((count.get(c.date) ?? 1) - 1);
}
