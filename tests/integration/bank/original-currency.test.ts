/**
 * A foreign software subscription paid by card in USD, booked from the card statement's row:
 * the bank's SEK amount is the base of box 22 with 25 % self-assessed VAT in 30 and 48, and the
 * original USD amount is kept on the voucher (issue: reverse charge, original currency kept).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCompany, type TestCompany } from '../../support/company.js';
import { FIXTURES } from '../../unit/bank/support.js';

let c: TestCompany;
beforeAll(async () => {
  c = await newCompany({ form: 'AB', fiscalYear: { start: '2025-01-01', end: '2025-12-31' }, vatPeriod: 'quarter' });
  await c.call('bank.import', { path: path.join(FIXTURES, 'nordea/Nordea_kort_synthetic.csv'), account: '1930' });
});
afterAll(() => c.cleanup());

describe('kortköp i utländsk valuta bokfört från bankraden', () => {
  it('behåller originalbeloppet på verifikationen och ger rutorna 22, 30 och 48', async () => {
    const q = await c.call('bank.queue', { offset: 0, limit: 100 });
    const item = q.rows.find((r) => r.row.text === 'OPENAI');
    expect(item?.row).toMatchObject({ amount: -12090, originalAmount: -1253, originalCurrency: 'USD' });
    const booked = await c.call('bank.book', { rowId: item!.row.id, template: 'Tjänst utanför EU, t.ex. programvara med kort, 25 %' });
    const v = await c.call('vouchers.get', { voucher: { series: booked.voucher.series, number: booked.voucher.number, fiscalYear: '2025-01-01' } });
    const lines = v.lines.map((l) => [l.account, l.amount, l.text ?? null]);
    expect(lines).toEqual(expect.arrayContaining([
      ['4531', 12090, 'Originalbelopp USD 12,53'],
      ['1930', -12090, null],
      ['2614', -3023, 'Originalbelopp USD 12,53'],
      ['2645', 3023, 'Originalbelopp USD 12,53'],
    ]));
    const report = await c.call('vat.report', { period: '2025-Q3' });
    expect([report.boxes['22'], report.boxes['30'], report.boxes['48']]).toEqual([120, 30, 30]);
  });
});
