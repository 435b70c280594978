/** The Bank page's pure logic: what booking a row sends, the lines shown before posting, where errors go, the months to reconcile. */
import { describe, expect, it } from 'vitest';
import { bookPlan, fieldOfBookError, previewAccount, previewTemplate } from '../../../renderer/features/bank/bookPlan.js';
import { reconcileMonths } from '../../../renderer/features/bank/months.js';
import { ore } from '../../../shared/domain/money/ore.js';

const out = { id: 7, account: '1930', amount: -87890 };
const into = { id: 8, account: '1930', amount: 300000 };
const none = { template: '', account: '', text: '' };

describe('Bokföra en bankrad', () => {
  it('använder mallen före motkontot och motkontot före förslaget', () => {
    expect(bookPlan(out, { template: 'Bankavgift', account: '6570', text: '' }, true)).toEqual({ kind: 'template', input: { rowId: 7, template: 'Bankavgift' } });
    expect(bookPlan(out, { template: ' ', account: '6570', text: ' Avgift ' }, true)).toEqual({ kind: 'account', input: { rowId: 7, lines: [{ account: '6570', amount: 87890 }], text: 'Avgift' } });
    expect(bookPlan(out, none, true)).toEqual({ kind: 'suggestion', input: { rowId: 7 } });
    expect(bookPlan(out, none, false)).toEqual({ kind: 'none' });
  });

  it('visar mallens rader vända efter bankraden, som backend bokför dem', () => {
    const applied = [{ account: '5410', amount: ore(70312) }, { account: '2641', amount: ore(17578) }, { account: '1930', amount: ore(-87890) }];
    expect(previewTemplate(applied, out)).toEqual({ ok: true, lines: applied });
    const sale = [{ account: '1930', amount: ore(300000) }, { account: '1510', amount: ore(-300000) }];
    expect(previewTemplate(sale, { ...out, amount: -300000 })).toEqual({ ok: true, lines: [{ account: '1930', amount: -300000 }, { account: '1510', amount: 300000 }] });
    expect(previewTemplate(applied, { ...out, account: '1940' })).toEqual({ ok: true, lines: [applied[0], applied[1], { account: '1940', amount: -87890 }] });
  });

  it('visar motkontot med bankraden som andra rad', () => {
    expect(previewAccount('2893', into)).toEqual({ ok: true, lines: [{ account: '2893', amount: -300000 }, { account: '1930', amount: 300000 }] });
    expect(previewAccount('1930', into)).toMatchObject({ ok: false, message: expect.stringContaining('bankkontot 1930') });
  });

  it('lägger backendens fel på fältet de gäller', () => {
    expect(fieldOfBookError('template')).toBe('template');
    expect(fieldOfBookError('lines.0.account')).toBe('account');
    expect(fieldOfBookError('lines')).toBe('account');
    expect(fieldOfBookError('text')).toBe('text');
    expect(fieldOfBookError('rowId')).toBe('form');
    expect(fieldOfBookError(undefined)).toBe('form');
  });
});

describe('Avstämningens månader', () => {
  it('går från kontots första till sista rad, annars räkenskapsårens månader', () => {
    expect(reconcileMonths({ firstDate: '2025-12-30', lastDate: '2026-02-02' }, [])).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(reconcileMonths(null, [{ start: '2026-01-01', end: '2026-03-31' }])).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(reconcileMonths({ firstDate: null, lastDate: null }, [])).toEqual([]);
  });
});
