import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkVoucher, type PostingFacts } from '../../../shared/domain/ledger/checks.js';
import { correctionDraft } from '../../../shared/domain/ledger/correction.js';
import { numberingFindings } from '../../../shared/domain/ledger/numbering.js';
import { parseVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import type { DraftVoucher } from '../../../shared/domain/ledger/voucher.js';
import { ore, sumOre } from '../../../shared/domain/money/ore.js';

const facts = (over: Partial<PostingFacts> = {}): PostingFacts => ({
  accounts: new Map([['1930', { active: true, vatCode: null }], ['6110', { active: true, vatCode: null }], ['2641', { active: true, vatCode: 'input' }], ['1910', { active: false, vatCode: null }]]),
  fiscalYear: { id: 1, start: '2026-01-01' as never, end: '2026-12-31' as never, state: 'open' },
  periodState: 'open',
  ...over,
});
const draft = (lines: [string, number][], over: Partial<DraftVoucher> = {}): DraftVoucher => ({
  kind: 'draft', date: '2026-03-05' as never, text: 'Kontorsmaterial', series: 'A', lines: lines.map(([account, amount]) => ({ account, amount: ore(amount) })), ...over,
});
const codes = (r: ReturnType<typeof checkVoucher>) => (r.ok ? [] : r.problems.map((p) => p.code));

describe('posting checks', () => {
  it('a balanced voucher on active accounts in an open period passes', () => {
    const r = checkVoucher(draft([['6110', 80000], ['2641', 20000], ['1930', -100000]]), facts());
    expect(r.ok && r.value.kind).toBe('checked');
  });

  it('reports every problem at once, each with a field path', () => {
    const r = checkVoucher(draft([['6110', 80000], ['9999', 0], ['1910', -1]], { text: ' ' }), facts());
    expect(codes(r)).toEqual(['missing-text', 'zero-line', 'unbalanced', 'unknown-account', 'inactive-account']);
    if (!r.ok) expect(r.problems.find((p) => p.code === 'unknown-account')?.path).toBe('lines.1.account');
  });

  it('refuses a single line, a missing year, a closed year and locked periods', () => {
    expect(codes(checkVoucher(draft([['1930', 0]]), facts()))).toContain('too-few-lines');
    expect(codes(checkVoucher(draft([['6110', 1], ['1930', -1]]), facts({ fiscalYear: null })))).toEqual(['no-fiscal-year']);
    expect(codes(checkVoucher(draft([['6110', 1], ['1930', -1]]), facts({ fiscalYear: { id: 1, start: '2026-01-01' as never, end: '2026-12-31' as never, state: 'closed' } })))).toEqual(['fiscal-year-closed']);
    expect(codes(checkVoucher(draft([['6110', 1], ['1930', -1]]), facts({ periodState: 'closed' })))).toEqual(['period-closed']);
  });

  it('a VAT-reported month refuses lines on VAT accounts only', () => {
    expect(codes(checkVoucher(draft([['6110', 80000], ['2641', 20000], ['1930', -100000]]), facts({ periodState: 'vat-reported' })))).toEqual(['period-vat-reported']);
    expect(checkVoucher(draft([['6110', 100], ['1930', -100]]), facts({ periodState: 'vat-reported' })).ok).toBe(true);
  });

  const balancedLines = fc.array(fc.tuple(fc.constantFrom('1930', '6110', '2641'), fc.integer({ min: -1e9, max: 1e9 }).filter((n) => n !== 0)), { minLength: 1, maxLength: 20 })
    .map((ls) => {
      const s = ls.reduce((a, [, n]) => a + n, 0);
      return s === 0 ? ls : [...ls, ['1930', -s] as [string, number]];
    })
    .filter((ls) => ls.length >= 2);

  it('property: any balanced draft on known accounts in an open period posts', () => {
    fc.assert(fc.property(balancedLines, (ls) => checkVoucher(draft(ls), facts()).ok));
  });

  it('property: a correction nets the original to zero and books the right lines', () => {
    fc.assert(fc.property(balancedLines, balancedLines, (orig, right) => {
      const o = { series: 'A', number: 5, date: '2026-01-15', fiscalYearStart: '2026-01-01', text: 'x', lines: orig.map(([account, amount]) => ({ account, amount: ore(amount) })) };
      const c = correctionDraft(o, '2026-04-01' as never, right.map(([account, amount]) => ({ account, amount: ore(amount) })));
      const net = new Map<string, number>();
      for (const l of [...o.lines, ...c.lines]) net.set(l.account, (net.get(l.account) ?? 0) + l.amount);
      const want = new Map<string, number>();
      for (const [a, n] of right) want.set(a, (want.get(a) ?? 0) + n);
      return [...net].every(([a, n]) => n === (want.get(a) ?? 0)) && sumOre(c.lines.map((l) => l.amount)) === 0 && c.reference === 'A5@2026-01-01';
    }));
  });
});

describe('numbering', () => {
  it('property: numbers 1..n per series and year have no findings', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 50 }), (a, b) => {
      const vs = [...Array.from({ length: a }, (_, i) => ({ year: '2026-01-01', series: 'A', number: i + 1, origin: 'kontera' as const })),
        ...Array.from({ length: b }, (_, i) => ({ year: '2026-01-01', series: 'B', number: i + 1, origin: 'kontera' as const }))];
      return numberingFindings(vs).problems.length === 0;
    }));
  });
  it('a gap before a Kontera number is a problem; a gap an old program left is recorded', () => {
    const r = numberingFindings([
      { year: '2025-01-01', series: 'A', number: 1, origin: 'import' }, { year: '2025-01-01', series: 'A', number: 4, origin: 'import' },
      { year: '2025-01-01', series: 'A', number: 6, origin: 'kontera' },
    ]);
    expect(r.importedGaps).toEqual(['A2–A3@2025-01-01']);
    expect(r.problems.map((p) => p.code)).toEqual(['numbering-gap']);
  });
});

describe('voucher ids', () => {
  it('parses CLI.md forms', () => {
    expect(parseVoucherRef('A12')).toEqual({ series: 'A', number: 12 });
    expect(parseVoucherRef('A12@2025-01-01')).toEqual({ series: 'A', number: 12, fiscalYear: '2025-01-01' });
    expect(parseVoucherRef('1-7')).toEqual({ series: '1', number: 7 });
    expect(parseVoucherRef('A0')).toBeNull();
    expect(parseVoucherRef('A12@2025-13-01')).toBeNull();
  });
});
