/**
 * VAT codes: each account in the company's chart stores one (or none). The code alone decides
 * which box of the momsdeklaration the account's amounts feed; number ranges are used only to
 * suggest a default when an account is created (case C12).
 */
import type { Percent } from '../money/decimal.js';
import type { LedgerBoxId } from './boxIds.js';

/** A stored VAT code. Bases carry their nominal rate in the name; zero-rated sales have none. */
export type VatCode =
  | 'sales-25' | 'sales-12' | 'sales-6'                      // 05 taxable sales
  | 'withdrawal-25' | 'withdrawal-12' | 'withdrawal-6'       // 06 uttag
  | 'margin-25' | 'margin-12'                                // 07 VMB
  | 'rent-25'                                                // 08 voluntary rent
  | 'output-25' | 'output-12' | 'output-6'                   // 10 11 12
  | 'eu-goods-25' | 'eu-goods-12' | 'eu-goods-6'             // 20
  | 'eu-services-25' | 'eu-services-12' | 'eu-services-6'    // 21
  | 'non-eu-services-25' | 'non-eu-services-12' | 'non-eu-services-6' // 22
  | 'rc-goods-25' | 'rc-goods-12' | 'rc-goods-6'             // 23
  | 'rc-services-25' | 'rc-services-12' | 'rc-services-6'    // 24
  | 'rc-output-25' | 'rc-output-12' | 'rc-output-6'          // 30 31 32
  | 'eu-goods-sale'                                          // 35
  | 'export-goods'                                           // 36
  | 'triangular-purchase'                                    // 37
  | 'triangular-sale'                                        // 38
  | 'eu-services-sale'                                       // 39
  | 'services-abroad'                                        // 40
  | 'rc-sale'                                                // 41
  | 'exempt-sale'                                            // 42
  | 'input' | 'input-rc'                                     // 48
  | 'import-25' | 'import-12' | 'import-6'                   // 50
  | 'import-output-25' | 'import-output-12' | 'import-output-6'; // 60 61 62

export interface VatCodeInfo {
  /** The box the account's amounts feed. */
  box: LedgerBoxId;
  /** 'base' = amount excluding VAT (boxes 05–08, 20–24, 35–42, 50); 'vat' = a VAT amount. */
  role: 'base' | 'vat';
  /** Nominal rate in percent ('25' | '12' | '6'); absent for zero-rated and exempt bases and box 48. */
  rate?: Percent;
  /** The side the account is normally booked on; the box shows that side as positive. */
  normal: 'credit' | 'debit';
  /** Swedish label for pickers and reports. */
  label: string;
}

type Rate = '25' | '12' | '6';
const RATES: readonly Rate[] = ['25', '12', '6'];

function rated(prefix: string, box: LedgerBoxId | readonly LedgerBoxId[], role: VatCodeInfo['role'],
  normal: VatCodeInfo['normal'], label: string): [string, VatCodeInfo][] {
  return RATES.map((r, i) => [`${prefix}-${r}`, {
    box: typeof box === 'string' ? box : (box[i] as LedgerBoxId), role, rate: r, normal, label: `${label} ${r} %`,
  }]);
}

const TABLE = Object.fromEntries([
  ...rated('sales', '05', 'base', 'credit', 'Momspliktig försäljning'),
  ...rated('withdrawal', '06', 'base', 'credit', 'Momspliktigt uttag'),
  ['margin-25', { box: '07', role: 'base', rate: '25', normal: 'credit', label: 'Vinstmarginalbeskattning 25 %' }],
  ['margin-12', { box: '07', role: 'base', rate: '12', normal: 'credit', label: 'Vinstmarginalbeskattning 12 %' }],
  ['rent-25', { box: '08', role: 'base', rate: '25', normal: 'credit', label: 'Hyra, frivillig skattskyldighet 25 %' }],
  ...rated('output', ['10', '11', '12'], 'vat', 'credit', 'Utgående moms'),
  ...rated('eu-goods', '20', 'base', 'debit', 'Inköp av varor från annat EU-land'),
  ...rated('eu-services', '21', 'base', 'debit', 'Inköp av tjänster från annat EU-land'),
  ...rated('non-eu-services', '22', 'base', 'debit', 'Inköp av tjänster från land utanför EU'),
  ...rated('rc-goods', '23', 'base', 'debit', 'Inköp av varor i Sverige, omvänd betalningsskyldighet'),
  ...rated('rc-services', '24', 'base', 'debit', 'Inköp av tjänster i Sverige, omvänd betalningsskyldighet'),
  ...rated('rc-output', ['30', '31', '32'], 'vat', 'credit', 'Utgående moms, omvänd betalningsskyldighet'),
  ['eu-goods-sale', { box: '35', role: 'base', normal: 'credit', label: 'Försäljning av varor till annat EU-land' }],
  ['export-goods', { box: '36', role: 'base', normal: 'credit', label: 'Försäljning av varor utanför EU' }],
  ['triangular-purchase', { box: '37', role: 'base', normal: 'debit', label: 'Mellanmans inköp vid trepartshandel' }],
  ['triangular-sale', { box: '38', role: 'base', normal: 'credit', label: 'Mellanmans försäljning vid trepartshandel' }],
  ['eu-services-sale', { box: '39', role: 'base', normal: 'credit', label: 'Försäljning av tjänster till annat EU-land' }],
  ['services-abroad', { box: '40', role: 'base', normal: 'credit', label: 'Övrig försäljning av tjänster utanför Sverige' }],
  ['rc-sale', { box: '41', role: 'base', normal: 'credit', label: 'Försäljning, köparen betalningsskyldig i Sverige' }],
  ['exempt-sale', { box: '42', role: 'base', normal: 'credit', label: 'Övrig försäljning (momsfri m.m.)' }],
  ['input', { box: '48', role: 'vat', normal: 'debit', label: 'Ingående moms' }],
  ['input-rc', { box: '48', role: 'vat', normal: 'debit', label: 'Beräknad ingående moms (omvänd betalningsskyldighet, import)' }],
  ...rated('import', '50', 'base', 'debit', 'Import av varor'),
  ...rated('import-output', ['60', '61', '62'], 'vat', 'credit', 'Utgående moms på import'),
]) as Record<VatCode, VatCodeInfo>;

/** Every code, in box order (for pickers). */
export const VAT_CODES: readonly VatCode[] = Object.keys(TABLE) as VatCode[];

/**
 * True when `s` is a known VAT code.
 * @example isVatCode('sales-6') // true
 */
export function isVatCode(s: string): s is VatCode {
  return Object.prototype.hasOwnProperty.call(TABLE, s);
}

/**
 * Box, role, rate, normal side and Swedish label of a code.
 * @example vatCodeInfo('rc-output-25') // { box: '30', role: 'vat', rate: '25', normal: 'credit', … }
 */
export function vatCodeInfo(code: VatCode): VatCodeInfo {
  return TABLE[code];
}

/** Code families that exist at each of 25, 12 and 6 %. */
export type RatedFamily =
  | 'sales' | 'withdrawal' | 'output' | 'eu-goods' | 'eu-services' | 'non-eu-services'
  | 'rc-goods' | 'rc-services' | 'rc-output' | 'import' | 'import-output';

/**
 * The code of a family at a rate, or null when the rate is not 25, 12 or 6.
 * @example codeWithRate('output', '6') // 'output-6'
 */
export function codeWithRate(family: RatedFamily, rate: Percent): VatCode | null {
  const code = `${family}-${rate}`;
  return isVatCode(code) ? code : null;
}

export { defaultVatCode } from './defaults.js';
