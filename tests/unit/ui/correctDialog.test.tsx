// @vitest-environment happy-dom
/**
 * Rätta: the correction's date starts in an open fiscal year (today, else the nearest open year's
 * edge, never before the original), and a date outside every year is marked on the field at once.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../../../renderer/api/index.js';
import { makeApi } from '../../../renderer/api/client.js';
import { CorrectDialog } from '../../../renderer/features/vouchers/CorrectDialog.js';
import type { CompanyDto, VoucherDto } from '../../../shared/api/dto.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const company: CompanyDto = {
  file: '/f.kontera', name: 'Firma', form: 'EF', identity: '811218-9876', identityKind: 'personnummer', vatPeriod: 'year', vatMethod: 'kontant',
  fiscalYears: [{ start: '2024-07-01', end: '2025-12-31', state: 'open' }] as CompanyDto['fiscalYears'], warnings: [],
};
const voucher = { id: 1, ref: 'A1', series: 'A', number: 1, fiscalYear: '2024-07-01', date: '2025-03-10', text: 'Hyra', lines: [] } as unknown as VoucherDto;
const api = makeApi({
  invoke: async (method) => (method === 'company.info' ? { ok: true, value: company } : { ok: true, value: null }),
  onEvent: () => () => {},
});

let root: Root;
let host: HTMLDivElement;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-04T10:00:00Z'));
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<ApiContext.Provider value={api}><CorrectDialog voucher={voucher} onClose={() => {}} onDone={() => {}} /></ApiContext.Provider>));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

const dateInput = () => document.querySelector<HTMLInputElement>('#correct-date')!;

describe('Rätta', () => {
  it('starts on the last day of the open year when today is past it', () => {
    expect(dateInput().value).toBe('2025-12-31');
    expect(document.querySelector('#correct-date-msg')?.textContent ?? '').toBe('');
  });

  it('marks a date no fiscal year covers as soon as it is complete', async () => {
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(dateInput(), '2027-01-05');
      dateInput().dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(dateInput().value).toBe('2027-01-05');
    expect(document.body.textContent).toContain('Det finns inget räkenskapsår som omfattar 2027-01-05');
  });
});
