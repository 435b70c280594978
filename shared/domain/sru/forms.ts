/**
 * The declaration forms of a closed year as rows and as SRU blanketter: NE for an EF; INK2, INK2R
 * and INK2S for an AB. Everything here is a function of the year-end balances and the resolved
 * answers, so a closed year's files can be produced again and come out the same.
 */
import { toCompact, type IsoDate } from '../dates/isoDate.js';
import type { AccountBalance } from './mapping.js';
import { type NePage1, nePage1 } from './ne.js';
import { type NeAdjustments, nePage2 } from './nePage2.js';
import { type Ink2rResult, type PurchaseKind, ink2r } from './ink2r.js';
import { type Ink2sAdjustments, ink2s } from './ink2s.js';
import { type SruBlankett, type SruValue, blankettName } from './file.js';
import { type SruForm, sruCode } from './codes.js';

const NE_PAGE1 = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11', 'B12', 'B13', 'B14', 'B15', 'B16',
  'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11'];
const NE_PAGE2 = ['R12', 'R13', 'R14', 'R15', 'R16', 'R18', 'R19', 'R20+', 'R20', 'R22', 'R23', 'R24', 'R25', 'R26', 'R27', 'R28', 'R30', 'R31',
  'R32', 'R34', 'R36', 'R37', 'R38', 'R39', 'R40', 'R41', 'R43', 'R44', 'R45', 'R46', 'R47', 'R48'];
const INK2R_ORDER = ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10', '2.11', '2.12', '2.13', '2.14', '2.15', '2.16', '2.17',
  '2.18', '2.19', '2.20', '2.21', '2.22', '2.23', '2.24', '2.25', '2.26', '2.27', '2.28', '2.29', '2.30', '2.31', '2.32', '2.33', '2.34', '2.35',
  '2.36', '2.37', '2.38', '2.39', '2.40', '2.41', '2.42', '2.43', '2.44', '2.45', '2.46', '2.47', '2.48', '2.49', '2.50', '3.1', '3.2+', '3.2',
  '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12+', '3.12', '3.13+', '3.13', '3.14+', '3.14', '3.15+', '3.15', '3.16',
  '3.17', '3.18', '3.19', '3.20', '3.21', '3.22', '3.23+', '3.23', '3.24+', '3.24', '3.25', '3.26', '3.27'];
const INK2S_ORDER = ['4.1', '4.2', '4.3a', '4.3c', '4.4b', '4.5c', '4.6a', '4.6d', '4.6e', '4.13+', '4.13', '4.14a', '4.15', '4.16'];

export interface FormMeta {
  fiscalYear: { start: IsoDate; end: IsoDate };
  /** 12 digits (personnummer, or 16 + organisationsnummer). */
  identity: string;
  /**
   * The blankett's `#NAMN`, "Uppgiftslämnarens namn" in Skatteverket's field tables: the person or
   * company whose identity is in `#IDENTITET`. For NE that is the owner (the identity is the owner's
   * personnummer), never the firm's name; '' leaves the optional post out.
   */
  name: string;
  activity: string;
  /**
   * NE 7023 "Jag har inte tillämpat reglerna om förenklat årsbokslut": ticked when the EF may not
   * use K1 (net turnover normally above 3 MSEK, BFL 6 kap. 6 §). Unused for AB.
   */
  simplifiedNotApplied?: boolean;
  consultantAssisted: boolean;
  audited: boolean;
  produced: { date: string; time: string };
}

export interface EfForms { kind: 'EF'; page1: NePage1; page2: Record<string, number>; blanketts: SruBlankett[]; unmapped: AccountBalance[] }
export interface AbForms { kind: 'AB'; ink2r: Ink2rResult; ink2s: Record<string, number>; ink2: Record<string, number>; blanketts: SruBlankett[]; unmapped: AccountBalance[] }

function fields(form: SruForm, order: readonly string[], rows: Record<string, number>): { code: string; value: SruValue }[] {
  return order.filter((r) => rows[r] !== undefined).map((r) => ({ code: sruCode(form, r), value: rows[r]! }));
}

function dates(m: FormMeta) {
  return [{ code: '7011', value: toCompact(m.fiscalYear.start) }, { code: '7012', value: toCompact(m.fiscalYear.end) }];
}

function blankett(form: SruForm, m: FormMeta, fs: { code: string; value: SruValue }[]): SruBlankett {
  return { form, blankett: blankettName(form, m.fiscalYear.end), identity: m.identity, name: m.name, produced: m.produced, fields: fs };
}

/**
 * NE-bilaga rows and blankett.
 * @example efForms(balances, adjustments, meta).page1.rows.R11
 */
export function efForms(balances: readonly AccountBalance[], adj: NeAdjustments, m: FormMeta): EfForms {
  const page1 = nePage1(balances);
  const page2 = nePage2(page1.rows.R11 ?? 0, adj);
  const fs = [...dates(m), { code: '7020', value: m.activity }, ...(m.simplifiedNotApplied ? [{ code: '7023', value: true as const }] : []), ...fields('NE', NE_PAGE1, page1.rows),
    { code: m.consultantAssisted ? '8046' : '8047', value: true as const }, ...fields('NE', NE_PAGE2, page2)];
  return { kind: 'EF', page1, page2, blanketts: [blankett('NE', m, fs)], unmapped: page1.mapped.unmapped };
}

/**
 * INK2, INK2R and INK2S rows and blanketter.
 * @example abForms(balances, adjustments, 'handelsvaror', meta).ink2['1.1']
 */
export function abForms(balances: readonly AccountBalance[], adj: Ink2sAdjustments, purchases: PurchaseKind, m: FormMeta): AbForms {
  const r = ink2r(balances, purchases);
  const s = ink2s(r.result, r.rows['3.25'] ?? 0, adj);
  const main = { '1.1': s['4.15'] ?? 0, '1.2': s['4.16'] ?? 0 };
  const blanketts = [
    blankett('INK2', m, [...dates(m), ...fields('INK2', ['1.1', '1.2'], main)]),
    blankett('INK2R', m, [...dates(m), ...fields('INK2R', INK2R_ORDER, r.rows)]),
    blankett('INK2S', m, [...dates(m), ...fields('INK2S', INK2S_ORDER, s), { code: m.consultantAssisted ? '8040' : '8041', value: true as const },
      { code: m.audited ? '8044' : '8045', value: true as const }]),
  ];
  return { kind: 'AB', ink2r: r, ink2s: s, ink2: main, blanketts, unmapped: r.mapped.unmapped };
}
