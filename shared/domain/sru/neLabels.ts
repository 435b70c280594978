/** The NE-bilaga's row texts (Skatteverket's NE_SKV2161, shortened where the form prints a note). */
export const NE_LABELS: Readonly<Record<string, string>> = {
  B1: 'Immateriella anläggningstillgångar', B2: 'Byggnader och markanläggningar', B3: 'Mark och andra tillgångar som inte får skrivas av',
  B4: 'Maskiner och inventarier', B5: 'Övriga anläggningstillgångar', B6: 'Varulager', B7: 'Kundfordringar', B8: 'Övriga fordringar',
  B9: 'Kassa och bank', B10: 'Eget kapital', B11: 'Obeskattade reserver', B12: 'Avsättningar', B13: 'Låneskulder', B14: 'Skatteskulder',
  B15: 'Leverantörsskulder', B16: 'Övriga skulder',
  R1: 'Försäljning och utfört arbete samt övriga momspliktiga intäkter', R2: 'Momsfria intäkter', R3: 'Bil- och bostadsförmån m.m.',
  R4: 'Ränteintäkter m.m.', R5: 'Varor, material och tjänster', R6: 'Övriga externa kostnader', R7: 'Anställd personal', R8: 'Räntekostnader m.m.',
  R9: 'Av- och nedskrivningar byggnader och markanläggningar', R10: 'Av- och nedskrivningar maskiner, inventarier och immateriella tillgångar',
  R11: 'Bokfört resultat',
  R12: 'Bokfört resultat', R13: 'Bokförda kostnader som inte ska dras av', R14: 'Bokförda intäkter som inte ska tas upp',
  R15: 'Intäkter som inte bokförts men som ska tas upp', R16: 'Kostnader som inte bokförts men som ska dras av', R17: 'Sammanlagt resultat',
  R18: 'Gemensam verksamhet: avgående', R19: 'Gemensam verksamhet: tillkommande', 'R20+': 'Min andel som medhjälpande make',
  R20: 'Andel till medhjälpande make', R21: 'Resultat efter fördelning', R22: 'Övriga skattemässiga justeringar, kostnader',
  R23: 'Övriga skattemässiga justeringar, intäkter', R24: 'Outnyttjat underskott från föregående år', R25: 'Skogs- och substansminskningsavdrag',
  R26: 'Återföring av värdeminskningsavdrag m.m.', R27: 'Uttag från skogs-, skogsskade- eller upphovsmannakonto',
  R28: 'Inbetalning till skogs-, skogsskade- eller upphovsmannakonto', R29: 'Överskott/underskott före räntefördelning',
  R30: 'Positiv räntefördelning', R31: 'Negativ räntefördelning', R32: 'Återföring av periodiseringsfond',
  R33: 'Överskott/underskott före avsättning till periodiseringsfond', R34: 'Avsättning till periodiseringsfond',
  R35: 'Överskott/underskott före expansionsfond', R36: 'Ökning av expansionsfond', R37: 'Minskning av expansionsfond',
  R38: 'Egna pensionspremier', R39: 'Särskild löneskatt på pensionssparavdrag', R40: 'Förra årets avdrag för egenavgifter och särskild löneskatt',
  R41: 'Påförda egenavgifter och särskild löneskatt', R42: 'Överskott/underskott före avdrag för egenavgifter',
  R43: 'Årets beräknade avdrag för egenavgifter och särskild löneskatt', R44: 'Sjukpenning', R45: 'Allmänt avdrag för underskott',
  R46: 'Underskott som utnyttjas i kapital', R47: 'Överskott', R48: 'Underskott',
};

/**
 * The row as the NE form prints it: page 2 has two rows numbered R20, told apart by their printed
 * sign (7614 "R20. Min andel som medhjälpande make (+)", 7703 "R20. andel till medhjälpande make (-)").
 * @example neRowName('R20+') // 'R20 (+)'
 */
export function neRowName(row: string): string {
  return row === 'R20+' ? 'R20 (+)' : row === 'R20' ? 'R20 (\u2212)' : row;
}

/** Page 2's rows in the order the form prints them; sum rows have no SRU code. */
export const NE_PAGE2_ROWS = ['R12', 'R13', 'R14', 'R15', 'R16', 'R17', 'R18', 'R19', 'R20+', 'R20', 'R21', 'R22', 'R23', 'R24', 'R25', 'R26', 'R27',
  'R28', 'R29', 'R30', 'R31', 'R32', 'R33', 'R34', 'R35', 'R36', 'R37', 'R38', 'R39', 'R40', 'R41', 'R42', 'R43', 'R44', 'R45', 'R46', 'R47', 'R48'] as const;
export const NE_SUM_ROWS = new Set(['R17', 'R21', 'R29', 'R33', 'R35', 'R42']);
