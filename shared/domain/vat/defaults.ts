/**
 * Default VAT code of a BAS account (the BAS→box table of formats-and-vat.md §2.1). Used only when
 * an account is created; afterwards the stored code decides (case C12).
 */
import type { VatCode } from './codes.js';

const BY_ACCOUNT: Record<string, VatCode> = {
  // Sales and withdrawals (A)
  '3001': 'sales-25', '3002': 'sales-12', '3003': 'sales-6', '3004': 'exempt-sale',
  '3105': 'export-goods', '3106': 'sales-25', '3108': 'eu-goods-sale',
  '3211': 'margin-25', '3212': 'margin-25', '3231': 'rc-sale',
  '3305': 'services-abroad', '3308': 'eu-services-sale',
  '3401': 'withdrawal-25', '3402': 'withdrawal-12', '3403': 'withdrawal-6', '3404': 'exempt-sale',
  '3510': 'sales-25', '3520': 'sales-25', '3521': 'eu-goods-sale', '3522': 'export-goods',
  '3530': 'sales-25', '3540': 'sales-25', '3541': 'eu-services-sale', '3542': 'export-goods',
  '3600': 'sales-25', '3913': 'rent-25', '3980': 'exempt-sale', '3990': 'exempt-sale',
  // Output VAT (B), reverse charge (D), import (I)
  '2610': 'output-25', '2611': 'output-25', '2612': 'output-25', '2613': 'output-25', '2616': 'output-25',
  '2620': 'output-12', '2621': 'output-12', '2622': 'output-12', '2623': 'output-12', '2626': 'output-12',
  '2630': 'output-6', '2631': 'output-6', '2632': 'output-6', '2633': 'output-6', '2636': 'output-6',
  '2614': 'rc-output-25', '2624': 'rc-output-12', '2634': 'rc-output-6',
  // BAS 2011 used 2617/2627/2637 for domestic reverse-charge output VAT.
  '2617': 'rc-output-25', '2627': 'rc-output-12', '2637': 'rc-output-6',
  '2615': 'import-output-25', '2625': 'import-output-12', '2635': 'import-output-6',
  // Input VAT (F); 2648 vilande and 2618/2628/2638 vilande are deliberately absent.
  '2640': 'input', '2641': 'input', '2642': 'input', '2646': 'input', '2649': 'input',
  '2645': 'input-rc', '2647': 'input-rc',
  // Purchases with reverse charge (C) and import (H)
  '4415': 'rc-goods-25', '4416': 'rc-goods-12', '4417': 'rc-goods-6',
  '4425': 'rc-services-25', '4426': 'rc-services-12', '4427': 'rc-services-6',
  '4515': 'eu-goods-25', '4516': 'eu-goods-12', '4517': 'eu-goods-6',
  '4531': 'non-eu-services-25', '4532': 'non-eu-services-12', '4533': 'non-eu-services-6',
  '4535': 'eu-services-25', '4536': 'eu-services-12', '4537': 'eu-services-6',
  '4545': 'import-25', '4546': 'import-12', '4547': 'import-6',
};

/**
 * The suggested VAT code for an account, or null when the account is not on the VAT return.
 * Unknown revenue accounts (3000–3999) get one only when their name states it: "6 %" → sales-6,
 * "uttag … 12 %" → withdrawal-12, "momsfri" → exempt-sale; names about EU or export get none.
 * @example defaultVatCode('3013', 'Försäljning tjänster 6 %') // 'sales-6'
 */
export function defaultVatCode(account: string, name?: string): VatCode | null {
  const known = BY_ACCOUNT[account];
  if (known) return known;
  if (!/^3\d{3}$/.test(account) || name === undefined) return null;
  const n = name.toLowerCase();
  // Foreign sales have several boxes (35, 36, 39, 40); the user must choose.
  if (/\beu\b|eu-|export|utanför|utland/.test(n)) return null;
  if (n.includes('momsfri')) return 'exempt-sale';
  const m = /(?:^|[^\d,.])(25|12|6)\s*%/.exec(n);
  if (!m) return null;
  const rate = m[1] as '25' | '12' | '6';
  return n.includes('uttag') ? `withdrawal-${rate}` : `sales-${rate}`;
}
