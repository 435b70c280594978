/** The Bokslut wizard's steps, which answer fields each shows, and the answers object kept as the file `year-end --answers` reads. */
import type { AnswerFieldDto } from '../../../shared/api/dto/closing.js';

export type StepId = 'company' | 'accruals' | 'assets' | 'inventory' | 'invoices' | 'ne' | 'tax' | 'annualReport' | 'signatures' | 'preview';
export type Answers = Record<string, unknown>;

/** Unpaid invoices are booked at year-end only under kontantmetoden. */
export function stepsFor(form: 'EF' | 'AB', vatMethod: 'kontant' | 'faktura'): StepId[] {
  return ['company', 'accruals', 'assets', 'inventory', ...(vatMethod === 'kontant' ? ['invoices' as const] : []),
    ...(form === 'EF' ? ['ne' as const] : ['tax' as const, 'annualReport' as const]), 'signatures', 'preview'];
}

const STEP_OF: [StepId, (k: string) => boolean][] = [
  ['company', (k) => k.startsWith('company.') || k === 'consultantAssisted' || k === 'audited'],
  ['accruals', (k) => k === 'accruals[]'],
  ['assets', (k) => k === 'assets[]'],
  ['inventory', (k) => k === 'inventory[]'],
  ['invoices', (k) => k.startsWith('unpaid')],
  ['ne', (k) => k.startsWith('ne.')],
  ['tax', (k) => k.startsWith('ab.')],
  ['annualReport', (k) => k.startsWith('annualReport.')],
  ['signatures', (k) => k === 'signatures[]' || k === 'signPlace' || k === 'signDate'],
];

/**
 * Fields that feed only the other form's documents. "Verksamhetens art" is the NE-bilaga's field
 * 7020, the sole trader's; an aktiebolag describes its business once, in the K2
 * förvaltningsberättelse (annualReport.activity, "Verksamheten").
 */
const ONLY_FOR: Readonly<Record<string, 'EF' | 'AB'>> = { 'company.activity': 'EF' };

export function fieldsForForm(form: 'EF' | 'AB', fields: readonly AnswerFieldDto[]): AnswerFieldDto[] {
  return fields.filter((f) => (ONLY_FOR[f.key] ?? form) === form);
}

export function fieldsOf(step: StepId, fields: readonly AnswerFieldDto[]): AnswerFieldDto[] {
  const test = STEP_OF.find(([s]) => s === step)?.[1];
  return test ? fields.filter((f) => test(f.key)) : [];
}

/** The step a field path (`answers.accruals.0.amount`, `company.postalCode`) belongs to. */
export function stepOfPath(path: string): StepId | null {
  const p = path.replace(/^answers\./, '');
  const key = /^(\w+)\.\d+/.test(p) ? `${p.split('.')[0]}[]` : p.replace(/\.\d+.*$/, '[]');
  return STEP_OF.find(([, test]) => test(key) || test(p))?.[0] ?? null;
}

/** `a.b` → answers.a.b; array keys are given without their `[]`. */
export function getAt(a: Answers, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), a);
}

export function setAt(a: Answers, key: string, value: unknown): Answers {
  const [head, ...rest] = key.split('.') as [string, ...string[]];
  if (!rest.length) return { ...a, [head]: value };
  const inner = (a[head] && typeof a[head] === 'object' ? a[head] : {}) as Answers;
  return { ...a, [head]: setAt(inner, rest.join('.'), value) };
}

const NESTED = ['company', 'ne', 'ab', 'annualReport'];

/** A loaded answers file over the template: unknown sections stay (the backend refuses misspelt keys). */
export function mergeAnswers(template: Answers, loaded: Answers): Answers {
  const out: Answers = { ...template, ...loaded };
  for (const k of NESTED) {
    if (template[k] && typeof loaded[k] === 'object' && loaded[k] !== null) out[k] = { ...(template[k] as Answers), ...(loaded[k] as Answers) };
  }
  return out;
}
