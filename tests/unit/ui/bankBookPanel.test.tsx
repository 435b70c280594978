// @vitest-environment happy-dom
/** Booking a bank row in a DOM: the suggestion's lines shown before posting, the input sent, and each backend error on its field. */
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiContext } from '../../../renderer/api/index.js';
import { makeApi } from '../../../renderer/api/client.js';
import type { AnyResponse } from '../../../renderer/api/types.js';
import { BookPanel } from '../../../renderer/features/bank/BookPanel.js';
import type { BankQueueItemDto } from '../../../shared/api/dto/bank.js';
import { ore } from '../../../shared/domain/money/ore.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const row: BankQueueItemDto['row'] = {
  id: 5, account: '1930', statementId: 1, date: '2026-01-15', valueDate: null, transactionDate: null, amount: -150, balance: null, text: 'ÖF-ANNAN-BANK',
  reference: null, counterparty: null, bankId: null, currency: 'SEK', originalAmount: null, originalCurrency: null, line: 6, link: null,
};
const item: BankQueueItemDto = {
  row, receipt: null, candidates: [],
  suggestion: { source: 'rule', template: 'Bankavgift', lines: [{ account: '6570', amount: ore(150) }, { account: '1930', amount: ore(-150) }], text: 'ÖF-ANNAN-BANK', counterparty: null, ruleId: 1, fromVoucherId: null },
};
let calls: { method: string; input: unknown }[];
let answer: (method: string, input: unknown) => AnyResponse;
let booked: unknown[];
let root: Root;
let host: HTMLDivElement;
const api = makeApi({ invoke: async (method, input) => { calls.push({ method, input }); return answer(method, input); }, onEvent: () => () => {} });

beforeEach(async () => {
  calls = [];
  booked = [];
  answer = () => ({ ok: true, value: [] });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(
    <ApiContext.Provider value={api}>
      <BookPanel item={item} templates={[{ value: 'Bankavgift', label: 'Bankavgift' }]} accounts={[{ value: '6570', label: '6570 Bankkostnader' }]}
        names={new Map([['6570', 'Bankkostnader'], ['1930', 'Företagskonto']])} templateRef={createRef()} onBooked={(r) => booked.push(r)} onLinked={() => {}} onMove={() => {}} />
    </ApiContext.Provider>,
  ));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const submit = () => act(async () => { host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click(); });
const described = (id: string) => {
  const el = host.querySelector<HTMLInputElement>(`#${id}`)!;
  return el.getAttribute('aria-invalid') === 'true' ? document.getElementById(el.getAttribute('aria-describedby')!)!.textContent : null;
};

describe('Bokför bankraden', () => {
  it('visar förslagets rader innan något bokförs och skickar bara radens id', async () => {
    expect(host.querySelector('[data-testid="suggestion"]')!.textContent).toContain('Bankavgift');
    const lines = [...host.querySelectorAll('[data-testid="book-lines"] tbody tr')].map((tr) => tr.textContent);
    expect(lines).toEqual(['6570 Bankkostnader1,50', '1930 Företagskonto1,50']);
    expect(calls.some((c) => c.method === 'bank.book')).toBe(false);
    answer = (m) => (m === 'bank.book' ? { ok: true, value: { row, voucher: { ref: 'A9' } } } : { ok: true, value: [] });
    await submit();
    expect(calls.filter((c) => c.method === 'bank.book').map((c) => c.input)).toEqual([{ rowId: 5 }]);
    expect(booked).toHaveLength(1);
  });

  it('lägger backendens fel på fältet de gäller och resten överst', async () => {
    answer = (m) => (m === 'bank.book' ? { ok: false, error: { code: 'template-not-found', message: 'x', problems: [
      { code: 'template-not-found', message: 'Det finns ingen mall som heter "Bankavgift".', path: 'template' },
      { code: 'period-closed', message: 'Januari 2026 är stängd.', path: 'date' },
    ] } } : { ok: true, value: [] });
    await submit();
    expect(described('book-template')).toBe('Det finns ingen mall som heter "Bankavgift".');
    expect(host.querySelector('.notice-error')!.textContent).toBe('Januari 2026 är stängd.');
    expect(booked).toHaveLength(0);
  });
});
