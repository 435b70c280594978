import type { KeyboardEvent } from 'react';

const FIELDS = 'input:not([disabled]):not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), select:not([disabled])';

/**
 * Enter in a text field or list moves to the next field of the form, as in a paper form; on the
 * last field `onEnd` runs (e.g. add a row). Buttons keep Enter = press; Ctrl+Enter is left alone.
 */
export function advanceOnEnter(e: KeyboardEvent<HTMLElement>, onEnd?: () => void): void {
  if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.defaultPrevented) return;
  const t = e.target as HTMLElement;
  if (!(t instanceof HTMLInputElement || t instanceof HTMLSelectElement)) return;
  if (t instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(t.type)) return;
  e.preventDefault();
  const fields = [...e.currentTarget.querySelectorAll<HTMLElement>(FIELDS)].filter((el) => el.tabIndex >= 0 && !el.closest('[data-enter-skip]'));
  const next = fields[fields.indexOf(t) + 1];
  if (next) {
    next.focus();
    if (next instanceof HTMLInputElement) next.select();
  } else {
    onEnd?.();
  }
}
