/**
 * What booking a bank row will send and post: a template, one counter-account, or the queue's
 * suggestion, in that order; and the voucher lines to preview before anything is written (the
 * same rules the backend applies: `orientToRow` for templates, `completeLines` for typed lines).
 * Pure (no React, no DOM), so it is unit-tested.
 */
import type { DraftLine } from '../../../shared/domain/ledger/voucher.js';
import { completeLines, orientToRow } from '../../../shared/domain/bank/booking.js';
import { ore } from '../../../shared/domain/money/ore.js';

export interface BookChoice { template: string; account: string; text: string }

export interface PlanRow { id: number; account: string; amount: number }

export type BookInput = { rowId: number; template?: string; lines?: { account: string; amount: number }[]; text?: string };

export type BookPlan = { kind: 'template' | 'account' | 'suggestion'; input: BookInput } | { kind: 'none' };

/**
 * The `bank.book` input for a row and what the user chose; 'none' when there is nothing to book with.
 * @example bookPlan({ id: 7, account: '1930', amount: -8500 }, { template: '', account: '6570', text: '' }, false) // account: lines [6570 85,00]
 */
export function bookPlan(row: PlanRow, c: BookChoice, hasSuggestion: boolean): BookPlan {
  const text = c.text.trim() ? { text: c.text.trim() } : {};
  if (c.template.trim()) return { kind: 'template', input: { rowId: row.id, template: c.template.trim(), ...text } };
  if (c.account.trim()) return { kind: 'account', input: { rowId: row.id, lines: [{ account: c.account.trim(), amount: -row.amount }], ...text } };
  if (hasSuggestion) return { kind: 'suggestion', input: { rowId: row.id, ...text } };
  return { kind: 'none' };
}

export type Preview = { ok: true; lines: DraftLine[] } | { ok: false; message: string };

/** A template's lines (for the row's absolute amount) turned to the row, as the backend will post them. */
export function previewTemplate(applied: readonly DraftLine[], row: PlanRow): Preview {
  const r = orientToRow(applied, row.account, ore(row.amount));
  return r.ok ? { ok: true, lines: r.value } : { ok: false, message: r.problems[0]?.message ?? 'Mallen passar inte bankraden.' };
}

/** One counter-account for the whole amount, and the bank line. */
export function previewAccount(account: string, row: PlanRow): Preview {
  const r = completeLines([{ account, amount: ore(-row.amount) }], row.account, ore(row.amount));
  return r.ok ? { ok: true, lines: r.value } : { ok: false, message: r.problems[0]?.message ?? 'Kontot passar inte bankraden.' };
}

/** The form field a backend error belongs to: template, account, text or the panel. */
export function fieldOfBookError(path: string | undefined): 'template' | 'account' | 'text' | 'form' {
  if (!path) return 'form';
  if (path === 'template') return 'template';
  if (path.startsWith('lines')) return 'account';
  if (path === 'text') return 'text';
  return 'form';
}
