/**
 * Posting helpers for the voucher form, receipts and bank rows. They write nothing: they return
 * the lines (and a voucher text) for the caller to post with vouchers.post.
 */
import type { Handler } from './types.js';
import { done, refuse } from '../result.js';
import type { Db } from '../../db/connection.js';
import { accountsByNumbers } from '../../db/repos/accounts.repo.js';
import { VAT_CODES, isVatCode, vatCodeInfo } from '../../../shared/domain/vat/codes.js';
import { rateOn } from '../../../shared/domain/vat/rates.js';
import { grossSplitLines, rateAndSideOf } from '../../../shared/domain/vat/splitLines.js';
import { REVERSE_CHARGE_CONTRA, REVERSE_CHARGE_CONTRA_NAME, reverseChargeLines } from '../../../shared/domain/vat/reverseCharge.js';
import { representationLines } from '../../../shared/domain/vat/representation.js';
import { ore } from '../../../shared/domain/money/ore.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import type { IsoDate } from '../../../shared/domain/dates/isoDate.js';
import type { HelperLineDto } from '../../../shared/api/dto/vat.js';

export const vatCodes: Handler<'vat.codes'> = () => done(VAT_CODES.map((code) => {
  const i = vatCodeInfo(code);
  return { code, box: i.box, role: i.role, rate: i.rate ?? null, normal: i.normal, label: i.label };
}));

export const vatSplit: Handler<'vat.split'> = (_ctx, input) => {
  let rate: string | undefined = input.rate;
  let side = input.side;
  if (input.vatCode !== undefined) {
    if (!isVatCode(input.vatCode)) return refuse('invalid-vat-code', `"${input.vatCode}" är ingen momskod. Välj en kod ur listan.`, { path: 'vatCode' });
    const rs = rateAndSideOf(input.vatCode);
    if (!rs) return refuse('invalid-vat-code', `Momskoden "${vatCodeInfo(input.vatCode).label}" har ingen momssats att räkna ut moms med. Ange momssatsen.`, { path: 'vatCode' });
    rate ??= rs.rate;
    side ??= rs.side;
  }
  if (rate === undefined && input.rateKind && input.date) rate = rateOn(input.rateKind, input.date as IsoDate);
  if (rate === undefined) return refuse('vat-rate-missing', 'Ange momssats (25, 12, 6 eller 0), en momskod, eller varuslag och datum (datumet avgör satsen, t.ex. för livsmedel från 2026-04-01).', { path: 'rate' });
  const s = grossSplitLines(ore(input.gross), { rate, side: side ?? 'purchase', ...(input.account ? { account: input.account } : {}), ...(input.vatAccount ? { vatAccount: input.vatAccount } : {}) });
  return done({ rate: s.rate, net: s.net, vat: s.vat, lines: s.lines });
};

const KNOWN_NAMES: Record<string, string> = { [REVERSE_CHARGE_CONTRA]: REVERSE_CHARGE_CONTRA_NAME };

function missingAccounts(db: Db, lines: readonly HelperLineDto[]): { number: string; name: string }[] {
  const have = new Set(accountsByNumbers(db, lines.map((l) => l.account)).map((a) => a.number));
  return [...new Set(lines.map((l) => l.account))].filter((a) => !have.has(a)).map((number) => ({ number, name: KNOWN_NAMES[number] ?? '' }));
}

const KIND_TEXT = {
  'eu-goods': 'Inköp av varor från annat EU-land', 'eu-services': 'Inköp av tjänst från annat EU-land',
  'non-eu-services': 'Inköp av tjänst från land utanför EU', import: 'Import av varor',
  construction: 'Byggtjänst, omvänd betalningsskyldighet', 'domestic-goods': 'Inköp av varor, omvänd betalningsskyldighet',
} as const;

export const vatReverseCharge: Handler<'vat.reverseCharge'> = (ctx, input) => {
  const r = reverseChargeLines({
    kind: input.kind, base: ore(input.base), rate: input.rate, payAccount: input.payAccount,
    ...(input.costAccount ? { costAccount: input.costAccount } : {}), ...(input.baseAccount ? { baseAccount: input.baseAccount } : {}),
    ...(input.contraAccount ? { contraAccount: input.contraAccount } : {}), ...(input.originalAmount ? { originalAmount: input.originalAmount } : {}),
  });
  if (!r.ok) throw new Error(r.problems[0]?.message); // the schema admits only kinds and rates that exist
  const lines: HelperLineDto[] = r.value.lines.map((l) => ({ account: l.account, amount: l.amount, ...(l.text ? { text: l.text } : {}), ...(l.vatCode !== undefined ? { vatCode: l.vatCode } : {}) }));
  const text = [KIND_TEXT[input.kind], input.supplier, input.originalAmount, `${formatSv(ore(input.base))} kr + moms ${input.rate} % (omvänd betalningsskyldighet)`]
    .filter(Boolean).join(', ');
  return done({ lines, vat: r.value.vat, text, missingAccounts: missingAccounts(ctx.db(), lines) });
};

export const vatRepresentation: Handler<'vat.representation'> = (ctx, input) => {
  const r = representationLines({
    gross: ore(input.gross), rate: input.rate, participants: input.participants, purpose: input.purpose,
    ...(input.costAccount ? { costAccount: input.costAccount } : {}), ...(input.payAccount ? { payAccount: input.payAccount } : {}),
  });
  return done({ lines: r.lines, vat: r.deductibleVat, text: r.text, vatPaid: r.vatPaid, deductibleVat: r.deductibleVat, missingAccounts: missingAccounts(ctx.db(), r.lines) });
};
