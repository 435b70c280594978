import { type Result, ok, fail } from '../result.js';
import { type Ore, ore, sumOre } from '../money/ore.js';
import { percentOf, vatOfGross, type Percent } from '../money/decimal.js';
import type { DraftLine } from '../ledger/voucher.js';

/**
 * One line of a konteringsmall. Amounts follow from the total the user enters:
 * `total` ±the total; `fixed` a set amount; `share` a percent of the total; `vat` the VAT
 * contained in the total at a rate (total − round(total/(1+rate)), case C15); `rest` whatever
 * makes the voucher balance (at most one line).
 */
export type TemplateRule =
  | { rule: 'total'; sign: 1 | -1 }
  | { rule: 'fixed'; amount: number }
  | { rule: 'share'; percent: Percent; sign: 1 | -1 }
  | { rule: 'vat'; rate: Percent; sign: 1 | -1 }
  | { rule: 'rest' };

export type TemplateLine = { account: string; text?: string } & TemplateRule;

export interface Template {
  name: string;
  form: 'EF' | 'AB' | 'both';
  description: string;
  lines: TemplateLine[];
}

export type TemplateErrorCode = 'template-invalid';

/**
 * The voucher lines of a template for a total (öre, positive).
 * @example applyTemplate(kontorsmaterial25, ore(125000)) // 6110 100000 / 2641 25000 / 1930 -125000
 */
export function applyTemplate(t: Template, total: Ore): Result<DraftLine[], TemplateErrorCode> {
  const rests = t.lines.filter((l) => l.rule === 'rest').length;
  if (rests > 1) return fail('template-invalid', `Mallen "${t.name}" har fler än en restrad.`);
  const lines: (DraftLine & { rest?: boolean })[] = t.lines.map((l) => ({
    account: l.account,
    amount: amountOf(l, total),
    ...(l.text ? { text: l.text } : {}),
    ...(l.rule === 'rest' ? { rest: true } : {}),
  }));
  const diff = sumOre(lines.map((l) => l.amount));
  const rest = lines.find((l) => l.rest);
  if (rest) rest.amount = ore(-diff);
  else if (diff !== 0) return fail('template-invalid', `Mallen "${t.name}" balanserar inte för beloppet.`);
  return ok(lines.filter((l) => l.amount !== 0).map(({ rest: _r, ...l }) => l));
}

function amountOf(l: TemplateLine, total: Ore): Ore {
  switch (l.rule) {
    case 'total': return ore(l.sign * total);
    case 'fixed': return ore(l.amount);
    case 'share': return ore(l.sign * percentOf(total, l.percent));
    case 'vat': return ore(l.sign * vatOfGross(total, l.rate));
    case 'rest': return ore(0);
  }
}

/** A template that books exactly the lines of an existing voucher (e.g. a monthly rent). */
export function templateFromLines(name: string, form: Template['form'], lines: DraftLine[]): Template {
  return { name, form, description: 'Sparad från en verifikation', lines: lines.map((l) => ({ account: l.account, rule: 'fixed', amount: l.amount, ...(l.text ? { text: l.text } : {}) })) };
}
