import { describe, expect, it } from 'vitest';
import { BOX_IDS, ESKD_ELEMENTS, isBoxId } from '../../../shared/domain/vat/boxIds.js';
import { type VatCode, VAT_CODES, codeWithRate, defaultVatCode, isVatCode, vatCodeInfo } from '../../../shared/domain/vat/codes.js';

// The compiler checks this list against the VatCode union (no missing, no extra key).
const EVERY_CODE: Record<VatCode, 0> = {
  'sales-25': 0, 'sales-12': 0, 'sales-6': 0, 'withdrawal-25': 0, 'withdrawal-12': 0, 'withdrawal-6': 0,
  'margin-25': 0, 'margin-12': 0, 'rent-25': 0, 'output-25': 0, 'output-12': 0, 'output-6': 0,
  'eu-goods-25': 0, 'eu-goods-12': 0, 'eu-goods-6': 0, 'eu-services-25': 0, 'eu-services-12': 0, 'eu-services-6': 0,
  'non-eu-services-25': 0, 'non-eu-services-12': 0, 'non-eu-services-6': 0,
  'rc-goods-25': 0, 'rc-goods-12': 0, 'rc-goods-6': 0, 'rc-services-25': 0, 'rc-services-12': 0, 'rc-services-6': 0,
  'rc-output-25': 0, 'rc-output-12': 0, 'rc-output-6': 0,
  'eu-goods-sale': 0, 'export-goods': 0, 'triangular-purchase': 0, 'triangular-sale': 0,
  'eu-services-sale': 0, 'services-abroad': 0, 'rc-sale': 0, 'exempt-sale': 0, input: 0, 'input-rc': 0,
  'import-25': 0, 'import-12': 0, 'import-6': 0, 'import-output-25': 0, 'import-output-12': 0, 'import-output-6': 0,
};

describe('VAT codes', () => {
  it('every code has a box that is not 49, a role, a side and a Swedish label', () => {
    expect([...VAT_CODES].sort()).toEqual(Object.keys(EVERY_CODE).sort());
    for (const c of VAT_CODES) {
      const i = vatCodeInfo(c);
      expect(isBoxId(i.box) && (i.box as string) !== '49').toBe(true);
      expect(i.label.length).toBeGreaterThan(5);
      if (i.rate) expect(['25', '12', '6']).toContain(i.rate);
    }
  });

  it('maps codes to the boxes of the reference table', () => {
    expect(vatCodeInfo('sales-25')).toEqual({ box: '05', role: 'base', rate: '25', normal: 'credit', label: 'Momspliktig försäljning 25 %' });
    expect(vatCodeInfo('sales-6').box).toBe('05');
    expect(vatCodeInfo('output-12')).toMatchObject({ box: '11', role: 'vat', rate: '12', normal: 'credit' });
    expect(vatCodeInfo('eu-services-25')).toMatchObject({ box: '21', role: 'base', rate: '25', normal: 'debit' });
    expect(vatCodeInfo('rc-output-6').box).toBe('32');
    expect(vatCodeInfo('import-output-12').box).toBe('61');
    expect(vatCodeInfo('input-rc')).toMatchObject({ box: '48', role: 'vat', normal: 'debit' });
    expect(vatCodeInfo('input').rate).toBeUndefined();
    expect(vatCodeInfo('rc-sale')).toMatchObject({ box: '41', normal: 'credit' });
    expect(vatCodeInfo('triangular-purchase')).toMatchObject({ box: '37', normal: 'debit' });
  });

  it('covers every ledger box with at least one code', () => {
    const fed = new Set(VAT_CODES.map((c) => vatCodeInfo(c).box));
    expect(BOX_IDS.filter((b) => !fed.has(b as never))).toEqual(['49']);
  });

  it('isVatCode accepts codes only', () => {
    expect(isVatCode('sales-6')).toBe(true);
    expect(isVatCode('sales-8')).toBe(false);
    expect(isVatCode('toString')).toBe(false);
    expect(isVatCode('')).toBe(false);
  });

  it('codeWithRate builds codes of a family', () => {
    expect(codeWithRate('rc-output', '25')).toBe('rc-output-25');
    expect(codeWithRate('output', '6')).toBe('output-6');
    expect(codeWithRate('sales', '0')).toBeNull();
  });
});

describe('defaultVatCode (BAS → box)', () => {
  const table: [string, string | null][] = [
    ['3001', 'sales-25'], ['3002', 'sales-12'], ['3003', 'sales-6'], ['3004', 'exempt-sale'],
    ['2611', 'output-25'], ['2621', 'output-12'], ['2631', 'output-6'],
    ['2614', 'rc-output-25'], ['2624', 'rc-output-12'], ['2634', 'rc-output-6'],
    ['2615', 'import-output-25'], ['2625', 'import-output-12'], ['2635', 'import-output-6'],
    ['2640', 'input'], ['2641', 'input'], ['2645', 'input-rc'], ['2647', 'input-rc'],
    ['4515', 'eu-goods-25'], ['4516', 'eu-goods-12'], ['4517', 'eu-goods-6'],
    ['4531', 'non-eu-services-25'], ['4532', 'non-eu-services-12'], ['4533', 'non-eu-services-6'],
    ['4535', 'eu-services-25'], ['4536', 'eu-services-12'], ['4537', 'eu-services-6'],
    ['4415', 'rc-goods-25'], ['4425', 'rc-services-25'], ['4426', 'rc-services-12'], ['4427', 'rc-services-6'],
    ['4545', 'import-25'], ['4546', 'import-12'], ['4547', 'import-6'],
    ['3105', 'export-goods'], ['3106', 'sales-25'], ['3108', 'eu-goods-sale'],
    ['3308', 'eu-services-sale'], ['3305', 'services-abroad'], ['3231', 'rc-sale'],
    ['3401', 'withdrawal-25'], ['3402', 'withdrawal-12'], ['3403', 'withdrawal-6'],
    ['3211', 'margin-25'], ['3212', 'margin-25'], ['3913', 'rent-25'],
    // Not on the return: bank, customers, settlement, deferred VAT, rounding, reverse-charge contra.
    ['1930', null], ['1510', null], ['2650', null], ['2648', null], ['2618', null], ['3740', null], ['4598', null], ['6540', null],
  ];
  it.each(table)('%s → %s', (account, code) => {
    expect(defaultVatCode(account)).toBe(code);
  });

  it('suggests a code for a user-added revenue account from its name (C12)', () => {
    expect(defaultVatCode('3013', 'Försäljning tjänster 6 %')).toBe('sales-6');
    expect(defaultVatCode('3014', 'Försäljning 12%')).toBe('sales-12');
    expect(defaultVatCode('3405', 'Uttag varor 25 %')).toBe('withdrawal-25');
    expect(defaultVatCode('3015', 'Försäljning momsfri')).toBe('exempt-sale');
  });

  it('suggests nothing when the name is silent or foreign', () => {
    expect(defaultVatCode('3013')).toBeNull();
    expect(defaultVatCode('3013', 'Försäljning tjänster')).toBeNull();
    expect(defaultVatCode('3109', 'Försäljning varor EU momsfri')).toBeNull();
    expect(defaultVatCode('3016', 'Rabatt 2,6 %')).toBeNull();
    expect(defaultVatCode('6990', 'Övrigt 25 %')).toBeNull();
  });
});

describe('eSKD element order', () => {
  it('lists the 29 boxes once each, in the DTD sequence', () => {
    expect(ESKD_ELEMENTS.map(([b]) => b).sort()).toEqual([...BOX_IDS].sort());
    expect(ESKD_ELEMENTS.map(([, e]) => e).join(',')).toBe(
      'ForsMomsEjAnnan,UttagMoms,UlagMargbesk,HyrinkomstFriv,InkopVaruAnnatEg,InkopTjanstAnnatEg,InkopTjanstUtomEg,' +
      'InkopVaruSverige,InkopTjanstSverige,MomsUlagImport,ForsVaruAnnatEg,ForsVaruUtomEg,InkopVaruMellan3p,ForsVaruMellan3p,' +
      'ForsTjSkskAnnatEg,ForsTjOvrUtomEg,ForsKopareSkskSverige,ForsOvrigt,MomsUtgHog,MomsUtgMedel,MomsUtgLag,MomsInkopUtgHog,' +
      'MomsInkopUtgMedel,MomsInkopUtgLag,MomsImportUtgHog,MomsImportUtgMedel,MomsImportUtgLag,MomsIngAvdr,MomsBetala');
  });
});
