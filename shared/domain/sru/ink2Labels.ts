/**
 * The Swedish row texts of INK2, INK2R and INK2S for the rows Kontera writes (Skatteverket's
 * INK2_/INK2R_/INK2S_SKV2002-33-01-24-04, 2025P4; shortened where the form prints a note). Used to
 * show a name beside each row code; the SRU files carry only the codes.
 */
export const INK2_LABELS: Readonly<Record<string, string>> = {
  '1.1': 'Överskott av näringsverksamhet', '1.2': 'Underskott av näringsverksamhet',
};

export const INK2R_LABELS: Readonly<Record<string, string>> = {
  '2.1': 'Koncessioner, patent, licenser, varumärken, hyresrätter, goodwill o.l.', '2.2': 'Förskott avseende immateriella anläggningstillgångar',
  '2.3': 'Byggnader och mark', '2.4': 'Maskiner, inventarier och övriga materiella anläggningstillgångar', '2.5': 'Förbättringsutgifter på annans fastighet',
  '2.6': 'Pågående nyanläggningar och förskott avseende materiella anläggningstillgångar', '2.7': 'Andelar i koncernföretag',
  '2.8': 'Andelar i intresseföretag och gemensamt styrda företag', '2.9': 'Ägarintressen i övriga företag och andra långfristiga värdepappersinnehav',
  '2.10': 'Fordringar hos koncern-, intresse- och gemensamt styrda företag', '2.11': 'Lån till delägare eller närstående',
  '2.12': 'Fordringar hos övriga företag som det finns ett ägarintresse i och andra långfristiga fordringar',
  '2.13': 'Råvaror och förnödenheter', '2.14': 'Varor under tillverkning', '2.15': 'Färdiga varor och handelsvaror', '2.16': 'Övriga lagertillgångar',
  '2.17': 'Pågående arbeten för annans räkning', '2.18': 'Förskott till leverantörer', '2.19': 'Kundfordringar',
  '2.20': 'Fordringar hos koncern-, intresse- och gemensamt styrda företag (kortfristiga)',
  '2.21': 'Fordringar hos övriga företag som det finns ett ägarintresse i och övriga fordringar', '2.22': 'Upparbetad men ej fakturerad intäkt',
  '2.23': 'Förutbetalda kostnader och upplupna intäkter', '2.24': 'Andelar i koncernföretag (kortfristiga)', '2.25': 'Övriga kortfristiga placeringar',
  '2.26': 'Kassa, bank och redovisningsmedel', '2.27': 'Bundet eget kapital', '2.28': 'Fritt eget kapital', '2.29': 'Periodiseringsfonder',
  '2.30': 'Ackumulerade överavskrivningar', '2.31': 'Övriga obeskattade reserver', '2.32': 'Avsättningar för pensioner enligt tryggandelagen',
  '2.33': 'Övriga avsättningar för pensioner och liknande förpliktelser', '2.34': 'Övriga avsättningar', '2.35': 'Obligationslån',
  '2.36': 'Checkräkningskredit (långfristig)', '2.37': 'Övriga skulder till kreditinstitut (långfristiga)',
  '2.38': 'Skulder till koncern-, intresse- och gemensamt styrda företag (långfristiga)',
  '2.39': 'Skulder till övriga företag som det finns ett ägarintresse i och övriga skulder (långfristiga)',
  '2.40': 'Checkräkningskredit (kortfristig)', '2.41': 'Övriga skulder till kreditinstitut (kortfristiga)', '2.42': 'Förskott från kunder',
  '2.43': 'Pågående arbeten för annans räkning', '2.44': 'Fakturerad men ej upparbetad intäkt', '2.45': 'Leverantörsskulder', '2.46': 'Växelskulder',
  '2.47': 'Skulder till koncern-, intresse- och gemensamt styrda företag (kortfristiga)',
  '2.48': 'Skulder till övriga företag som det finns ett ägarintresse i och övriga skulder (kortfristiga)', '2.49': 'Skatteskulder',
  '2.50': 'Upplupna kostnader och förutbetalda intäkter',
  '3.1': 'Nettoomsättning', '3.2': 'Förändring av lager av produkter i arbete, färdiga varor och pågående arbete för annans räkning',
  '3.3': 'Aktiverat arbete för egen räkning', '3.4': 'Övriga rörelseintäkter', '3.5': 'Råvaror och förnödenheter', '3.6': 'Handelsvaror',
  '3.7': 'Övriga externa kostnader', '3.8': 'Personalkostnader',
  '3.9': 'Av- och nedskrivningar av materiella och immateriella anläggningstillgångar',
  '3.10': 'Nedskrivningar av omsättningstillgångar utöver normala nedskrivningar', '3.11': 'Övriga rörelsekostnader',
  '3.12': 'Resultat från andelar i koncernföretag', '3.13': 'Resultat från andelar i intresseföretag och gemensamt styrda företag',
  '3.14': 'Resultat från övriga företag som det finns ett ägarintresse i', '3.15': 'Resultat från övriga finansiella anläggningstillgångar',
  '3.16': 'Övriga ränteintäkter och liknande resultatposter',
  '3.17': 'Nedskrivningar av finansiella anläggningstillgångar och kortfristiga placeringar', '3.18': 'Räntekostnader och liknande resultatposter',
  '3.19': 'Lämnade koncernbidrag', '3.20': 'Mottagna koncernbidrag', '3.21': 'Återföring av periodiseringsfond', '3.22': 'Avsättning till periodiseringsfond',
  '3.23': 'Förändring av överavskrivningar', '3.24': 'Övriga bokslutsdispositioner', '3.25': 'Skatt på årets resultat',
  '3.26': 'Årets resultat, vinst', '3.27': 'Årets resultat, förlust',
};

export const INK2S_LABELS: Readonly<Record<string, string>> = {
  '4.1': 'Årets resultat, vinst', '4.2': 'Årets resultat, förlust', '4.3a': 'Skatt på årets resultat',
  '4.3c': 'Andra bokförda kostnader som inte ska dras av', '4.4b': 'Andra ej bokförda kostnader som ska dras av',
  '4.5c': 'Andra bokförda intäkter som inte ska tas upp', '4.6a': 'Schablonintäkt på kvarvarande periodiseringsfonder vid årets ingång',
  '4.6d': 'Uppräknat belopp vid återföring av periodiseringsfond', '4.6e': 'Andra ej bokförda intäkter som ska tas upp', '4.13': 'Andra skattemässiga justeringar av resultatet',
  '4.14a': 'Outnyttjat underskott från föregående år', '4.15': 'Överskott (flyttas till 1.1)', '4.16': 'Underskott (flyttas till 1.2)',
};

/** Rows printed twice, once with (+) and once with (−); the `+` key is the plus row. */
const SPLIT = new Set(['3.2', '3.12', '3.13', '3.14', '3.15', '3.23', '3.24', '4.13']);

/**
 * A row key as the form prints it, and its name.
 * @example ink2RowLabel('INK2R', '3.2+') // { row: '3.2 (+)', name: 'Förändring av lager …' }
 */
export function ink2RowLabel(form: 'INK2' | 'INK2R' | 'INK2S', key: string): { row: string; name: string | null } {
  const base = key.endsWith('+') ? key.slice(0, -1) : key;
  const table = form === 'INK2' ? INK2_LABELS : form === 'INK2R' ? INK2R_LABELS : INK2S_LABELS;
  const row = SPLIT.has(base) ? `${base} (${key.endsWith('+') ? '+' : '\u2212'})` : key;
  return { row, name: table[base] ?? null };
}
