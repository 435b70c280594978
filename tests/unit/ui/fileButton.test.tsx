// @vitest-environment happy-dom
/** The Swedish file button: a visible button that opens the hidden input, and a line naming the chosen files. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileButton } from '../../../renderer/components/FileButton.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;
let got: File[][];
beforeEach(async () => {
  got = [];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<FileButton id="receipt-files" label="Välj kvitton" multiple onFiles={(f) => got.push(f)} />));
});
afterEach(() => { act(() => root.unmount()); host.remove(); });

describe('FileButton', () => {
  it('visar en svensk knapp och "Ingen fil vald", och knappen öppnar den dolda filväljaren', async () => {
    const button = host.querySelector<HTMLButtonElement>('button')!;
    const input = host.querySelector<HTMLInputElement>('#receipt-files')!;
    expect(button.textContent).toBe('Välj filer …');
    expect(button.getAttribute('aria-label')).toBe('Välj kvitton: Välj filer …');
    expect(input.type).toBe('file');
    expect(input.tabIndex).toBe(-1);
    expect(input.className).toBe('sr-only');
    expect(host.querySelector('[data-testid="receipt-files-chosen"]')!.textContent).toBe('Ingen fil vald');
    let clicked = 0;
    input.addEventListener('click', (e) => { clicked++; e.preventDefault(); });
    await act(async () => { button.click(); });
    expect(clicked).toBe(1);
  });

  it('namnger de valda filerna och lämnar dem vidare', async () => {
    const input = host.querySelector<HTMLInputElement>('#receipt-files')!;
    const files = [new File(['a'], 'kvitto1.jpg'), new File(['b'], 'kvitto2.pdf')];
    Object.defineProperty(input, 'files', { configurable: true, value: files });
    await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(got.map((f) => f.map((x) => x.name))).toEqual([['kvitto1.jpg', 'kvitto2.pdf']]);
    expect(host.querySelector('[data-testid="receipt-files-chosen"]')!.textContent).toBe('2 filer valda: kvitto1.jpg, kvitto2.pdf');
  });
});
