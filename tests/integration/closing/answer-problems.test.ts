/**
 * Year-end answer problems name their answers-file key, and say what they block: an SRU problem
 * (empty postal code) blocks only the SRU files, so a run without an SRU folder posts; a run that
 * is to write the SRU files refuses and writes nothing (no vouchers, no folder).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { newCompany, type TestCompany } from '../../support/company.js';
import { answerKeyOf, withAnswerKey } from '../../../shared/domain/closing/answerFields.js';

let c: TestCompany;
const FY = '2025-01-01';
const vouchers = () => {
  const db = new Database(c.file, { readonly: true });
  try { return (db.prepare('SELECT count(*) AS n FROM vouchers').get() as { n: number }).n; } finally { db.close(); }
};

beforeAll(async () => {
  c = await newCompany({ form: 'EF', fiscalYear: { start: '2025-01-01', end: '2025-12-31' }, vatPeriod: 'year' });
  await c.post('2025-03-05 A "Försäljning"\n  1930 12500\n  3001 -10000\n  2611 -2500\n');
});
afterAll(() => c.cleanup());

describe('year-end answer problems', () => {
  it('the preview names the key and says only the SRU files are blocked', async () => {
    const p = await c.call('closing.yearEndPreview', { fiscalYear: FY, answers: { company: { city: 'Umeå' } } as never });
    expect(p.canWrite).toBe(true);
    const postal = p.problems.find((x) => x.code === 'sru-postal-code');
    expect(postal?.message).toBe('Postnumret "" ska vara fem siffror, t.ex. 123 45. Ange svaret company.postalCode i svarsfilen eller i guiden. Det hindrar inte bokslutet, som kan bokföras ändå; bara SRU-filerna (INFO.SRU och BLANKETTER.SRU) kan inte skapas förrän det är rättat. Ska SRU-filerna skrivas i samma körning (--sru) görs bokslutet inte.');
  });

  it('a run that is to write the SRU files refuses and writes nothing', async () => {
    const sru = path.join(c.dir, 'sru', 'inner');
    const r = await c.raw('closing.yearEnd', { fiscalYear: FY, answers: { company: { city: 'Umeå' } } as never, sruDir: sru });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('sru-postal-code');
    expect(r.error.message).toContain('Ange svaret company.postalCode i svarsfilen eller i guiden. SRU-filerna ska skrivas i samma körning, så bokslutet görs inte: ingenting är bokfört eller skrivet.');
    expect([vouchers(), existsSync(path.join(c.dir, 'sru'))]).toEqual([1, false]);
  });
});

describe('answerKeyOf', () => {
  it('answers keys as written in the answers file; other paths none', () => {
    expect([answerKeyOf('company.postalCode'), answerKeyOf('accruals.0.account'), answerKeyOf('ab.periodiseringsfondReversals.1.amount'), answerKeyOf('company.name'), answerKeyOf(undefined)])
      .toEqual(['company.postalCode', 'accruals[0].account', 'ab.periodiseringsfondReversals[1].amount', null, null]);
    expect(withAnswerKey({ code: 'x', message: 'Fel.', path: 'signDate' }).message).toBe('Fel. Ange svaret signDate i svarsfilen eller i guiden.');
  });
});
