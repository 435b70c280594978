/**
 * The boxes (rutor) of the Swedish VAT return, their eSKD element names and their order.
 * Facts: ../shared/reference/formats-and-vat.md §2.1 and the eSKDUpload 6.0 DTD.
 */

/** Every box of the momsdeklaration, in the CLI's order (box-number order, 49 included). */
export const BOX_IDS = [
  '05', '06', '07', '08', '10', '11', '12', '20', '21', '22', '23', '24', '30', '31', '32',
  '35', '36', '37', '38', '39', '40', '41', '42', '48', '49', '50', '60', '61', '62',
] as const;

export type BoxId = (typeof BOX_IDS)[number];

/** A box fed directly by ledger lines; 49 is always computed from the others. */
export type LedgerBoxId = Exclude<BoxId, '49'>;

/** Boxes per role. */
export const SALES_BASE_BOXES = ['05', '06', '07', '08'] as const satisfies readonly BoxId[];
export const OUTPUT_VAT_BOXES = ['10', '11', '12'] as const satisfies readonly BoxId[];
export const RC_BASE_BOXES = ['20', '21', '22', '23', '24'] as const satisfies readonly BoxId[];
export const RC_VAT_BOXES = ['30', '31', '32'] as const satisfies readonly BoxId[];
export const ZERO_RATED_BOXES = ['35', '36', '37', '38', '39', '40', '41', '42'] as const satisfies readonly BoxId[];
export const IMPORT_VAT_BOXES = ['60', '61', '62'] as const satisfies readonly BoxId[];

/**
 * eSKD element per box, listed in the DTD's sequence for `Moms` (after `Period`, before
 * `TextUpplysningMoms`). The order of this array IS the file's order.
 */
export const ESKD_ELEMENTS: readonly (readonly [BoxId, string])[] = [
  ['05', 'ForsMomsEjAnnan'], ['06', 'UttagMoms'], ['07', 'UlagMargbesk'], ['08', 'HyrinkomstFriv'],
  ['20', 'InkopVaruAnnatEg'], ['21', 'InkopTjanstAnnatEg'], ['22', 'InkopTjanstUtomEg'],
  ['23', 'InkopVaruSverige'], ['24', 'InkopTjanstSverige'], ['50', 'MomsUlagImport'],
  ['35', 'ForsVaruAnnatEg'], ['36', 'ForsVaruUtomEg'], ['37', 'InkopVaruMellan3p'],
  ['38', 'ForsVaruMellan3p'], ['39', 'ForsTjSkskAnnatEg'], ['40', 'ForsTjOvrUtomEg'],
  ['41', 'ForsKopareSkskSverige'], ['42', 'ForsOvrigt'],
  ['10', 'MomsUtgHog'], ['11', 'MomsUtgMedel'], ['12', 'MomsUtgLag'],
  ['30', 'MomsInkopUtgHog'], ['31', 'MomsInkopUtgMedel'], ['32', 'MomsInkopUtgLag'],
  ['60', 'MomsImportUtgHog'], ['61', 'MomsImportUtgMedel'], ['62', 'MomsImportUtgLag'],
  ['48', 'MomsIngAvdr'], ['49', 'MomsBetala'],
];

/** Swedish box titles (short form of Skatteverket's texts), for reports and the UI. */
export const BOX_LABELS: Record<BoxId, string> = {
  '05': 'Momspliktig försäljning som inte ingår i ruta 06, 07 eller 08',
  '06': 'Momspliktiga uttag',
  '07': 'Beskattningsunderlag vid vinstmarginalbeskattning',
  '08': 'Hyresinkomster vid frivillig skattskyldighet',
  '10': 'Utgående moms 25 %',
  '11': 'Utgående moms 12 %',
  '12': 'Utgående moms 6 %',
  '20': 'Inköp av varor från ett annat EU-land',
  '21': 'Inköp av tjänster från ett annat EU-land enligt huvudregeln',
  '22': 'Inköp av tjänster från ett land utanför EU',
  '23': 'Inköp av varor i Sverige som köparen är skattskyldig för',
  '24': 'Övriga inköp av tjänster i Sverige som köparen är skattskyldig för',
  '30': 'Utgående moms 25 % på inköp i ruta 20–24',
  '31': 'Utgående moms 12 % på inköp i ruta 20–24',
  '32': 'Utgående moms 6 % på inköp i ruta 20–24',
  '35': 'Försäljning av varor till ett annat EU-land',
  '36': 'Försäljning av varor utanför EU',
  '37': 'Mellanmans inköp av varor vid trepartshandel',
  '38': 'Mellanmans försäljning av varor vid trepartshandel',
  '39': 'Försäljning av tjänster till näringsidkare i ett annat EU-land enligt huvudregeln',
  '40': 'Övrig försäljning av tjänster omsatta utanför Sverige',
  '41': 'Försäljning när köparen är skattskyldig i Sverige',
  '42': 'Övrig försäljning m.m.',
  '48': 'Ingående moms att dra av',
  '49': 'Moms att betala eller få tillbaka',
  '50': 'Beskattningsunderlag vid import',
  '60': 'Utgående moms 25 % på import i ruta 50',
  '61': 'Utgående moms 12 % på import i ruta 50',
  '62': 'Utgående moms 6 % på import i ruta 50',
};

/** True for the 29 box ids ('05', '49', …). */
export function isBoxId(s: string): s is BoxId {
  return (BOX_IDS as readonly string[]).includes(s);
}
