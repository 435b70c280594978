/**
 * Checks that an account's VAT code fits how the account is used: the side it is booked on in the
 * period, and its account class (a VAT code on a non-VAT account or the other way round).
 */
import { formatSv } from '../money/format.js';
import { type Ore, ore } from '../money/ore.js';
import type { VatLine } from './boxes.js';
import type { VatCheck } from './checks.js';
import { type VatCode, vatCodeInfo } from './codes.js';

interface AccountUse { code: VatCode; net: number }

function byAccount(lines: readonly VatLine[]): Map<string, AccountUse> {
  const out = new Map<string, AccountUse>();
  for (const l of lines) {
    if (l.vatCode === null) continue;
    const e = out.get(l.account) ?? { code: l.vatCode, net: 0 };
    e.net += l.amount;
    out.set(l.account, e);
  }
  return out;
}

/** Why the code does not fit the account's number, or null when it fits. */
function classMismatch(account: string, code: VatCode): string | null {
  const info = vatCodeInfo(code);
  const vatAccount = account.startsWith('26');
  if (info.role === 'vat' && !vatAccount) return 'är en momskod för momsbelopp men kontot är inget momskonto (26xx)';
  if (info.role === 'base' && vatAccount) return 'är en momskod för underlag men kontot är ett momskonto';
  const cls = account.charAt(0);
  if (info.role === 'base' && info.normal === 'credit' && cls >= '4' && cls <= '7') return 'gäller försäljning men kontot är ett kostnadskonto';
  if (info.role === 'base' && info.normal === 'debit' && cls === '3') return 'gäller inköp men kontot är ett intäktskonto';
  return null;
}

/**
 * Per account with a code: a net balance on the wrong side for its code (e.g. a credit on input
 * VAT), and a code that does not fit the account class. Both are warnings: a credit note can
 * legitimately turn a period's balance around.
 * @example accountUseChecks([{ account: '2641', vatCode: 'input', amount: ore(-20000) }])[0].code // 'vat-code-wrong-side'
 */
export function accountUseChecks(lines: readonly VatLine[]): VatCheck[] {
  const out: VatCheck[] = [];
  const accounts = [...byAccount(lines)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [account, { code, net }] of accounts) {
    const info = vatCodeInfo(code);
    const why = classMismatch(account, code);
    if (why) {
      out.push({ code: 'vat-code-account-class', severity: 'warning', boxes: [info.box], account,
        message: `Konto ${account} har momskoden "${info.label}", som ${why}. Byt momskod på kontot (account vat-code) om det är fel.` });
    }
    const wrongSide = info.normal === 'credit' ? net > 0 : net < 0;
    if (wrongSide) {
      const side = net > 0 ? 'debetsaldo' : 'kreditsaldo';
      out.push({ code: 'vat-code-wrong-side', severity: 'warning', boxes: [info.box], account,
        message: `Konto ${account} har momskoden "${info.label}" men ett ${side} på ${formatSv(abs(net))} kr för perioden, så ruta ${info.box} blir negativ. Kontrollera momskoden eller bokföringen (är det en kreditnota?).` });
    }
  }
  return out;
}

function abs(n: number): Ore {
  return ore(Math.abs(n));
}
