/** The draft voucher for a receipt: VAT per rate on 2641, payment account, rounding, history, currency, meals. */
import { describe, it, expect } from 'vitest';
import { suggestReceipt, voucherText, type SuggestInput } from '../../../shared/domain/receipts/suggest.js';
import { keywordFor } from '../../../shared/domain/receipts/keywords.js';
import { parseReceipt } from '../../../shared/domain/receipts/parse.js';
import { sumOre } from '../../../shared/domain/money/ore.js';
import { C20_LINES } from '../../fixtures/receipts/make.js';

const fields = (lines: string[]) => parseReceipt(lines).fields;
const base = (lines: string[], o: Partial<SuggestInput> = {}): SuggestInput => {
  const f = fields(lines);
  return { fields: f, form: 'AB', history: null, keyword: keywordFor(f.merchant, lines), ...o };
};
const compact = (ls: { account: string; amount: number }[]) => ls.map((l) => `${l.account} ${l.amount}`);

describe('suggestion', () => {
  it('keyword table: ICA → 5460, VAT on 2641, card → 1930; balanced', () => {
    const s = suggestReceipt(base(C20_LINES));
    expect(s.source).toBe('keyword');
    expect(compact(s.lines)).toEqual(['5460 98760', '2641 24690', '1930 -123450']);
    expect(sumOre(s.lines.map((l) => l.amount))).toBe(0);
  });

  it('the voucher text is the merchant and what was bought, without the chain in brackets: "H&M, kläder"', () => {
    const lines = ['H&M', 'Total 138.50 Kr', 'Moms% Moms Netto Totalt', '25.00 21.70 110.80 138.50', 'Mottaget Kontokort 138.50'];
    expect(suggestReceipt(base(lines)).text).toBe('H&M, kläder');
    expect(suggestReceipt(base(C20_LINES)).text).not.toMatch(/\(/);
    expect(voucherText('Restaurang Bar', { label: 'Måltid (representation)' })).toBe('Restaurang Bar, måltid (representation)');
    expect(voucherText(null, null)).toBe('Kvitto');
  });

  it('a private outlay is 2018 for an EF and 2893 for an AB; cash is 1910', () => {
    expect(suggestReceipt(base(C20_LINES, { pay: 'private', form: 'EF' })).lines.at(-1)!.account).toBe('2018');
    expect(suggestReceipt(base(C20_LINES, { pay: 'private', form: 'AB' })).lines.at(-1)!.account).toBe('2893');
    expect(suggestReceipt(base(C20_LINES, { pay: 'cash' })).lines.at(-1)!.account).toBe('1910');
  });

  it('copies the accounts of the last voucher for the merchant and scales them to the new amount', () => {
    const s = suggestReceipt(base(C20_LINES, { history: { ref: 'A7', lines: [{ account: '7690', amount: 300 }, { account: '6110', amount: 100 }, { account: '2641', amount: 100 }, { account: '1930', amount: -500 }] } }));
    expect(s.source).toBe('history');
    expect(s.basedOn).toBe('A7');
    expect(compact(s.lines)).toEqual(['7690 74070', '6110 24690', '2641 24690', '1930 -123450']);
  });

  it('öre rounding goes to 3740 so the voucher balances to the paid amount', () => {
    const s = suggestReceipt(base(['ÅHLÉNS', 'TOTALT 57.51', 'ATT BETALA 57.50', 'MOMSSATS EXKL MOMS MOMS INKL MOMS', '20.00% 46.01 11.50 57.51']));
    expect(compact(s.lines)).toEqual(['6110 4601', '2641 1150', '3740 -1', '1930 -5750']);
  });

  it('two rates give two VAT lines on 2641', () => {
    const s = suggestReceipt(base(['ICA Kvantum', 'Betalat 95,00', 'Moms % Moms Netto Brutto', '12,00 4,82 40,18 45,00', '25,00 10,00 40,00 50,00', 'Kort 95,00']));
    expect(compact(s.lines)).toEqual(['5460 8018', '2641 482', '2641 1000', '1930 -9500']);
  });

  it('a foreign receipt: no Swedish input VAT, the kronor amount is asked for', () => {
    const lines = ['PIZZA TAIKURIT', 'Yhteensä 18,00 EUR', 'ALV 14% 2,21'];
    expect(suggestReceipt(base(lines)).lines).toEqual([]);
    expect(compact(suggestReceipt(base(lines, { sekTotal: 20550 as never })).lines)).toEqual(['6991 20550', '1930 -20550']);
  });

  it('a meal: representation, VAT deduction capped at 300 kr net per person', () => {
    const lines = ['Restaurang Test', 'Totalt 2 400,00', 'Moms 12% 257,14', 'Kort 2 400,00'];
    const s = suggestReceipt(base(lines, { participants: 4 }));
    expect(compact(s.lines)).toEqual(['6071 225600', '2641 14400', '1930 -240000']);
    expect(s.notes.join(' ')).toContain('syfte och deltagare');
  });
});
