import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { luhnValid, luhnCheckDigit } from '../../../shared/domain/identity/luhn.js';
import { parseIdentity } from '../../../shared/domain/identity/identity.js';
import { isIsoDate, addMonths, addDays, monthsSpanned, lastOfMonth } from '../../../shared/domain/dates/isoDate.js';
import { parsePeriod } from '../../../shared/domain/periods/period.js';
import { checkFiscalYear, nextFiscalYear } from '../../../shared/domain/periods/fiscalYear.js';

describe('Luhn and identity numbers', () => {
  it('validates the reference values', () => {
    expect(luhnValid('5560000167')).toBe(true);
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('5560000168')).toBe(false);
    expect(luhnCheckDigit('556677889')).toBe(9);
  });
  it('any payload plus its check digit is valid', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{1,24}$/), (p) => luhnValid(p + String(luhnCheckDigit(p)))));
  });
  it('tells organisationsnummer, personnummer and samordningsnummer apart', () => {
    const org = parseIdentity('5595386219');
    expect(org.ok && org.value).toMatchObject({ kind: 'orgnr', display: '559538-6219', twelve: '165595386219' });
    const pnr = parseIdentity('19811218-9876');
    expect(pnr.ok && pnr.value).toMatchObject({ kind: 'personnummer', display: '811218-9876', twelve: '198112189876' });
    const sam = parseIdentity('701063-2391');
    expect(sam.ok && sam.value.kind).toBe('samordningsnummer');
  });
  it('refuses a wrong check digit, a non-date and a wrong length in Swedish', () => {
    for (const bad of ['556000-0168', '811318-9870', '12345', '55600001671']) {
      const r = parseIdentity(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]?.message).toMatch(/organisations- eller personnummer/);
    }
  });
});

describe('dates are strings, never instants (case C6)', () => {
  it('checks calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
  });
  it('month and day arithmetic ignore the time zone', () => {
    expect(addMonths('2026-01-31' as never, 1)).toBe('2026-02-28');
    expect(addDays('2025-03-30' as never, 1)).toBe('2025-03-31');
    expect(addDays('2025-10-26' as never, -1)).toBe('2025-10-25');
    expect(monthsSpanned('2025-07-01' as never, '2026-12-31' as never)).toBe(18);
    expect(lastOfMonth('2028-02' as never)).toBe('2028-02-29');
  });
  it('parses periods', () => {
    expect(parsePeriod('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31', label: '2026-Q1' });
    expect(parsePeriod('2026-02')?.to).toBe('2026-02-28');
    expect(parsePeriod('2026')?.to).toBe('2026-12-31');
    expect(parsePeriod('2026-Q5')).toBeNull();
  });
});

describe('fiscal years', () => {
  const ok = (s: string, e: string, form: 'EF' | 'AB', first = true) => checkFiscalYear({ start: s, end: e }, form, first).ok;
  it('an EF uses the calendar year; a first year may be short or up to 18 months', () => {
    expect(ok('2026-01-01', '2026-12-31', 'EF')).toBe(true);
    expect(ok('2026-05-01', '2026-12-31', 'EF')).toBe(true);
    expect(ok('2025-07-01', '2026-12-31', 'EF')).toBe(true);
    expect(ok('2026-07-01', '2027-06-30', 'EF')).toBe(false);
    expect(ok('2025-01-01', '2026-12-31', 'EF')).toBe(false);
  });
  it('an AB may have a broken year; later years are 12 months', () => {
    expect(ok('2026-07-01', '2027-06-30', 'AB')).toBe(true);
    expect(ok('2026-07-01', '2027-03-31', 'AB', false)).toBe(false);
    expect(ok('2026-07-15', '2027-06-30', 'AB')).toBe(false);
    expect(nextFiscalYear({ start: '2024-07-01', end: '2025-12-31' } as never)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });
});
