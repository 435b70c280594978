/**
 * Turns a recomputation into the findings of the import preview: each balance difference, vouchers
 * outside the fiscal year, and opening balances that do not sum to zero (with a suggested, never
 * applied, correction).
 */
import { type Ore, ore } from '../money/ore.js';
import { formatSv } from '../money/format.js';
import type { Recomputation } from './recompute.js';
import type { SieProblem } from './types.js';

function kr(x: Ore): string {
  return `${formatSv(x).replace(/\u00a0/g, ' ')} kr`;
}

/**
 * The account that takes an unbalanced opening: 2098 (Vinst eller förlust från föregående år) for
 * a company, 2010 (Eget kapital) for a sole trader (#FTYP E or a personnummer as org.nr).
 * @example openingCorrectionAccount('E', null) // '2010'
 */
export function openingCorrectionAccount(ftyp: string | null, orgnr: string | null): string {
  const soleTrader = ftyp?.toUpperCase() === 'E' || (orgnr !== null && Number(orgnr.slice(2, 4)) < 20);
  return soleTrader ? '2010' : '2098';
}

/**
 * Findings of the preview from a recomputation; the correction is a suggestion only.
 * @example balanceFindings(recomputeBalances(doc), 'AB', '556036-0793').correction // null when IB sums to 0
 */
export function balanceFindings(
  r: Recomputation,
  ftyp: string | null,
  orgnr: string | null,
): { problems: SieProblem[]; correction: { account: string; amount: Ore; reason: string } | null } {
  const problems: SieProblem[] = [];
  for (const d of r.differences) {
    const where = d.line === null ? `filen anger inget #${d.kind} (alltså 0)` : `filen anger ${kr(d.stated)} på rad ${d.line}`;
    problems.push({
      code: 'sie-balance-difference',
      message: `Konto ${d.account}: ${d.kind === 'UB' ? 'utgående balans' : 'resultat'} räknat från verifikationerna är ${kr(d.computed)}, men ${where} (skillnad ${kr(d.difference)}). Inget ändras; kontrollera filen.`,
      ...(d.line === null ? {} : { line: d.line }),
    });
  }
  if (r.vouchersOutsideYear > 0) {
    problems.push({
      code: 'sie-voucher-outside-year',
      message: `${r.vouchersOutsideYear} verifikationer (första på rad ${r.firstOutsideLine}) ligger utanför räkenskapsåret i #RAR 0 och räknas inte in i kontrollen av balanserna.`,
      line: r.firstOutsideLine!,
    });
  }
  if (r.ibSum === 0) return { problems, correction: null };
  const account = openingCorrectionAccount(ftyp, orgnr);
  const amount = ore(-r.ibSum);
  const reason = `De ingående balanserna summerar till ${kr(r.ibSum)} i stället för 0; förra årets resultat har troligen inte förts över till eget kapital.`;
  problems.push({
    code: 'sie-ib-not-balanced',
    message: `${reason} Balanserna importeras som de står. Förslag: en rättelseverifikation i första öppna perioden som bokför ${kr(ore(Math.abs(amount)))} i ${amount > 0 ? 'debet' : 'kredit'} på konto ${account}.`,
  });
  return { problems, correction: { account, amount, reason } };
}
