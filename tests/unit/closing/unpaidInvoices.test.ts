/**
 * Kontantmetoden at year end (BFL 5:2 third paragraph; yearend-law-bas.md §5.1, §4.1): unpaid
 * invoices are booked gross → net + VAT on the last day and reversed on the first day of the next
 * year. VAT out of a gross amount (formats-and-vat.md §2.6: kronor and öre, normal rounding):
 * 12 500 @ 25 % → 2 500; 1 120 @ 12 % → 120; 1 060 @ 6 % → 60; 1 000 @ 12 % → 1 000 − 892,86 = 107,14.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { reversalOf } from '../../../shared/domain/closing/planned.js';
import { DEFAULT_PURCHASE_ACCOUNT, INPUT_VAT_ACCOUNT, unpaidCustomersVoucher, unpaidSuppliersVoucher } from '../../../shared/domain/closing/unpaidInvoices.js';

const d = (s: string) => s as IsoDate;
const rows = (v: { lines: { account: string; amount: number }[] } | null) => v?.lines.map((l) => [l.account, l.amount]);

describe('unpaidCustomersVoucher', () => {
  it('documented 25 %: 12 500 kr → 1510 12 500 / 3001 −10 000 / 2611 −2 500', () => {
    const v = unpaidCustomersVoucher([{ counterparty: 'Kund AB', gross: ore(1250000), vatRate: '25' }], d('2025-12-31'), d('2026-01-01'));
    expect(rows(v)).toEqual([['1510', 1250000], ['3001', -1000000], ['2611', -250000]]);
    expect(v).toMatchObject({ kind: 'unpaid-customers', date: '2025-12-31', reverseOn: '2026-01-01', text: 'Obetalda kundfakturor vid årets slut (kontantmetoden)' });
  });
  it('12 % and 6 %: 3002/2621 and 3003/2631', () => {
    expect(rows(unpaidCustomersVoucher([{ counterparty: 'A', gross: ore(112000), vatRate: '12' }], d('2025-12-31'), d('2026-01-01')))).toEqual([['1510', 112000], ['3002', -100000], ['2621', -12000]]);
    expect(rows(unpaidCustomersVoucher([{ counterparty: 'B', gross: ore(106000), vatRate: '6' }], d('2025-12-31'), d('2026-01-01')))).toEqual([['1510', 106000], ['3003', -100000], ['2631', -6000]]);
  });
  it('0 %: 3004 and no VAT line', () => {
    expect(rows(unpaidCustomersVoucher([{ counterparty: 'C', gross: ore(500000), vatRate: '0' }], d('2025-12-31'), d('2026-01-01')))).toEqual([['1510', 500000], ['3004', -500000]]);
  });
  it('öre: 1 000,00 @ 12 % → VAT 107,14, net 892,86; 999,99 @ 25 % → net 799,99, VAT 200,00', () => {
    expect(rows(unpaidCustomersVoucher([{ counterparty: 'D', gross: ore(100000), vatRate: '12' }], d('2025-12-31'), d('2026-01-01')))).toEqual([['1510', 100000], ['3002', -89286], ['2621', -10714]]);
    expect(rows(unpaidCustomersVoucher([{ counterparty: 'E', gross: ore(99999), vatRate: '25' }], d('2025-12-31'), d('2026-01-01')))).toEqual([['1510', 99999], ['3001', -79999], ['2611', -20000]]);
  });
  it('a chosen revenue account and the reference in the line text', () => {
    const v = unpaidCustomersVoucher([{ counterparty: 'Kund AB', reference: 'F-1001', gross: ore(1250000), vatRate: '25', account: '3041' }], d('2025-12-31'), d('2026-01-01'))!;
    expect(v.lines.map((l) => [l.account, l.text])).toEqual([['1510', 'Kund AB (F-1001)'], ['3041', 'Kund AB (F-1001)'], ['2611', 'Kund AB (F-1001)']]);
  });
  it('several invoices: three lines each, the voucher balances', () => {
    const v = unpaidCustomersVoucher([{ counterparty: 'A', gross: ore(1250000), vatRate: '25' }, { counterparty: 'B', gross: ore(500000), vatRate: '0' }], d('2025-12-31'), d('2026-01-01'))!;
    expect(v.lines).toHaveLength(5);
    expect(v.lines.reduce((s, l) => s + l.amount, 0)).toBe(0);
  });
  it('none: null', () => expect(unpaidCustomersVoucher([], d('2025-12-31'), d('2026-01-01'))).toBeNull());
  it('reversed on 1 January with opposite signs, so the payment in January is booked as usual', () => {
    const v = unpaidCustomersVoucher([{ counterparty: 'Kund AB', gross: ore(1250000), vatRate: '25' }], d('2025-12-31'), d('2026-01-01'))!;
    const r = reversalOf(v, v.reverseOn!);
    expect([r.date, r.text]).toEqual(['2026-01-01', 'Återföring: Obetalda kundfakturor vid årets slut (kontantmetoden)']);
    expect(rows(r)).toEqual([['1510', -1250000], ['3001', 1000000], ['2611', 250000]]);
  });
});

describe('unpaidSuppliersVoucher', () => {
  it('documented 25 %: 5 000 kr → 4000 4 000 / 2641 1 000 / 2440 −5 000', () => {
    expect([DEFAULT_PURCHASE_ACCOUNT, INPUT_VAT_ACCOUNT]).toEqual(['4000', '2641']);
    const v = unpaidSuppliersVoucher([{ counterparty: 'Lev AB', gross: ore(500000), vatRate: '25' }], d('2025-12-31'), d('2026-01-01'));
    expect(rows(v)).toEqual([['4000', 400000], ['2641', 100000], ['2440', -500000]]);
    expect(v).toMatchObject({ kind: 'unpaid-suppliers', reverseOn: '2026-01-01' });
  });
  it('12 %, 6 % and 0 % (no VAT line), with a chosen cost account', () => {
    expect(rows(unpaidSuppliersVoucher([{ counterparty: 'A', gross: ore(112000), vatRate: '12', account: '5460' }], d('2025-12-31'), d('2026-01-01')))).toEqual([['5460', 100000], ['2641', 12000], ['2440', -112000]]);
    expect(rows(unpaidSuppliersVoucher([{ counterparty: 'B', gross: ore(106000), vatRate: '6' }], d('2025-12-31'), d('2026-01-01')))).toEqual([['4000', 100000], ['2641', 6000], ['2440', -106000]]);
    expect(rows(unpaidSuppliersVoucher([{ counterparty: 'C', gross: ore(30000), vatRate: '0', account: '6570' }], d('2025-12-31'), d('2026-01-01')))).toEqual([['6570', 30000], ['2440', -30000]]);
  });
  it('reversed on the next fiscal year\'s first day (broken year → 1 July)', () => {
    const v = unpaidSuppliersVoucher([{ counterparty: 'Lev AB', gross: ore(500000), vatRate: '25' }], d('2026-06-30'), d('2026-07-01'))!;
    expect(rows(reversalOf(v, v.reverseOn!))).toEqual([['4000', -400000], ['2641', -100000], ['2440', 500000]]);
    expect(reversalOf(v, v.reverseOn!).date).toBe('2026-07-01');
  });
  it('none: null', () => expect(unpaidSuppliersVoucher([], d('2025-12-31'), d('2026-01-01'))).toBeNull());
});
