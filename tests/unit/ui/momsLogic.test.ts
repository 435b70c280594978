/** The Moms page's pure logic: the periods it offers, the form's sections, whole-krona figures, the eSKD file's bytes and path. */
import { describe, expect, it } from 'vitest';
import { defaultVatPeriod, vatPeriodLabel, vatPeriodOptions } from '../../../renderer/features/moms/momsPeriods.js';
import { LEFT_SECTIONS, RIGHT_SECTIONS, fmtDelta, fmtKronor } from '../../../renderer/features/moms/momsForm.js';
import { joinPath, latin1Bytes, pickSavePath } from '../../../renderer/features/moms/eskdFile.js';
import { voucherKeyOf } from '../../../renderer/features/moms/voucherKey.js';
import { makeApi } from '../../../renderer/api/client.js';
import type { AnyResponse } from '../../../renderer/api/types.js';
import { BOX_IDS } from '../../../shared/domain/vat/boxIds.js';

const Y2026 = { start: '2026-01-01', end: '2026-12-31' };
const BROKEN = { start: '2025-07-01', end: '2026-06-30' };

describe('Momsperioder som sidan erbjuder', () => {
  it('följer företagets momsperiod: månader, kvartal eller räkenskapsåret', () => {
    expect(vatPeriodOptions('month', [Y2026]).map((o) => o.value)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect(vatPeriodOptions('quarter', [Y2026])).toEqual([
      { value: '2026-Q1', from: '2026-01-01', to: '2026-03-31' }, { value: '2026-Q2', from: '2026-04-01', to: '2026-06-30' },
      { value: '2026-Q3', from: '2026-07-01', to: '2026-09-30' }, { value: '2026-Q4', from: '2026-10-01', to: '2026-12-31' },
    ]);
    expect(vatPeriodOptions('year', [Y2026, BROKEN])).toEqual([{ value: '2025-07-01', from: '2025-07-01', to: '2026-06-30' }, { value: '2026-01-01', from: '2026-01-01', to: '2026-12-31' }]);
  });

  it('tar varje kvartal en gång när två brutna räkenskapsår delar det', () => {
    const next = { start: '2026-07-01', end: '2027-06-30' };
    expect(vatPeriodOptions('quarter', [next, BROKEN]).map((o) => o.value)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
  });

  it('visar först den senaste perioden som har tagit slut, annars den pågående', () => {
    const qs = vatPeriodOptions('quarter', [Y2026]);
    expect(defaultVatPeriod(qs, '2026-05-10')).toBe('2026-Q1');
    expect(defaultVatPeriod(qs, '2026-12-03')).toBe('2026-Q3');
    expect(defaultVatPeriod(qs, '2026-02-01')).toBe('2026-Q1');
    expect(defaultVatPeriod(qs, '2025-06-01')).toBe('2026-Q1');
    expect(defaultVatPeriod([], '2026-01-01')).toBeNull();
  });

  it('skriver perioden som en människa läser den', () => {
    expect(vatPeriodLabel({ value: '2026-Q2', from: '2026-04-01', to: '2026-06-30' })).toBe('kvartal 2 2026 (apr–jun)');
    expect(vatPeriodLabel({ value: '2026-03', from: '2026-03-01', to: '2026-03-31' })).toBe('mars 2026');
    expect(vatPeriodLabel({ value: '2025-07-01', from: '2025-07-01', to: '2026-06-30' })).toBe('2025-07-01 – 2026-06-30');
  });
});

describe('Blanketten', () => {
  it('har sektionerna A–I och varje ruta exakt en gång', () => {
    const all = [...LEFT_SECTIONS, ...RIGHT_SECTIONS];
    expect(all.map((s) => s.letter).sort().join('')).toBe('ABCDEFGHI');
    const boxes = all.flatMap((s) => s.boxes);
    expect([...boxes].sort()).toEqual([...BOX_IDS].sort());
    expect(new Set(boxes).size).toBe(29);
  });

  it('visar hela kronor med hårt mellanslag och riktigt minustecken', () => {
    expect(fmtKronor(25000)).toBe('25\u00a0000');
    expect(fmtKronor(-1200)).toBe('\u22121\u00a0200');
    expect(fmtKronor(0)).toBe('0');
    expect(fmtDelta(500)).toBe('+500');
    expect(fmtDelta(-2000)).toBe('\u22122\u00a0000');
  });
});

describe('eSKD-filen', () => {
  it('kodas som ISO-8859-1, ett tecken per byte', () => {
    expect([...latin1Bytes('Moms å')]).toEqual([77, 111, 109, 115, 32, 229]);
    expect([...latin1Bytes('Ö€')]).toEqual([214, 63]);
  });

  it('sparas i mappen värden valde, med mappens egen avgränsare', () => {
    expect(joinPath('/home/anna/Moms', 'moms.xml')).toBe('/home/anna/Moms/moms.xml');
    expect(joinPath('C:\\Users\\Anna', 'moms.xml')).toBe('C:\\Users\\Anna\\moms.xml');
    expect(joinPath('/tmp/', 'moms.xml')).toBe('/tmp/moms.xml');
  });

  it('frågar värdens spara-dialog och faller tillbaka på en mapp när värden saknar den', async () => {
    const asked: unknown[] = [];
    const api = (answer: (input: { kind: string }) => AnyResponse) => makeApi({
      invoke: async (_m, input) => { asked.push(input); return answer(input as { kind: string }); }, onEvent: () => () => {},
    });
    expect(await pickSavePath(api(() => ({ ok: true, value: '/x/moms.xml' })), 'moms.xml')).toEqual({ kind: 'path', path: '/x/moms.xml' });
    expect(await pickSavePath(api(() => ({ ok: true, value: null })), 'moms.xml')).toEqual({ kind: 'cancelled' });
    const old = api((i) => (i.kind === 'save-vat' ? { ok: false, error: { code: 'invalid-input', message: 'Okänd filtyp.' } } : { ok: true, value: '/home/anna' }));
    expect(await pickSavePath(old, 'moms-5560000167-202603.xml')).toEqual({ kind: 'path', path: '/home/anna/moms-5560000167-202603.xml' });
    expect(asked.slice(-2)).toEqual([{ kind: 'save-vat', suggestedName: 'moms-5560000167-202603.xml' }, { kind: 'save-backup' }]);
  });
});

describe('Verifikationslänkar', () => {
  it('hittar räkenskapsåret från datumet, eller från referensen', () => {
    const years = [{ start: '2025-01-01', end: '2025-12-31' }, Y2026];
    expect(voucherKeyOf('M3', '2026-03-31', years)).toEqual({ series: 'M', number: 3, fiscalYear: '2026-01-01' });
    expect(voucherKeyOf('M1@2025-01-01', '2026-03-31', years)).toEqual({ series: 'M', number: 1, fiscalYear: '2025-01-01' });
    expect(voucherKeyOf('A7', '2030-01-01', years)).toEqual({ series: 'A', number: 7 });
    expect(voucherKeyOf('inte en ref', '2026-01-01', years)).toBeNull();
  });
});
