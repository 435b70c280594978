/**
 * The VAT pair the buyer books itself under reverse charge and on import (case C13): output VAT
 * at the full rate on the base (not 20 % of it), and the same amount as input VAT.
 */
import { type Ore, negOre } from '../money/ore.js';
import { type Result, fail, ok } from '../result.js';
import { type VatCode, codeWithRate, vatCodeInfo } from './codes.js';
import { vatOnBase } from './split.js';

export interface VatPostingLine {
  account: string;
  amount: Ore;
  vatCode: VatCode;
}

const OUTPUT_ACCOUNT: Record<string, string> = {
  'rc-output-25': '2614', 'rc-output-12': '2624', 'rc-output-6': '2634',
  'import-output-25': '2615', 'import-output-12': '2625', 'import-output-6': '2635',
};

/** Default accounts; a company may use others with the same codes. */
export interface SelfAssessedAccounts {
  output?: string;
  input?: string;
}

/**
 * Output and input VAT lines for a base booked on a reverse-charge (20–24) or import (50) code.
 * EU and non-EU acquisitions and import deduct on 2645, domestic reverse charge on 2647.
 * @example selfAssessedVatLines('eu-services-25', ore(25000)).value
 *   // [{ account: '2614', amount: -6250, vatCode: 'rc-output-25' }, { account: '2645', amount: 6250, vatCode: 'input-rc' }]
 */
export function selfAssessedVatLines(baseCode: VatCode, base: Ore, accounts: SelfAssessedAccounts = {}): Result<VatPostingLine[], 'not-self-assessed'> {
  const info = vatCodeInfo(baseCode);
  const rcBox = ['20', '21', '22', '23', '24'].includes(info.box);
  if (info.role !== 'base' || !info.rate || !(rcBox || info.box === '50')) {
    return fail('not-self-assessed', `Momskoden "${info.label}" gäller inte omvänd betalningsskyldighet eller import. Välj en momskod för ruta 20–24 eller 50.`);
  }
  const outCode = codeWithRate(rcBox ? 'rc-output' : 'import-output', info.rate);
  if (outCode === null) return fail('not-self-assessed', `Momssatsen ${info.rate} % saknas.`);
  const vat = vatOnBase(base, info.rate);
  const domestic = info.box === '23' || info.box === '24';
  return ok([
    { account: accounts.output ?? OUTPUT_ACCOUNT[outCode] ?? '2614', amount: negOre(vat), vatCode: outCode },
    { account: accounts.input ?? (domestic ? '2647' : '2645'), amount: vat, vatCode: 'input-rc' },
  ]);
}
