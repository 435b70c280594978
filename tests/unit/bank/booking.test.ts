/** Lines booked from a bank row: the row's amount lands unchanged on the bank account. */
import { describe, expect, it } from 'vitest';
import { completeLines, orientToRow, scaleLines } from '../../../shared/domain/bank/booking.js';
import { applyTemplate } from '../../../shared/domain/templates/template.js';
import { BUILTIN_TEMPLATES } from '../../../shared/domain/templates/builtin.js';
import { TAX_ACCOUNT_TEMPLATES } from '../../../shared/domain/bank/taxAccount.js';
import { ore, type Ore } from '../../../shared/domain/money/ore.js';

const tpl = (name: string) => [...BUILTIN_TEMPLATES, ...TAX_ACCOUNT_TEMPLATES].find((t) => t.name === name)!;
const apply = (name: string, amount: number) => {
  const r = applyTemplate(tpl(name), Math.abs(amount) as Ore);
  if (!r.ok) throw new Error('template');
  return r.value;
};
const ls = (xs: { account: string; amount: number }[]) => xs.map((l) => `${l.account} ${l.amount}`);

describe('orientToRow', () => {
  it('money out with a cost template: unchanged', () => {
    const r = orientToRow(apply('Kontorsmaterial 25 %', -12_500), '1930', ore(-12_500));
    expect(r.ok && ls(r.value)).toEqual(['6110 10000', '2641 2500', '1930 -12500']);
  });

  it('money in with a money-out template is turned round (a refund)', () => {
    const r = orientToRow(apply('Bankavgift', 4_500), '1930', ore(4_500));
    expect(r.ok && ls(r.value)).toEqual(['6570 -4500', '1930 4500']);
  });

  it('a template paying from 1930 books on the row’s card or second bank account', () => {
    const r = orientToRow(apply('Kontorsmaterial 25 %', -12_500), '1940', ore(-12_500));
    expect(r.ok && ls(r.value)).toEqual(['6110 10000', '2641 2500', '1940 -12500']);
  });

  it('with two payment lines the one of the bank account’s kind is moved (1630/1930 template on 1940)', () => {
    const r = orientToRow(apply('Betalning till skattekontot', -300_000), '1940', ore(-300_000));
    expect(r.ok && ls(r.value)).toEqual(['1630 300000', '1940 -300000']);
  });

  it('no payment line to move: bank-template-mismatch', () => {
    const r = orientToRow(apply('Kundfaktura 25 %', 12_500), '1930', ore(12_500));
    expect(r.ok ? 'ok' : r.problems[0]!.code).toBe('bank-template-mismatch');
  });
});

describe('completeLines', () => {
  it('adds the bank line when left out, accepts it when equal, refuses it otherwise', () => {
    const added = completeLines([{ account: '6570', amount: ore(8_500) }], '1930', ore(-8_500));
    expect(added.ok && ls(added.value)).toEqual(['6570 8500', '1930 -8500']);
    expect(completeLines([{ account: '6570', amount: ore(8_500) }, { account: '1930', amount: ore(-8_500) }], '1930', ore(-8_500)).ok).toBe(true);
    const wrong = completeLines([{ account: '1930', amount: ore(-8_000) }], '1930', ore(-8_500));
    expect(wrong.ok ? 'ok' : wrong.problems[0]!.message).toContain('bankradens belopp −85,00');
  });
});

describe('scaleLines', () => {
  it('keeps the accounts, scales by new/old and lets the largest line take the rounding', () => {
    const earlier = [{ account: '5420', amount: ore(3_920) }, { account: '2641', amount: ore(980) }, { account: '1930', amount: ore(-4_900) }];
    expect(ls(scaleLines(earlier, 2, ore(-4_900)))).toEqual(['5420 3920', '2641 980', '1930 -4900']);
    const scaled = scaleLines(earlier, 2, ore(-9_999));
    expect(ls(scaled)).toEqual(['5420 7999', '2641 2000', '1930 -9999']);
    expect(scaled.reduce((s, l) => s + l.amount, 0)).toBe(0);
  });
});
