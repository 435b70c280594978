/**
 * The SRU field codes Kontera writes, per blankett, as Skatteverket's field tables for 2025P4 name
 * them (NE_SKV2161-13-02-25-02, INK2/INK2R/INK2S_SKV2002-33-01-24-04). This checked-in list is what
 * runs without the real tables; tests/corpus/closing.test.ts checks every entry against the .xls
 * files when ../shared/realdata is present.
 *
 * Types: `A` a signed whole-krona amount (Numeriskt_A), `B` a non-negative one (Numeriskt_B, the
 * row's printed sign says whether it adds or subtracts), `date` YYYYMMDD, `text` Str_80/Str_250,
 * `X` a checkbox.
 */
export type SruForm = 'NE' | 'INK2' | 'INK2R' | 'INK2S';
export type SruType = 'A' | 'B' | 'date' | 'text' | 'X';

export interface SruField { code: string; row: string; type: SruType }

const f = (code: string, row: string, type: SruType): SruField => ({ code, row, type });
const amountsA = (pairs: readonly (readonly [string, string])[]) => pairs.map(([row, code]) => f(code, row, 'A'));

const NE: readonly SruField[] = [
  f('7011', 'Räkenskapsårets början', 'date'), f('7012', 'Räkenskapsårets slut', 'date'), f('7020', 'Verksamhetens art', 'text'),
  f('7023', 'Förenklat årsbokslut ej tillämpat', 'X'),
  ...amountsA([['B1', '7200'], ['B2', '7210'], ['B3', '7211'], ['B4', '7212'], ['B5', '7213'], ['B6', '7240'], ['B7', '7250'], ['B8', '7260'],
    ['B9', '7280'], ['B10', '7300'], ['B11', '7320'], ['B12', '7330'], ['B13', '7380'], ['B14', '7381'], ['B15', '7382'], ['B16', '7383'],
    ['R1', '7400'], ['R2', '7401'], ['R3', '7402'], ['R4', '7403'], ['R5', '7500'], ['R6', '7501'], ['R7', '7502'], ['R8', '7503'],
    ['R9', '7504'], ['R10', '7505'], ['R11', '7440'], ['R12', '7600'], ['R39', '7712'], ['R41', '7713']]),
  f('8046', 'Uppdragstagare har biträtt: Ja', 'X'), f('8047', 'Uppdragstagare har biträtt: Nej', 'X'),
  ...([['R13', '7601'], ['R14', '7700'], ['R15', '7602'], ['R16', '7701'], ['R18', '7702'], ['R19', '7603'], ['R20+', '7614'], ['R20', '7703'],
    ['R22', '7704'], ['R23', '7604'], ['R24', '7705'], ['R25', '7706'], ['R26', '7605'], ['R27', '7606'], ['R28', '7707'], ['R30', '7708'],
    ['R31', '7607'], ['R32', '7608'], ['R34', '7709'], ['R36', '7710'], ['R37', '7609'], ['R38', '7711'], ['R40', '7610'], ['R43', '7714'],
    ['R44', '7611'], ['R45', '7612'], ['R46', '7613'], ['R47', '7630'], ['R48', '7730']] as const).map(([row, code]) => f(code, row, 'B')),
];

const INK2: readonly SruField[] = [
  f('7011', 'Räkenskapsårets början', 'date'), f('7012', 'Räkenskapsårets slut', 'date'),
  f('7104', '1.1', 'B'), f('7114', '1.2', 'B'),
];

const INK2R_BALANCE: readonly (readonly [string, string])[] = [
  ['2.1', '7201'], ['2.2', '7202'], ['2.3', '7214'], ['2.4', '7215'], ['2.5', '7216'], ['2.6', '7217'], ['2.7', '7230'], ['2.8', '7231'],
  ['2.9', '7233'], ['2.10', '7232'], ['2.11', '7234'], ['2.12', '7235'], ['2.13', '7241'], ['2.14', '7242'], ['2.15', '7243'], ['2.16', '7244'],
  ['2.17', '7245'], ['2.18', '7246'], ['2.19', '7251'], ['2.20', '7252'], ['2.21', '7261'], ['2.22', '7262'], ['2.23', '7263'], ['2.24', '7270'],
  ['2.25', '7271'], ['2.26', '7281'], ['2.27', '7301'], ['2.28', '7302'], ['2.29', '7321'], ['2.30', '7322'], ['2.31', '7323'], ['2.32', '7331'],
  ['2.33', '7332'], ['2.34', '7333'], ['2.35', '7350'], ['2.36', '7351'], ['2.37', '7352'], ['2.38', '7353'], ['2.39', '7354'], ['2.40', '7360'],
  ['2.41', '7361'], ['2.42', '7362'], ['2.43', '7363'], ['2.44', '7364'], ['2.45', '7365'], ['2.46', '7366'], ['2.47', '7367'], ['2.48', '7369'],
  ['2.49', '7368'], ['2.50', '7370'],
  ['3.1', '7410'], ['3.2+', '7411'], ['3.2', '7510'], ['3.3', '7412'], ['3.4', '7413'], ['3.5', '7511'], ['3.6', '7512'], ['3.7', '7513'],
  ['3.8', '7514'], ['3.9', '7515'], ['3.10', '7516'], ['3.11', '7517'], ['3.12+', '7414'], ['3.12', '7518'], ['3.13+', '7415'], ['3.13', '7519'],
  ['3.14+', '7423'], ['3.14', '7530'], ['3.15+', '7416'], ['3.15', '7520'], ['3.16', '7417'], ['3.17', '7521'], ['3.18', '7522'], ['3.19', '7524'],
  ['3.20', '7419'], ['3.23+', '7421'], ['3.23', '7526'], ['3.24+', '7422'], ['3.24', '7527'], ['3.25', '7528'],
];

const INK2R: readonly SruField[] = [
  f('7011', 'Räkenskapsårets början', 'date'), f('7012', 'Räkenskapsårets slut', 'date'),
  ...amountsA(INK2R_BALANCE),
  f('7420', '3.21', 'B'), f('7525', '3.22', 'B'), f('7450', '3.26', 'B'), f('7550', '3.27', 'B'),
];

const INK2S: readonly SruField[] = [
  f('7011', 'Räkenskapsårets början', 'date'), f('7012', 'Räkenskapsårets slut', 'date'),
  f('7650', '4.1', 'B'), f('7750', '4.2', 'B'), f('7651', '4.3a', 'A'), f('7653', '4.3c', 'A'), f('7764', '4.4b', 'A'),
  f('7754', '4.5c', 'A'), f('7654', '4.6a', 'B'), f('7673', '4.6d', 'B'), f('7665', '4.6e', 'A'), f('7663', '4.13+', 'B'), f('7762', '4.13', 'B'),
  f('7763', '4.14a', 'B'), f('7670', '4.15', 'B'), f('7770', '4.16', 'B'),
  f('8040', 'Uppdragstagare har biträtt: Ja', 'X'), f('8041', 'Uppdragstagare har biträtt: Nej', 'X'),
  f('8044', 'Revision: Ja', 'X'), f('8045', 'Revision: Nej', 'X'),
];

/** Every field Kontera may write, per blankett. */
export const SRU_FIELDS: Readonly<Record<SruForm, readonly SruField[]>> = { NE, INK2, INK2R, INK2S };

/** Whether the blankett has a `Namn` post in its field table (INK2's main form has none). */
export const SRU_HAS_NAME: Readonly<Record<SruForm, boolean>> = { NE: true, INK2: false, INK2R: true, INK2S: true };

/** The version of Skatteverket's tables the list above was checked against. */
export const SRU_TABLE_VERSION = '2025P4';

/**
 * The field code of a row on a blankett.
 * @example sruCode('NE', 'R11') // '7440'
 */
export function sruCode(form: SruForm, row: string): string {
  const hit = SRU_FIELDS[form].find((x) => x.row === row);
  if (!hit) throw new Error(`no SRU code for ${form} ${row}`);
  return hit.code;
}

/** The field definition of a code on a blankett, if Kontera knows it. */
export function sruField(form: SruForm, code: string): SruField | undefined {
  return SRU_FIELDS[form].find((x) => x.code === code);
}
