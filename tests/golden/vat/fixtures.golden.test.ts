/**
 * The fixture ledgers' amounts are the ones the posting helpers produce: the ledgers were written
 * by hand, and these tests tie them to rateOn, splitGross, vatOnBase, selfAssessedVatLines,
 * deductibleRepresentationVat and vatReportingDate.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { rateOn } from '../../../shared/domain/vat/rates.js';
import { deductibleRepresentationVat } from '../../../shared/domain/vat/representation.js';
import { selfAssessedVatLines } from '../../../shared/domain/vat/selfAssessed.js';
import { splitGross } from '../../../shared/domain/vat/split.js';
import { vatReportingDate } from '../../../shared/domain/vat/timing.js';
import { type Ledger, readLedger } from './ledger.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/vat/ledgers');
const load = (name: string) => readLedger(path.join(dir, `${name}.ledger`));
const d = (s: string) => s as IsoDate;

/** Amount on `account` in voucher `id`. */
function amountOf(l: Ledger, id: string, account: string): number {
  const v = l.vouchers.find((x) => x.id === id);
  return v?.lines.filter((x) => x.account === account).reduce((s, x) => s + x.amount, 0) ?? NaN;
}

describe('fixture amounts come from the helpers', () => {
  it('food: 12 % on 2026-03-31 and 6 % on 2026-04-01; the café stays at 12 %', () => {
    const march = load('food-march-2026');
    const april = load('food-april-2026');
    expect(splitGross(ore(1120000), rateOn('food', d('2026-03-31')))).toEqual({ net: -amountOf(march, 'K1', '3002'), vat: -amountOf(march, 'K1', '2621') });
    expect(splitGross(ore(1060000), rateOn('food', d('2026-04-01')))).toEqual({ net: -amountOf(april, 'K1', '3003'), vat: -amountOf(april, 'K1', '2631') });
    for (const [l, day] of [[march, '2026-03-31'], [april, '2026-04-01']] as const) {
      expect(splitGross(ore(224000), rateOn('restaurant', d(day)))).toEqual({ net: -amountOf(l, 'K2', '3002'), vat: -amountOf(l, 'K2', '2621') });
    }
  });

  it('C15 receipts in the three-rate ledger', () => {
    const l = load('sales-three-rates');
    expect(splitGross(ore(9990), '6')).toEqual({ net: -amountOf(l, 'A3', '3003'), vat: -amountOf(l, 'A3', '2631') });
    expect(splitGross(ore(100000), '12')).toEqual({ net: -amountOf(l, 'A4', '3002'), vat: -amountOf(l, 'A4', '2621') });
  });

  it.each([
    ['eu-services-c13', 'C1', 'eu-services-25', '4535', '2645'],
    ['saas-card', 'C2', 'non-eu-services-25', '4531', '2645'],
    ['eu-goods', 'B1', 'eu-goods-25', '4515', '2645'],
    ['import', 'B2', 'import-25', '4545', '2645'],
    ['construction-buyer', 'B3', 'rc-services-25', '4425', '2647'],
  ] as const)('%s: the self-assessed VAT pair matches selfAssessedVatLines', (name, id, code, baseAccount, inputAccount) => {
    const l = load(name);
    const r = selfAssessedVatLines(code, ore(amountOf(l, id, baseAccount)));
    expect(r.ok).toBe(true);
    for (const line of r.ok ? r.value : []) expect(amountOf(l, id, line.account)).toBe(line.amount);
    expect(r.ok && r.value[1]?.account).toBe(inputAccount);
  });

  it('representation: 144,00 of 257,14 is deductible for four', () => {
    const l = load('representation');
    const vat = splitGross(ore(240000), '12').vat;
    expect(vat).toBe(25714);
    expect(deductibleRepresentationVat(vat, '12', 4)).toBe(amountOf(l, 'B6', '2641'));
  });

  it('timing: the kontant ledger dates the sale at payment, the faktura ledger at the invoice', () => {
    const dates = { invoiceDate: d('2026-03-28'), paidDate: d('2026-04-10') };
    expect(load('timing-faktura').vouchers.find((v) => v.id === 'A12')?.date).toBe(vatReportingDate('faktura', dates, d('2026-12-31')));
    expect(load('timing-kontant').vouchers.find((v) => v.id === 'A13')?.date).toBe(vatReportingDate('kontant', dates, d('2026-12-31')));
  });
});
