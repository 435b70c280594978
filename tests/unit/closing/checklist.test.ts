/**
 * The month-close checklist from hand-made MonthFacts: `open` blocks `close-month --strict`,
 * `warning` (late bookings, earlier months open) and `not-available` do not.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoMonth } from '../../../shared/domain/dates/isoDate.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { type MonthFacts, monthChecklist, openItems } from '../../../shared/domain/closing/checklist.js';

const clean = (): MonthFacts => ({
  month: '2025-03' as IsoMonth,
  accounts: [
    { account: '1930', name: 'Företagskonto', record: { reconciled: true, difference: ore(0) } },
    { account: '1630', name: 'Skattekonto', record: { reconciled: true, difference: ore(0) } },
  ],
  receipts: { missing: [], checked: 14 },
  vatPeriod: { period: '2025-Q1', reported: true, exempt: false },
  drafts: [],
  late: [],
  deadline: '2025-05-20' as IsoDate,
  sizeClassText: '50 dagar efter månadens slut',
  chain: { ok: true, head: 'abc123', problems: 0 },
  earlierOpen: [],
});
const byKey = (f: MonthFacts) => Object.fromEntries(monthChecklist(f).map((i) => [i.key, i]));

describe('monthChecklist', () => {
  it('everything done: seven items, all ok, nothing open', () => {
    const items = monthChecklist(clean());
    expect(items.map((i) => [i.key, i.status])).toEqual([
      ['bank', 'ok'], ['receipts', 'ok'], ['vat', 'ok'], ['drafts', 'ok'], ['time-limits', 'ok'], ['chain', 'ok'], ['earlier-months', 'ok']]);
    expect(openItems(items)).toEqual([]);
    expect(items[0]!.detail).toBe('1930, 1630 stämmer mot kontoutdragen.');
    expect(items[1]!.detail).toBe('Alla 14 verifikationer som behöver underlag har ett.');
    expect(items[4]!.detail).toBe('Månadens bokföring ska vara klar senast 2025-05-20 (50 dagar efter månadens slut); kontanta in- och utbetalningar senast påföljande arbetsdag.');
    expect(items.every((i) => i.links.length === 0)).toBe(true);
  });

  it('bank not reconciled: open, one bank-reconcile link per account; the difference is shown in Swedish format', () => {
    const f = clean();
    f.accounts = [
      { account: '1930', name: 'Företagskonto', record: { reconciled: false, difference: ore(-123450) } },
      { account: '1630', name: 'Skattekonto', record: null },
      { account: '1910', name: 'Kassa', record: { reconciled: true, difference: ore(0) } },
    ];
    const bank = byKey(f).bank!;
    expect(bank.status).toBe('open');
    expect(bank.links).toEqual([{ kind: 'bank-reconcile', account: '1930', month: '2025-03' }, { kind: 'bank-reconcile', account: '1630', month: '2025-03' }]);
    expect(bank.detail).toBe('1930 Företagskonto: differens \u22121\u00a0234,50 kr; 1630 Skattekonto: ingen avstämning sparad för 2025-03');
    expect(openItems(monthChecklist(f)).map((i) => i.key)).toEqual(['bank']);
  });

  it('no bank or tax account moved this month: ok without links', () => {
    const f = clean();
    f.accounts = [];
    expect(byKey(f).bank).toMatchObject({ status: 'ok', links: [], detail: 'Inga bank- eller skattekonton har rörelser eller saldo denna månad.' });
  });

  it('receipts missing: open with a voucher link each; more than ten refs are cut with …', () => {
    const f = clean();
    f.receipts = { checked: 20, missing: Array.from({ length: 11 }, (_, i) => ({ id: i + 1, ref: `A${i + 1}`, fiscalYear: '2025-01-01', text: 'Inköp' })) };
    const r = byKey(f).receipts!;
    expect(r.status).toBe('open');
    expect(r.links).toHaveLength(11);
    expect(r.links[0]).toEqual({ kind: 'voucher', ref: 'A1', fiscalYear: '2025-01-01', id: 1 });
    expect(r.detail).toBe('11 av 20 verifikationer som behöver underlag saknar det: A1, A2, A3, A4, A5, A6, A7, A8, A9, A10 och 1 till.');
  });

  it('no receipts archive: not-available, and it does not block', () => {
    const f = clean();
    f.receipts = null;
    const items = monthChecklist(f);
    expect(items.find((i) => i.key === 'receipts')!.status).toBe('not-available');
    expect(openItems(items)).toEqual([]);
  });

  it('VAT period ending this month not reported: open with a vat link and the command to run', () => {
    const f = clean();
    f.vatPeriod = { period: '2025-Q1', reported: false, exempt: false };
    const v = byKey(f).vat!;
    expect(v.status).toBe('open');
    expect(v.links).toEqual([{ kind: 'vat', period: '2025-Q1' }]);
    expect(v.detail).toBe('Momsperioden 2025-Q1 slutar denna månad och är inte redovisad (kontera vat --period 2025-Q1 --book).');
  });

  it('no VAT period ends this month, or the company is VAT-exempt: ok', () => {
    const f = clean();
    f.vatPeriod = null;
    expect(byKey(f).vat).toMatchObject({ status: 'ok', detail: 'Ingen momsperiod slutar denna månad.' });
    f.vatPeriod = { period: '2025', reported: false, exempt: true };
    expect(byKey(f).vat).toMatchObject({ status: 'ok', detail: 'Företaget är momsbefriat.', links: [] });
  });

  it('drafts left: open with a draft link each', () => {
    const f = clean();
    f.drafts = [{ id: 7, label: 'Hyra april' }, { id: 9, label: 'Telefon' }];
    expect(byKey(f).drafts).toMatchObject({ status: 'open', detail: '2 utkast är inte bokförda: Hyra april; Telefon', links: [{ kind: 'draft', id: 7 }, { kind: 'draft', id: 9 }] });
  });

  it('late bookings: a warning (history cannot be undone), not open', () => {
    const f = clean();
    f.late = [
      { id: 3, ref: 'A3', fiscalYear: '2025-01-01', date: '2025-03-07' as IsoDate, registered: '2025-03-12' as IsoDate, deadline: '2025-03-10' as IsoDate, cash: true },
      { id: 4, ref: 'A4', fiscalYear: '2025-01-01', date: '2025-03-20' as IsoDate, registered: '2025-05-25' as IsoDate, deadline: '2025-05-20' as IsoDate, cash: false },
    ];
    const items = monthChecklist(f);
    const t = items.find((i) => i.key === 'time-limits')!;
    expect(t.status).toBe('warning');
    expect(t.detail.startsWith('2 verifikationer bokfördes efter bokföringslagens tidsgräns: A3 (kontant, senast 2025-03-10, bokförd 2025-03-12), A4 (senast 2025-05-20, bokförd 2025-05-25). ')).toBe(true);
    expect(t.links).toEqual([{ kind: 'voucher', ref: 'A3', fiscalYear: '2025-01-01', id: 3 }, { kind: 'voucher', ref: 'A4', fiscalYear: '2025-01-01', id: 4 }]);
    expect(openItems(items)).toEqual([]);
  });

  it('the receipts text says what it counts: vouchers that need underlag, and why the others do not', () => {
    const f = clean();
    f.receipts = { checked: 10, total: 11, missing: Array.from({ length: 9 }, (_, i) => ({ id: i + 2, ref: `A${i + 2}`, fiscalYear: '2025-01-01', text: 'Inköp' })) };
    expect(byKey(f).receipts!.detail).toBe('9 av 10 verifikationer som behöver underlag saknar det: A2, A3, A4, A5, A6, A7, A8, A9, A10. Månaden har 11 verifikationer; 1 av dem räknas inte: ingående balanser, rättelser, importerade verifikationer och interna serier (B bokslut, M moms) behöver inget underlag.');
  });

  it('eleven late bookings: the text names ten and says "och 1 till", the links hold all eleven', () => {
    const f = clean();
    f.late = Array.from({ length: 11 }, (_, i) => ({ id: i + 1, ref: `A${i + 1}`, fiscalYear: '2025-01-01', date: '2025-03-07' as IsoDate, registered: '2025-05-12' as IsoDate, deadline: '2025-04-10' as IsoDate, cash: false }));
    const t = byKey(f)['time-limits']!;
    expect(t.detail).toContain('11 verifikationer bokfördes efter bokföringslagens tidsgräns: A1 (senast 2025-04-10, bokförd 2025-05-12), ');
    expect(t.detail).toContain('A10 (senast 2025-04-10, bokförd 2025-05-12) och 1 till. ');
    expect(t.links).toHaveLength(11);
  });

  it('chain broken: open with a verify link', () => {
    const f = clean();
    f.chain = { ok: false, head: 'dead01', problems: 2 };
    expect(byKey(f).chain).toMatchObject({ status: 'open', detail: 'Kontrollen hittade 2 fel (kontera verify). Toppvärde: dead01', links: [{ kind: 'verify' }] });
  });

  it('earlier months open: a warning with a link to each month', () => {
    const f = clean();
    f.earlierOpen = ['2025-01', '2025-02'] as IsoMonth[];
    const items = monthChecklist(f);
    expect(items.find((i) => i.key === 'earlier-months')).toMatchObject({
      status: 'warning', detail: 'Tidigare månader i räkenskapsåret är inte stängda: 2025-01, 2025-02.',
      links: [{ kind: 'month', month: '2025-01' }, { kind: 'month', month: '2025-02' }] });
    expect(openItems(items)).toEqual([]);
  });

  it('several problems at once: openItems lists exactly the blocking ones, in checklist order', () => {
    const f = clean();
    f.accounts[0]!.record = null;
    f.drafts = [{ id: 1, label: 'X' }];
    f.chain = { ok: false, head: 'h', problems: 1 };
    f.earlierOpen = ['2025-02' as IsoMonth];
    expect(openItems(monthChecklist(f)).map((i) => i.key)).toEqual(['bank', 'drafts', 'chain']);
  });
});
