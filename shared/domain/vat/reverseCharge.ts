/**
 * Complete voucher lines for a purchase under reverse charge or import (case C13): the base on an
 * account whose code feeds box 20–24 or 50, the payment, and the self-assessed VAT pair at the
 * full rate on top of the base. When the cost belongs on another account (6540 IT-tjänster, say),
 * the base is booked on the 45xx/44xx account and taken back on a contra account without VAT
 * code (BAS 4598 "Justering, omvänd betalningsskyldighet"), so the boxes get the base and the
 * result gets the cost once.
 */
import type { Percent } from '../money/decimal.js';
import { type Ore, negOre, ore } from '../money/ore.js';
import { type Result, fail, ok } from '../result.js';
import { type VatCode, codeWithRate } from './codes.js';
import { selfAssessedVatLines } from './selfAssessed.js';

export type ReverseChargeKind = 'eu-goods' | 'eu-services' | 'non-eu-services' | 'import' | 'construction' | 'domestic-goods';

const FAMILY = {
  'eu-goods': 'eu-goods', 'eu-services': 'eu-services', 'non-eu-services': 'non-eu-services',
  import: 'import', construction: 'rc-services', 'domestic-goods': 'rc-goods',
} as const;

/** BAS base accounts per kind at 25 / 12 / 6 %. */
const BASE_ACCOUNTS: Record<ReverseChargeKind, readonly [string, string, string]> = {
  'eu-goods': ['4515', '4516', '4517'],
  'eu-services': ['4535', '4536', '4537'],
  'non-eu-services': ['4531', '4532', '4533'],
  import: ['4545', '4546', '4547'],
  construction: ['4425', '4426', '4427'],
  'domestic-goods': ['4415', '4416', '4417'],
};

/** The contra account of the base pair. */
export const REVERSE_CHARGE_CONTRA = '4598';
export const REVERSE_CHARGE_CONTRA_NAME = 'Justering, omvänd betalningsskyldighet';

export interface ReverseChargeInput {
  kind: ReverseChargeKind;
  /** The SEK amount excluding VAT (for a card purchase in EUR/USD: what the bank charged). */
  base: Ore;
  rate: '25' | '12' | '6';
  /** Where the money went out or the debt stands: 1930 (card, bank), 2440 (supplier). */
  payAccount: string;
  /** Set to book the cost on an account of its own (6540, say) plus the base pair. */
  costAccount?: string;
  baseAccount?: string;
  contraAccount?: string;
  /** Kept on the base line, e.g. 'USD 20,00'. */
  originalAmount?: string;
}

export interface HelperLine { account: string; amount: Ore; text?: string; vatCode?: VatCode | null }

/**
 * @example reverseChargeLines({ kind: 'eu-services', base: ore(25000), rate: '25', payAccount: '1930', costAccount: '6540' }).value
 *   // 6540 25000 / 1930 −25000 / 4535 25000 / 4598 −25000 / 2614 −6250 / 2645 6250
 */
export function reverseChargeLines(i: ReverseChargeInput): Result<{ lines: HelperLine[]; vat: Ore; baseCode: VatCode }, 'not-self-assessed'> {
  const baseCode = codeWithRate(FAMILY[i.kind], i.rate as Percent);
  if (baseCode === null) return fail('not-self-assessed', `Momssatsen ${i.rate} % finns inte för ${i.kind}.`);
  const pair = selfAssessedVatLines(baseCode, i.base);
  if (!pair.ok) return pair;
  const baseAccount = i.baseAccount ?? BASE_ACCOUNTS[i.kind][['25', '12', '6'].indexOf(i.rate)] as string;
  const note = i.originalAmount ? { text: `Originalbelopp ${i.originalAmount}` } : {};
  const separateCost = i.costAccount !== undefined && i.costAccount !== baseAccount;
  const lines: HelperLine[] = separateCost
    ? [
      { account: i.costAccount as string, amount: i.base, ...note },
      { account: i.payAccount, amount: negOre(i.base) },
      { account: baseAccount, amount: i.base, vatCode: baseCode, text: 'Underlag omvänd betalningsskyldighet' },
      { account: i.contraAccount ?? REVERSE_CHARGE_CONTRA, amount: negOre(i.base), vatCode: null },
    ]
    : [{ account: baseAccount, amount: i.base, vatCode: baseCode, ...note }, { account: i.payAccount, amount: negOre(i.base) }];
  for (const l of pair.value) lines.push({ account: l.account, amount: l.amount, vatCode: l.vatCode });
  return ok({ lines, vat: ore(pair.value[1]?.amount ?? 0), baseCode });
}
