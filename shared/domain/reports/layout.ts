/**
 * BAS account ranges of the K2 statements (kostnadsslagsindelad resultaträkning, balansräkning).
 * A range is [from, to] on the first two digits of the account number.
 */
export interface GroupDef {
  title: string;
  ranges: readonly (readonly [number, number])[];
}

export interface SectionDef {
  title: string;
  groups: readonly GroupDef[];
  /** Label of the running subtotal printed after the section, if any. */
  subtotal?: string;
  /** Start the running subtotal afresh after this section (assets vs equity and liabilities). */
  resetAfter?: boolean;
}

export const INCOME_STATEMENT: readonly SectionDef[] = [
  { title: 'Rörelsens intäkter', groups: [
    { title: 'Nettoomsättning', ranges: [[30, 37]] },
    { title: 'Aktiverat arbete för egen räkning', ranges: [[38, 38]] },
    { title: 'Övriga rörelseintäkter', ranges: [[39, 39]] },
  ] },
  { title: 'Rörelsens kostnader', subtotal: 'Rörelseresultat', groups: [
    { title: 'Råvaror, förnödenheter och handelsvaror', ranges: [[40, 49]] },
    { title: 'Övriga externa kostnader', ranges: [[50, 69]] },
    { title: 'Personalkostnader', ranges: [[70, 76]] },
    { title: 'Av- och nedskrivningar', ranges: [[77, 78]] },
    { title: 'Övriga rörelsekostnader', ranges: [[79, 79]] },
  ] },
  { title: 'Finansiella poster', subtotal: 'Resultat efter finansiella poster', groups: [
    { title: 'Resultat från finansiella anläggningstillgångar', ranges: [[80, 82]] },
    { title: 'Övriga ränteintäkter och liknande resultatposter', ranges: [[83, 83]] },
    { title: 'Räntekostnader och liknande resultatposter', ranges: [[84, 87]] },
  ] },
  { title: 'Bokslutsdispositioner', subtotal: 'Resultat före skatt', groups: [
    { title: 'Bokslutsdispositioner', ranges: [[88, 88]] },
  ] },
  { title: 'Skatter', subtotal: 'Årets resultat', groups: [
    { title: 'Skatt på årets resultat', ranges: [[89, 89]] },
  ] },
];

/**
 * The resultaträkning of an enskild firma: the firm pays no income tax of its own (the owner is
 * taxed through the NE-bilaga), so there is no Skatter section and the subtotal after
 * Bokslutsdispositioner is Årets resultat.
 */
export const INCOME_STATEMENT_EF: readonly SectionDef[] = [
  ...INCOME_STATEMENT.slice(0, -2),
  { title: 'Bokslutsdispositioner', subtotal: 'Årets resultat', groups: [
    { title: 'Bokslutsdispositioner', ranges: [[88, 88]] },
  ] },
];

/**
 * Accounts outside the K2 groups (class 9: internal and suspense accounts such as 9999 Obs-konto)
 * still move the result: when they have a balance they are shown in their own section before
 * Skatter, so that årets resultat equals the balance sheet's beräknat resultat and the SIE #RES sum.
 */
export const UNPLACED_RESULT_SECTION: SectionDef = {
  title: 'Ej placerade konton', groups: [{ title: 'Konton utanför resultaträkningens indelning (klass 9)', ranges: [[90, 99]] }],
};

export const BALANCE_SHEET: readonly SectionDef[] = [
  { title: 'Anläggningstillgångar', groups: [
    { title: 'Immateriella anläggningstillgångar', ranges: [[10, 10]] },
    { title: 'Materiella anläggningstillgångar', ranges: [[11, 12]] },
    { title: 'Finansiella anläggningstillgångar', ranges: [[13, 13]] },
  ] },
  { title: 'Omsättningstillgångar', subtotal: 'Summa tillgångar', resetAfter: true, groups: [
    { title: 'Varulager m.m.', ranges: [[14, 14]] },
    { title: 'Kortfristiga fordringar', ranges: [[15, 17]] },
    { title: 'Kortfristiga placeringar', ranges: [[18, 18]] },
    { title: 'Kassa och bank', ranges: [[19, 19]] },
  ] },
  { title: 'Eget kapital', groups: [{ title: 'Eget kapital', ranges: [[20, 20]] }] },
  { title: 'Obeskattade reserver och avsättningar', groups: [
    { title: 'Obeskattade reserver', ranges: [[21, 21]] },
    { title: 'Avsättningar', ranges: [[22, 22]] },
  ] },
  { title: 'Skulder', subtotal: 'Summa eget kapital och skulder', groups: [
    { title: 'Långfristiga skulder', ranges: [[23, 23]] },
    { title: 'Kortfristiga skulder', ranges: [[24, 29]] },
  ] },
];

/** The two-digit kontogrupp of an account number (BAS); other lengths use their first two digits. */
export function groupOf(account: string): number {
  return Number(account.padEnd(2, '0').slice(0, 2));
}

/** 8990–8999 close the income statement into equity; they are not shown as result items. */
export function isResultClosingAccount(account: string): boolean {
  return /^899/.test(account);
}
