// @vitest-environment happy-dom
/** The Bokför form in a DOM: the live difference, and each backend error shown on the field it concerns. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiContext } from '../../../renderer/api/index.js';
import { makeApi } from '../../../renderer/api/client.js';
import type { AnyResponse } from '../../../renderer/api/types.js';
import { BokforScreen } from '../../../renderer/features/bokfor/BokforScreen.js';
import type { CompanyDto } from '../../../shared/api/dto.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const company: CompanyDto = { file: '/f.kontera', name: 'Firma', form: 'EF', identity: '811218-9876', identityKind: 'personnummer', vatPeriod: 'year', vatMethod: 'kontant', fiscalYears: [], warnings: [] };
let calls: { method: string; input: unknown }[];
let answer: (method: string, input: unknown) => AnyResponse;
let root: Root;
let host: HTMLDivElement;

const api = makeApi({
  invoke: async (method, input) => { calls.push({ method, input }); return answer(method, input); },
  onEvent: () => () => {},
});

beforeEach(async () => {
  calls = [];
  answer = (m) => (m === 'accounts.list' ? { ok: true, value: [{ number: '6110', name: 'Kontorsmateriel' }, { number: '1930', name: 'Företagskonto' }] } : { ok: true, value: [] });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<ApiContext.Provider value={api}><BokforScreen company={company} onOpenVoucher={() => {}} /></ApiContext.Provider>));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const input = (label: string) => host.querySelector<HTMLInputElement>(`[aria-label="${label}"]`) ?? host.querySelector<HTMLInputElement>(`#${label}`)!;
async function type(el: HTMLInputElement, value: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Leaving a field (what a click elsewhere does): the account picker commits what was typed. */
async function leave(el: HTMLInputElement) {
  await act(async () => { el.dispatchEvent(new FocusEvent('focusout', { bubbles: true })); });
}

describe('Bokför', () => {
  it('visar differensen medan man skriver', async () => {
    await type(input('Rad 1: Debet'), '100');
    await type(input('Rad 2: Kredit'), '90,50');
    expect(host.querySelector('[data-testid="difference"]')!.textContent).toBe('Differens 9,50');
    await type(input('Rad 2: Kredit'), '100');
    expect(host.querySelector('[data-testid="difference"]')!.textContent).toBe('Balanserar');
  });

  it('skickar öre med tecken och visar varje fel från motorn på sitt fält', async () => {
    answer = (m) => (m === 'vouchers.post'
      ? { ok: false, error: { code: 'unknown-account', message: 'Konto 9999 finns inte i kontoplanen. (och 1 fel till)', problems: [
        { code: 'missing-text', message: 'Skriv vad verifikationen gäller (BFL 5 kap. 7 §).', path: 'text' },
        { code: 'unknown-account', message: 'Konto 9999 finns inte i kontoplanen. Lägg till det eller välj ett annat.', path: 'lines.1.account' },
      ] } }
      : { ok: true, value: [] });
    await type(input('Rad 1: Konto'), '6110');
    await leave(input('Rad 1: Konto'));
    expect(input('Rad 1: Konto').value).toBe('6110 Kontorsmateriel');
    await type(input('Rad 1: Debet'), '1 250,00');
    await type(input('Rad 2: Konto'), '9999');
    await leave(input('Rad 2: Konto'));
    await type(input('Rad 2: Kredit'), '1250');
    await act(async () => { host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click(); });
    const post = calls.find((c) => c.method === 'vouchers.post')!.input as { lines: unknown[] };
    expect(post.lines).toEqual([{ account: '6110', amount: 125000 }, { account: '9999', amount: -125000 }]);
    const text = host.querySelector<HTMLInputElement>('#v-text')!;
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(text.getAttribute('aria-describedby')!)!.textContent).toBe('Skriv vad verifikationen gäller (BFL 5 kap. 7 §).');
    const acct = input('Rad 2: Konto');
    expect(acct.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(acct.getAttribute('aria-describedby')!)!.textContent).toBe('Konto 9999 finns inte i kontoplanen. Lägg till det eller välj ett annat.');
    expect(input('Rad 1: Konto').getAttribute('aria-invalid')).toBe('false');
  });
});

describe('Bokför med mall', () => {
  it('erbjuder mallens namn som text utan att skriva in det i fältet, så att det man skriver ersätter det', async () => {
    answer = (m) => (m === 'templates.list' ? { ok: true, value: [{ name: 'Kontorsmaterial 25 %', form: 'both', description: '', lines: [], builtin: true }] }
      : m === 'templates.apply' ? { ok: true, value: { lines: [{ account: '6110', amount: 100000 }, { account: '2641', amount: 25000 }, { account: '1930', amount: -125000 }] } }
        : m === 'vouchers.post' ? { ok: false, error: { code: 'period-closed', message: 'Stängd.' } }
          : m === 'accounts.list' ? { ok: true, value: [{ number: '6110', name: 'Kontorsmateriel' }, { number: '2641', name: 'Ingående moms' }, { number: '1930', name: 'Företagskonto' }] } : { ok: true, value: [] });
    await act(async () => root.render(<ApiContext.Provider value={api}><BokforScreen company={{ ...company, file: '/g.kontera' }} onOpenVoucher={() => {}} /></ApiContext.Provider>));
    await type(input('template'), 'Kontorsmaterial 25 %');
    await leave(input('template'));
    await type(input('template-total'), '1250');
    await act(async () => { [...host.querySelectorAll('button')].find((b) => b.textContent === 'Använd mallen')!.click(); });
    const text = host.querySelector<HTMLInputElement>('#v-text')!;
    expect(calls.some((c) => c.method === 'templates.apply')).toBe(true);
    expect([text.value, text.placeholder]).toEqual(['', 'Kontorsmaterial 25 %']);
    await act(async () => { host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click(); });
    expect((calls.find((c) => c.method === 'vouchers.post')!.input as { text: string }).text).toBe('Kontorsmaterial 25 %');
    calls = [];
    await type(text, 'Pennor och papper');
    await act(async () => { host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click(); });
    expect((calls.find((c) => c.method === 'vouchers.post')!.input as { text: string }).text).toBe('Pennor och papper');
  });
});

describe('Bokför med en egen mall', () => {
  it('fyller i mallens motpart när fältet är tomt, men skriver aldrig över det användaren skrivit', async () => {
    answer = (m) => (m === 'templates.list' ? { ok: true, value: [{ name: 'Mobil Telia', form: 'both', description: '', lines: [], builtin: false }] }
      : m === 'templates.apply' ? { ok: true, value: { lines: [{ account: '6212', amount: 50000 }, { account: '2641', amount: 12500 }, { account: '1930', amount: -62500 }], counterparty: 'Telia' } }
        : m === 'accounts.list' ? { ok: true, value: [{ number: '6212', name: 'Mobiltelefon' }, { number: '2641', name: 'Ingående moms' }, { number: '1930', name: 'Företagskonto' }] } : { ok: true, value: [] });
    await act(async () => root.render(<ApiContext.Provider value={api}><BokforScreen company={{ ...company, file: '/h.kontera' }} onOpenVoucher={() => {}} /></ApiContext.Provider>));
    const use = async () => {
      await type(input('template'), 'Mobil Telia');
      await leave(input('template'));
      await type(input('template-total'), '625');
      await act(async () => { [...host.querySelectorAll('button')].find((b) => b.textContent === 'Använd mallen')!.click(); });
    };
    await use();
    const counterparty = host.querySelector<HTMLInputElement>('#v-counterparty')!;
    expect(counterparty.value).toBe('Telia');
    await type(counterparty, 'Telia Sverige AB');
    await use();
    expect(counterparty.value).toBe('Telia Sverige AB');
  });
});

describe('Bokför och räkenskapsåren', () => {
  const years: CompanyDto['fiscalYears'] = [
    { id: 1, start: '2000-01-01', end: '2000-12-31', state: 'closed', openingSource: null, openingStale: false },
    { id: 2, start: '2001-01-01', end: '2001-06-30', state: 'open', openingSource: 'carried', openingStale: false },
  ];
  async function mountWith(fiscalYears: CompanyDto['fiscalYears']) {
    act(() => root.unmount());
    root = createRoot(host);
    await act(async () => root.render(<ApiContext.Provider value={api}><BokforScreen company={{ ...company, fiscalYears }} onOpenVoucher={() => {}} /></ApiContext.Provider>));
  }
  const dateMessage = () => {
    const el = host.querySelector<HTMLInputElement>('#v-date')!;
    return el.getAttribute('aria-invalid') === 'true' ? document.getElementById(el.getAttribute('aria-describedby')!)!.textContent : null;
  };

  it('börjar på sista dagen i det senaste öppna året när dagens datum ligger efter alla år', async () => {
    await mountWith(years);
    expect(host.querySelector<HTMLInputElement>('#v-date')!.value).toBe('2001-06-30');
    expect(dateMessage()).toBeNull();
  });

  it('visar felet på datumfältet så fort ett datum utanför räkenskapsåren är skrivet färdigt', async () => {
    await mountWith(years);
    const date = host.querySelector<HTMLInputElement>('#v-date')!;
    await type(date, '2002-01-0');
    expect(dateMessage()).toBeNull();
    await type(date, '2002-01-05');
    expect(dateMessage()).toBe('Det finns inget räkenskapsår som omfattar 2002-01-05. Välj ett datum i ett räkenskapsår, eller skapa året först.');
    await type(date, '2000-05-05');
    expect(dateMessage()).toBe('Räkenskapsåret 2000-01-01–2000-12-31 är avslutat. Bokför i ett öppet år.');
    await type(date, '2001-02-01');
    expect(dateMessage()).toBeNull();
  });
});
