/**
 * The K2 statements' lines (ÅRL bilaga 1 and 2, kostnadsslagsindelad resultaträkning). The income
 * statement takes the INK2R rows (the same BAS coupling), so the årsredovisning and INK2R always
 * agree; the balance sheet splits INK2R's merged rows into ÅRL's items by BAS range.
 */
import { type RowDef, ranges } from '../sru/mapping.js';

/** A line of the income statement: the INK2R rows that add and subtract. */
export interface IncomeLine { label: string; plus: readonly string[]; minus: readonly string[] }
export interface IncomeBlock { lines: readonly IncomeLine[]; subtotal: string }

export const K2_INCOME: readonly IncomeBlock[] = [
  { subtotal: 'Rörelseresultat', lines: [
    { label: 'Nettoomsättning', plus: ['3.1'], minus: [] },
    { label: 'Förändring av lager av produkter i arbete, färdiga varor och pågående arbete för annans räkning', plus: ['3.2+'], minus: ['3.2'] },
    { label: 'Aktiverat arbete för egen räkning', plus: ['3.3'], minus: [] },
    { label: 'Övriga rörelseintäkter', plus: ['3.4'], minus: [] },
    { label: 'Råvaror och förnödenheter', plus: [], minus: ['3.5'] },
    { label: 'Handelsvaror', plus: [], minus: ['3.6'] },
    { label: 'Övriga externa kostnader', plus: [], minus: ['3.7'] },
    { label: 'Personalkostnader', plus: [], minus: ['3.8'] },
    { label: 'Av- och nedskrivningar av materiella och immateriella anläggningstillgångar', plus: [], minus: ['3.9'] },
    { label: 'Nedskrivningar av omsättningstillgångar utöver normala nedskrivningar', plus: [], minus: ['3.10'] },
    { label: 'Övriga rörelsekostnader', plus: [], minus: ['3.11'] },
  ] },
  { subtotal: 'Resultat efter finansiella poster', lines: [
    { label: 'Resultat från andelar i koncernföretag', plus: ['3.12+'], minus: ['3.12'] },
    { label: 'Resultat från andelar i intresseföretag och gemensamt styrda företag', plus: ['3.13+'], minus: ['3.13'] },
    { label: 'Resultat från övriga företag som det finns ett ägarintresse i', plus: ['3.14+'], minus: ['3.14'] },
    { label: 'Resultat från övriga finansiella anläggningstillgångar', plus: ['3.15+'], minus: ['3.15'] },
    { label: 'Övriga ränteintäkter och liknande resultatposter', plus: ['3.16'], minus: [] },
    { label: 'Nedskrivningar av finansiella anläggningstillgångar och kortfristiga placeringar', plus: [], minus: ['3.17'] },
    { label: 'Räntekostnader och liknande resultatposter', plus: [], minus: ['3.18'] },
  ] },
  { subtotal: 'Resultat före skatt', lines: [
    { label: 'Erhållna koncernbidrag', plus: ['3.20'], minus: [] },
    { label: 'Lämnade koncernbidrag', plus: [], minus: ['3.19'] },
    { label: 'Återföring av periodiseringsfond', plus: ['3.21'], minus: [] },
    { label: 'Avsättning till periodiseringsfond', plus: [], minus: ['3.22'] },
    { label: 'Förändring av överavskrivningar', plus: ['3.23+'], minus: ['3.23'] },
    { label: 'Övriga bokslutsdispositioner', plus: ['3.24+'], minus: ['3.24'] },
  ] },
  { subtotal: 'Årets resultat', lines: [{ label: 'Skatt på årets resultat', plus: [], minus: ['3.25'] }] },
];

export interface BalanceGroup { title: string; lines: readonly { label: string; def: RowDef }[] }
export interface BalanceSection { title: string; groups: readonly BalanceGroup[] }

const a = (label: string, ...specs: string[]) => ({ label, def: { ranges: ranges(...specs), row: label, side: 'debit' as const } });
const l = (label: string, ...specs: string[]) => ({ label, def: { ranges: ranges(...specs), row: label, side: 'credit' as const } });

export const K2_ASSETS: readonly BalanceSection[] = [
  { title: 'Anläggningstillgångar', groups: [
    { title: 'Immateriella anläggningstillgångar', lines: [
      a('Koncessioner, patent, licenser, varumärken samt liknande rättigheter', '1000-1059', '1090-1099'), a('Hyresrätter och liknande rättigheter', '1060-1069'),
      a('Goodwill', '1070-1079'), a('Förskott avseende immateriella anläggningstillgångar', '1080-1089')] },
    { title: 'Materiella anläggningstillgångar', lines: [
      a('Byggnader och mark', '1100-1119', '1130-1179', '1190-1199'), a('Förbättringsutgifter på annans fastighet', '1120-1129'),
      a('Maskiner och andra tekniska anläggningar', '1210-1219'), a('Inventarier, verktyg och installationer', '1200-1209', '1220-1279'),
      a('Pågående nyanläggningar och förskott avseende materiella anläggningstillgångar', '1180-1189', '1280-1289'), a('Övriga materiella anläggningstillgångar', '1290-1299')] },
    { title: 'Finansiella anläggningstillgångar', lines: [
      a('Andelar i koncernföretag', '1310-1319'), a('Fordringar hos koncernföretag', '1320-1329'), a('Andelar i intresseföretag och gemensamt styrda företag', '1330-1339'),
      a('Fordringar hos intresseföretag och gemensamt styrda företag', '1340-1349'), a('Andra långfristiga värdepappersinnehav', '1350-1359'),
      a('Lån till delägare eller närstående', '1360-1369'), a('Andra långfristiga fordringar', '1300-1309', '1370-1399')] },
  ] },
  { title: 'Omsättningstillgångar', groups: [
    { title: 'Varulager m.m.', lines: [
      a('Råvaror och förnödenheter', '1410-1429'), a('Varor under tillverkning', '1440-1449'), a('Färdiga varor och handelsvaror', '1450-1469'),
      a('Pågående arbete för annans räkning', '1470-1479'), a('Förskott till leverantörer', '1480-1489'), a('Övriga lagertillgångar', '1400-1409', '1430-1439', '1490-1499')] },
    { title: 'Kortfristiga fordringar', lines: [
      a('Kundfordringar', '1500-1559', '1580-1599'), a('Fordringar hos koncernföretag', '1560-1569', '1660-1669'),
      a('Fordringar hos intresseföretag och gemensamt styrda företag', '1570-1579', '1670-1679'), a('Övriga fordringar', '1600-1619', '1630-1659', '1680-1699'),
      a('Upparbetad men ej fakturerad intäkt', '1620-1629'), a('Förutbetalda kostnader och upplupna intäkter', '1700-1799')] },
    { title: 'Kortfristiga placeringar', lines: [a('Andelar i koncernföretag', '1860-1869'), a('Övriga kortfristiga placeringar', '1800-1859', '1870-1899')] },
    { title: 'Kassa och bank', lines: [a('Kassa och bank', '1900-1999')] },
  ] },
];

export const K2_EQUITY_LIABILITIES: readonly BalanceSection[] = [
  { title: 'Eget kapital', groups: [
    { title: 'Bundet eget kapital', lines: [l('Aktiekapital', '2080-2081', '2083-2084', '2088-2089'), l('Ej registrerat aktiekapital', '2082'),
      l('Uppskrivningsfond', '2085'), l('Reservfond', '2086'), l('Bunden överkursfond', '2087')] },
    { title: 'Fritt eget kapital', lines: [l('Fri överkursfond', '2097'), l('Balanserat resultat', '2000-2079', '2090-2096', '2098'), l('Årets resultat', '2099')] },
  ] },
  { title: 'Obeskattade reserver', groups: [{ title: '', lines: [l('Periodiseringsfonder', '2110-2139'), l('Ackumulerade överavskrivningar', '2150-2159'),
    l('Övriga obeskattade reserver', '2100-2109', '2140-2149', '2160-2199')] }] },
  { title: 'Avsättningar', groups: [{ title: '', lines: [
    l('Avsättningar för pensioner och liknande förpliktelser enligt lagen (1967:531) om tryggande av pensionsutfästelse m.m.', '2210-2219'),
    l('Övriga avsättningar för pensioner och liknande förpliktelser', '2230-2239'), l('Övriga avsättningar', '2200-2209', '2220-2229', '2240-2299')] }] },
  { title: 'Långfristiga skulder', groups: [{ title: '', lines: [l('Obligationslån', '2310-2329'), l('Checkräkningskredit', '2330-2339'),
    l('Övriga skulder till kreditinstitut', '2340-2359'), l('Skulder till koncernföretag', '2360-2369'), l('Skulder till intresseföretag och gemensamt styrda företag', '2370-2379'),
    l('Övriga långfristiga skulder', '2300-2309', '2380-2399')] }] },
  { title: 'Kortfristiga skulder', groups: [{ title: '', lines: [l('Checkräkningskredit', '2480-2489'), l('Övriga skulder till kreditinstitut', '2410-2419'),
    l('Förskott från kunder', '2420-2429'), l('Pågående arbete för annans räkning', '2430-2439'), l('Fakturerad men ej upparbetad intäkt', '2450-2459'),
    l('Leverantörsskulder', '2440-2449'), l('Växelskulder', '2492'), l('Skulder till koncernföretag', '2460-2469', '2860-2869'),
    l('Skulder till intresseföretag och gemensamt styrda företag', '2470-2479', '2870-2879'), l('Skatteskulder', '2500-2599'),
    l('Övriga skulder', '2400-2409', '2490-2491', '2493-2499', '2600-2859', '2880-2899'), l('Upplupna kostnader och förutbetalda intäkter', '2900-2999')] }] },
];
