// @vitest-environment happy-dom
/** Räkenskapsår: the opening-balance editor's live sum and each opening.set refusal on the row or sum it concerns; the pure helpers. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiContext } from '../../../renderer/api/index.js';
import { makeApi } from '../../../renderer/api/client.js';
import type { AnyResponse } from '../../../renderer/api/types.js';
import { OpeningEditor } from '../../../renderer/features/years/OpeningEditor.js';
import { canEnterOpening, latestYear, openingChanges, openingOf, openingState } from '../../../renderer/features/years/opening.js';
import type { FiscalYearDto } from '../../../shared/api/dto.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NBSP = '\u00a0';
const year: FiscalYearDto = { id: 1, start: '2026-01-01', end: '2026-12-31', state: 'open', openingSource: null, openingStale: false };
const accounts = [{ value: '1930', label: '1930 Företagskonto' }, { value: '2010', label: '2010 Eget kapital' }];
let calls: { method: string; input: unknown }[];
let answer: (method: string, input: unknown) => AnyResponse;
let saved: FiscalYearDto[];
let root: Root;
let host: HTMLDivElement;

const api = makeApi({
  invoke: async (method, input) => { calls.push({ method, input }); return answer(method, input); },
  onEvent: () => () => {},
});

async function render(opening: { account: string; amount: number }[] = []) {
  await act(async () => root.render(
    <ApiContext.Provider value={api}>
      <OpeningEditor year={year} opening={opening} accounts={accounts} known={new Set(['1930', '2010'])} onSaved={(y) => saved.push(y)} />
    </ApiContext.Provider>,
  ));
}

beforeEach(() => {
  calls = [];
  saved = [];
  answer = () => ({ ok: true, value: { ...year, openingSource: 'manual' } });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const input = (label: string) => host.querySelector<HTMLInputElement>(`[aria-label="${label}"]`)!;
async function type(el: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function leave(el: HTMLInputElement) {
  await act(async () => { el.dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
}
async function fill(rows: [string, string, string][]) {
  for (const [i, [account, debit, credit]] of rows.entries()) {
    const a = input(`Rad ${i + 1}: Konto`);
    await type(a, account);
    await leave(a);
    await type(input(`Rad ${i + 1}: Debet`), debit);
    await type(input(`Rad ${i + 1}: Kredit`), credit);
  }
}
const submit = async () => {
  await act(async () => { host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
};
const sum = () => host.querySelector('[data-testid="opening-sum"]')!.textContent;

describe('OpeningEditor', () => {
  it('shows the live sum and that it must be zero; sends debit positive, credit negative', async () => {
    await render();
    await fill([['1930', '50000', ''], ['2010', '', '40 000']]);
    expect(sum()).toBe(`Summan är 10${NBSP}000,00. Summan måste vara 0,00 för att kunna sparas.`);
    await type(input('Rad 2: Kredit'), '50 000');
    expect(sum()).toBe('Summan är 0,00.');
    await submit();
    expect(calls).toEqual([{ method: 'opening.set', input: { fiscalYear: '2026-01-01', lines: [{ account: '1930', amount: 5000000 }, { account: '2010', amount: -5000000 }] } }]);
    expect(saved).toHaveLength(1);
  });

  it('puts opening-unbalanced on the sum row, in Swedish with the sum', async () => {
    answer = () => ({ ok: false, error: { code: 'opening-unbalanced', message: 'De ingående balanserna summerar till 100.00 kr', path: 'lines' } });
    await render();
    await fill([['1930', '100', '']]);
    await submit();
    expect(sum()).toBe('De ingående balanserna summerar till 100,00. Summan måste vara 0,00 för att kunna sparas: tillgångar ska vara lika med eget kapital och skulder.');
    expect(host.querySelector('[data-testid="opening-sum"]')!.getAttribute('role')).toBe('alert');
    expect(saved).toEqual([]);
  });

  it('puts unknown-account on the row whose account is not in the chart', async () => {
    answer = () => ({ ok: false, error: { code: 'unknown-account', message: 'Konto 1999 finns inte i kontoplanen.', path: 'lines' } });
    await render();
    await fill([['1930', '100', ''], ['1999', '', '100']]);
    await submit();
    expect(input('Rad 2: Konto').getAttribute('aria-invalid')).toBe('true');
    expect(input('Rad 1: Konto').getAttribute('aria-invalid')).toBe('false');
    expect(host.querySelector('.row-msg .field-error')!.textContent).toBe('Konto 1999 finns inte i kontoplanen. Välj ett konto ur listan.');
  });

  it('shows opening-carried and fiscal-year-closed above the editor', async () => {
    answer = () => ({ ok: false, error: { code: 'fiscal-year-closed', message: 'x' } });
    await render();
    await fill([['1930', '100', ''], ['2010', '', '100']]);
    await submit();
    expect(host.querySelector('[data-testid="opening-error"]')!.textContent).toBe('Räkenskapsåret är avslutat; dess ingående balanser kan inte ändras.');
    answer = () => ({ ok: false, error: { code: 'opening-carried', message: 'x' } });
    await submit();
    expect(host.querySelector('[data-testid="opening-error"]')!.textContent).toContain('förs över från föregående år');
  });

  it('is prefilled with the stored opening balances', async () => {
    await render([{ account: '1930', amount: 5000000 }, { account: '2010', amount: -5000000 }]);
    expect(input('Rad 1: Debet').value).toBe(`50${NBSP}000,00`);
    expect(input('Rad 2: Kredit').value).toBe(`50${NBSP}000,00`);
    expect(input('Rad 3: Konto').value).toBe('');
    expect(sum()).toBe('Summan är 0,00.');
  });

  it('asks for a line before sending nothing', async () => {
    await render();
    await submit();
    expect(calls).toEqual([]);
    expect(sum()).toBe('Ange minst en rad med konto och belopp.');
  });
});

describe('years helpers', () => {
  it('names the opening state, says when it can be entered, and finds the latest year', () => {
    expect(openingState({ openingSource: 'carried', openingStale: true })).toBe('stale');
    expect(openingState({ openingSource: 'carried', openingStale: false })).toBe('carried');
    expect(openingState({ openingSource: null, openingStale: false })).toBe('none');
    expect(canEnterOpening({ state: 'open', openingSource: 'import' })).toBe(true);
    expect(canEnterOpening({ state: 'open', openingSource: 'carried' })).toBe(false);
    expect(canEnterOpening({ state: 'closed', openingSource: 'manual' })).toBe(false);
    expect(latestYear([{ ...year, start: '2027-01-01' }, year])?.start).toBe('2027-01-01');
  });

  it('reads opening balances from a trial balance and lists what a refresh changed', () => {
    const before = openingOf({ accounts: [{ number: '1930', name: 'Bank', opening: 100, debit: 5, credit: 0, closing: 105 }, { number: '3001', name: 'Försäljning', opening: 0, debit: 0, credit: 5, closing: -5 }, { number: '2010', name: 'EK', opening: -100, debit: 0, credit: 0, closing: -100 }] });
    expect(before).toEqual([{ account: '1930', name: 'Bank', amount: 100 }, { account: '2010', name: 'EK', amount: -100 }]);
    const after = [{ account: '1930', name: 'Bank', amount: 90 }, { account: '2010', name: 'EK', amount: -100 }, { account: '2013', name: 'Uttag', amount: 10 }];
    expect(openingChanges(before, after)).toEqual([{ account: '1930', name: 'Bank', before: 100, after: 90 }, { account: '2013', name: 'Uttag', before: 0, after: 10 }]);
  });
});
