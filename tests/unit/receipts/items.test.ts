/**
 * "The lines add up to the total" (shared/domain/receipts/README.md): equal confirms the total;
 * a sum read reliably that differs by more than öre rounding contradicts it, so the total is not
 * certain (C20's rule); item lines read unreliably say nothing.
 */
import { describe, it, expect } from 'vitest';
import { parseReceipt, readItems } from '../../../shared/domain/receipts/parse.js';
import { itemsCheck } from '../../../shared/domain/receipts/checks.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { C20_LINES } from '../../fixtures/receipts/make.js';

const itemsSum = (lines: readonly string[]) => parseReceipt(lines).checks.filter((c) => c.code === 'items-sum').map((c) => c.outcome);
const items = (lines: readonly string[]) => readItems(lines, new Set());

describe('readItems: which item lines are reliable', () => {
  it('C20: two item rows, each with its amount (a row that prints its quantity and its line total counts)', () => {
    expect(items(C20_LINES)).toEqual({ amounts: [7980, 115470], reliable: true });
  });
  it('a bare quantity row ("2 * 69,00") repeats a price: unreliable', () => {
    expect(items(['HERUSHINKI 13,00', 'MENU GAIJIN 138,00', '2 * 69,00', 'Yhteensä 164,00'])).toEqual({ amounts: [1300, 13800, 6900], reliable: false });
    expect(items(['Baguette 40.00', '1.00xART.', 'Cola 15.00', 'TOTALT 55.00']).reliable).toBe(false);
  });
  it('a row without an amount inside the items (a name whose price is on the next row, a misread): unreliable', () => {
    expect(items(['Hemköp', 'MJÖLK 17,95', 'GODIS LV', '0,330kg*69,50kr/kg 22,93', 'Totalt 40,88']).reliable).toBe(false);
    expect(items(['Kaffe 39,90', 'Bu11e', 'Te 25,00', 'Totalt 94,90']).reliable).toBe(false);
  });
  it('a keyword row with an amount among the items ("KORT 12.50" is a greeting card here): unreliable', () => {
    expect(items(['ÅHLÉNS CITY', 'KOLLEGIEBLOCK 45.00', 'KORT 12.50', 'BRUTEN FÖRPACKNING 0.01', 'TOTALT 57.51'])).toEqual({ amounts: [4500, 1], reliable: false });
  });
  it('fewer than two item rows, or no total line: unreliable', () => {
    expect(items(['Kaffe 39,90', 'Totalt 49,90']).reliable).toBe(false);
    expect(items(['Kaffe 39,90', 'Te 10,00']).reliable).toBe(false);
  });
  it('the header above the items (name, org.nr, date, time) does not make them unreliable; discounts count', () => {
    expect(items(['ICA Nära Test', 'Org.nr 556000-0167', '2025-03-14 17:42', 'Kaffe 39,90', 'Kampanj -5,00', 'Bulle 25,00', 'Totalt 59,90']))
      .toEqual({ amounts: [3990, -500, 2500], reliable: true });
  });
});

describe('itemsCheck', () => {
  const choice = (total: number, goods = total) => ({ total: ore(total), goods: ore(goods), rounding: ore(total - goods) }) as never;
  it('passes when the rows add up to the goods total or to what was paid', () => {
    expect(itemsCheck({ amounts: [ore(3990), ore(2500)], reliable: false }, choice(6490)).map((c) => c.outcome)).toEqual(['pass']);
    expect(itemsCheck({ amounts: [ore(4500), ore(1251)], reliable: true }, choice(5750, 5751)).map((c) => c.outcome)).toEqual(['pass']);
  });
  it('fails on a reliable sum off by more than öre rounding; within 50 öre, or unreliable, it says nothing', () => {
    const [fail] = itemsCheck({ amounts: [ore(3990), ore(2500)], reliable: true }, choice(7490));
    expect(fail).toMatchObject({ code: 'items-sum', outcome: 'fail', fields: ['total'], message: 'Raderna summerar till 64,90 kr, inte till summan 74,90 kr; kontrollera beloppen.' });
    expect(itemsCheck({ amounts: [ore(3990), ore(2530)], reliable: true }, choice(6500))).toEqual([]);
    expect(itemsCheck({ amounts: [ore(3990), ore(2500)], reliable: false }, choice(7490))).toEqual([]);
  });
});

describe('the total is never certain when reliably read lines contradict it', () => {
  it('sum matches: C20 is confirmed by the rows as well (total certain)', () => {
    expect(itemsSum(C20_LINES)).toEqual(['pass']);
    expect(parseReceipt(C20_LINES).certain.total).toBe(true);
  });

  it('sum differs: an item misread as 1 164,70 — card slip and VAT table agree, yet the total is not certain', () => {
    const misread = C20_LINES.map((l) => l.replace('Diverse 1 154,70', 'Diverse 1 164,70'));
    const r = parseReceipt(misread);
    expect(r.fields.total).toBe(123450);
    expect(r.checks.filter((c) => c.fields.includes('total')).map((c) => [c.code, c.outcome]))
      .toEqual([['vat-share', 'pass'], ['vat-table-total', 'pass'], ['payment-amount', 'pass'], ['items-sum', 'fail']]);
    expect(r.certain.total).toBe(false);
  });

  it('sum differs on a receipt confirmed only by its card line: not certain', () => {
    const r = parseReceipt(['Café Test', '2026-03-02', 'Kaffe 39,90', 'Bulle 25,00', 'Totalt 74,90', 'Kort 74,90']);
    expect(itemsSum(r.lines)).toEqual(['fail']);
    expect(r.certain.total).toBe(false);
    // the same receipt whose rows add up is certain
    expect(parseReceipt(['Café Test', '2026-03-02', 'Kaffe 39,90', 'Bulle 35,00', 'Totalt 74,90', 'Kort 74,90']).certain.total).toBe(true);
  });

  it('unreliable rows stay silent: a quantity row, a keyword row, a row without amount — the card confirms the total', () => {
    for (const lines of [
      ['Alpa Baguetteria', 'Baguette 40.00', '1.00xART.', 'Cola 15.00', 'TOTALT 55.00', 'KORT 55.00'],
      ['ÅHLÉNS CITY', 'KOLLEGIEBLOCK 45.00', 'KORT 12.50', 'BRUTEN FÖRPACKNING 0.01', 'TOTALT 57.51', 'ATT BETALA 57.50', 'Kontant 100.00', 'Tillbaka 42.50-'],
      ['Hemköp', 'MJÖLK 17,95', 'GODIS LV', '0,330kg*69,50kr/kg 22,93', 'Totalt 40,88', 'Kort 40,88'],
    ]) {
      const r = parseReceipt(lines);
      expect(itemsSum(lines)).not.toContain('fail');
      expect(r.certain.total).toBe(true);
    }
  });

  it('öre rounding that is not printed is no contradiction', () => {
    const r = parseReceipt(['Kiosk', 'Tidning 29,90', 'Godis 12,30', 'Att betala 42,00', 'Kort 42,00']);
    expect(r.fields.total).toBe(4200);
    expect(itemsSum(r.lines)).toEqual([]);
    expect(r.certain.total).toBe(true);
  });
});
