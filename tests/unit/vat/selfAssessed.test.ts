import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { selfAssessedVatLines } from '../../../shared/domain/vat/selfAssessed.js';
import { vatReportingDate } from '../../../shared/domain/vat/timing.js';

describe('selfAssessedVatLines', () => {
  it('EU services 250,00 → 2614 credit 62,50 and 2645 debit 62,50 (C13, 25 % on top)', () => {
    const r = selfAssessedVatLines('eu-services-25', ore(25000));
    expect(r.ok && r.value).toEqual([
      { account: '2614', amount: -6250, vatCode: 'rc-output-25' },
      { account: '2645', amount: 6250, vatCode: 'input-rc' },
    ]);
  });

  it('construction as buyer deducts on 2647; import uses 2615; 12 % and 6 % use their accounts', () => {
    const build = selfAssessedVatLines('rc-services-25', ore(4000000));
    expect(build.ok && build.value.map((l) => [l.account, l.amount])).toEqual([['2614', -1000000], ['2647', 1000000]]);
    const imp = selfAssessedVatLines('import-12', ore(800000));
    expect(imp.ok && imp.value.map((l) => [l.account, l.amount, l.vatCode])).toEqual([['2625', -96000, 'import-output-12'], ['2645', 96000, 'input-rc']]);
    const book = selfAssessedVatLines('eu-goods-6', ore(10000));
    expect(book.ok && book.value.map((l) => l.account)).toEqual(['2634', '2645']);
  });

  it('a credit note reverses the pair; other accounts can be given', () => {
    const r = selfAssessedVatLines('non-eu-services-25', ore(-21347), { output: '2617', input: '2649' });
    expect(r.ok && r.value.map((l) => [l.account, l.amount])).toEqual([['2617', 5337], ['2649', -5337]]);
  });

  it('refuses codes that are not reverse charge or import', () => {
    const r = selfAssessedVatLines('sales-25', ore(100));
    expect(!r.ok && r.problems[0]?.code).toBe('not-self-assessed');
    expect(selfAssessedVatLines('rc-sale', ore(100)).ok).toBe(false);
  });
});

describe('vatReportingDate', () => {
  const d = (s: string) => s as IsoDate;
  const inv = { invoiceDate: d('2026-03-28'), paidDate: d('2026-04-10') };
  it('fakturametoden: the invoice date', () => {
    expect(vatReportingDate('faktura', inv, d('2026-12-31'))).toBe('2026-03-28');
  });
  it('kontantmetoden: the payment date, or the fiscal year end when unpaid then', () => {
    expect(vatReportingDate('kontant', inv, d('2026-12-31'))).toBe('2026-04-10');
    expect(vatReportingDate('kontant', { invoiceDate: d('2026-12-20'), paidDate: null }, d('2026-12-31'))).toBe('2026-12-31');
    expect(vatReportingDate('kontant', { invoiceDate: d('2026-12-20'), paidDate: d('2027-01-15') }, d('2026-12-31'))).toBe('2026-12-31');
  });
});
