import { describe, expect, it } from 'vitest';
import { canFile, checkVatReturn } from '../../../shared/domain/vat/checks.js';
import { vatLines } from './lines.js';

const codes = (rows: Parameters<typeof vatLines>[0]) => checkVatReturn(vatLines(rows)).map((c) => `${c.severity}:${c.code}${c.account ? ':' + c.account : ''}`);

describe('checkVatReturn', () => {
  it('passes a clean return with sales at three rates (ratio 25/12/6 %)', () => {
    expect(codes([['3001', '-10 000'], ['2611', '-2 500'], ['3002', '-1 000'], ['2621', '-120'], ['3013', '-1 000', 'sales-6'], ['2631', '-60'], ['1930', '14 680']])).toEqual([]);
  });

  it('C13: reverse-charge VAT without base in 20–24 is an error that blocks filing', () => {
    const checks = checkVatReturn(vatLines([['6540', '250'], ['1930', '-250'], ['2645', '62,50'], ['2614', '-62,50']]));
    expect(checks.map((c) => c.code)).toEqual(['reverse-charge-without-base']);
    expect(checks[0]).toMatchObject({ severity: 'error', boxes: ['20', '21', '22', '23', '24', '30', '31', '32'] });
    expect(checks[0]?.message).toContain('Skatteverket avvisar');
    expect(canFile(checks)).toBe(false);
  });

  it('C13 with the base pair passes', () => {
    expect(codes([['6540', '250'], ['1930', '-250'], ['4535', '250'], ['4598', '-250'], ['2645', '62,50'], ['2614', '-62,50']])).toEqual([]);
  });

  it('warns when VAT at a rate is off by more than 1 kr and 0,5 %', () => {
    // 25 % of 10 000 is 2 500; 2 498,50 is within 1,50 kr but 0,06 % → fine; 2 400 is not.
    expect(codes([['3001', '-10 000'], ['2611', '-2 498,50']])).toEqual([]);
    expect(codes([['3001', '-10 000'], ['2611', '-2 400']])).toEqual(['warning:vat-ratio']);
    // Small amounts: 1 kr is the floor. 25 % of 10 is 2,50; 3,40 is off by 0,90 → fine.
    expect(codes([['3001', '-10'], ['2611', '-3,40']])).toEqual([]);
  });

  it('warns about the reverse-charge VAT rate (the 20 %-of-amount bug)', () => {
    const c = checkVatReturn(vatLines([['4535', '250'], ['4598', '-250'], ['2645', '50'], ['2614', '-50']]));
    expect(c.map((x) => x.code)).toEqual(['vat-ratio']);
    expect(c[0]?.boxes).toEqual(['21', '30']);
    expect(c[0]?.message).toBe('Momsen i ruta 30 (50,00 kr) stämmer inte med 25 % av underlaget 250,00 kr (väntat 62,50 kr). Kontrollera momsbelopp och momskoder.');
  });

  it('warns about VAT at a rate with no base at that rate', () => {
    expect(codes([['2621', '-120'], ['1930', '120']])).toEqual(['warning:vat-without-base']);
    expect(codes([['2615', '-2 000'], ['2645', '2 000']])).toEqual(['warning:vat-without-base']);
  });

  it('warns when computed input VAT differs from the reverse-charge output VAT', () => {
    expect(codes([['4515', '1 000'], ['2614', '-250'], ['2645', '200'], ['2641', '50']])).toEqual(['warning:rc-input-mismatch']);
  });

  it('warns about an account used against its code', () => {
    expect(codes([['2641', '-200'], ['1930', '200']])).toEqual(['warning:vat-code-wrong-side:2641']);
    expect(codes([['4010', '-1 000', 'sales-25'], ['2611', '-250']])).toEqual(['warning:vat-code-account-class:4010']);
    expect(codes([['3001', '1 000', 'eu-goods-25'], ['2645', '250'], ['2614', '-250']])).toEqual(['warning:vat-code-account-class:3001']);
    expect(codes([['1930', '250', 'input']])).toEqual(['warning:vat-code-account-class:1930']);
    expect(codes([['2611', '-250', 'sales-25']])).toEqual(['warning:vat-ratio', 'warning:vat-code-account-class:2611']);
  });

  it('warns that a negative VMB base is reported as 0', () => {
    expect(codes([['3212', '400'], ['2616', '100']])).toContain('warning:box-07-negative');
  });
});
