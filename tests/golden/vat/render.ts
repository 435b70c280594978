/** Golden text of one return: boxes (exact and declared), checks, momsomföring, eSKD file. */
import { type IsoMonth, lastOfMonth } from '../../../shared/domain/dates/isoDate.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { BOX_IDS } from '../../../shared/domain/vat/boxIds.js';
import type { VatReturnFigures } from '../../../shared/domain/vat/boxes.js';
import type { VatCheck } from '../../../shared/domain/vat/checks.js';
import type { SettlementLine } from '../../../shared/domain/vat/settlement.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\u2212/g, '-');

export function renderReturn(title: string, from: IsoMonth, to: IsoMonth, f: VatReturnFigures, checks: VatCheck[],
  settlement: SettlementLine[], eskd: string | null): string {
  const out = [`# ${title}`, `Period ${from}-01..${lastOfMonth(to)}`, 'Ruta          Exakt   Deklareras'];
  for (const b of BOX_IDS) {
    if (f.exact[b] === 0 && f.rounded[b] === 0 && b !== '49') continue;
    out.push(`${b}  ${plain(formatSv(f.exact[b])).padStart(15)}  ${String(f.rounded[b] / 100).padStart(11)}`);
  }
  out.push('Kontroller');
  if (checks.length === 0) out.push('  (inga)');
  for (const c of checks) out.push(`  ${c.severity} ${c.code}${c.account ? ' ' + c.account : ''} [${c.boxes.join(' ')}]: ${plain(c.message)}`);
  out.push(`Momsomföring ${lastOfMonth(to)}`);
  if (settlement.length === 0) out.push('  (inget att föra om)');
  for (const l of settlement) out.push(`  ${l.account}  ${plain(formatSv(l.amount)).padStart(15)}`);
  out.push('eSKD');
  out.push(...(eskd === null ? ['  (spärrad: kontrollerna har fel)'] : eskd.replace(/\r\n$/, '').split('\r\n').map((l) => `  ${l}`)));
  return out.join('\n') + '\n';
}
