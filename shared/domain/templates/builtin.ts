import type { Template, TemplateLine } from './template.js';

const cost = (name: string, account: string, rate: string, form: Template['form'] = 'both', pay = '1930'): Template => ({
  name, form, description: `Kostnad på ${account} med ${rate} % ingående moms, betald från ${pay}.`,
  lines: [
    { account, rule: 'rest' },
    { account: '2641', rule: 'vat', rate, sign: 1 },
    { account: pay, rule: 'total', sign: -1 },
  ],
});

const sale = (name: string, account: string, vatAccount: string, rate: string, debit = '1930'): Template => ({
  name, form: 'both', description: `Försäljning på ${account} med ${rate} % utgående moms.`,
  lines: [
    { account: debit, rule: 'total', sign: 1 },
    { account, rule: 'rest' },
    { account: vatAccount, rule: 'vat', rate, sign: -1 },
  ],
});

const move = (name: string, form: Template['form'], debit: string, credit: string, description: string): Template => ({
  name, form, description,
  lines: [{ account: debit, rule: 'total', sign: 1 }, { account: credit, rule: 'total', sign: -1 }],
});

/**
 * Reverse charge and import (case C13): the amount entered is the base without VAT; it is booked
 * on the 44xx/45xx account whose VAT code feeds box 20–24 or 50, and the VAT is computed at the
 * full rate ON TOP of the base (share 25 %, never 20 %) as output VAT and as input VAT.
 */
const selfAssessed = (name: string, base: string, output: string, input: string, pay: string, description: string): Template => ({
  name, form: 'both', description,
  lines: [
    { account: base, rule: 'total', sign: 1 },
    { account: input, rule: 'share', percent: '25', sign: 1 },
    { account: output, rule: 'share', percent: '25', sign: -1 },
    { account: pay, rule: 'total', sign: -1 },
  ],
});

const salaryLines: TemplateLine[] = [
  { account: '7210', rule: 'total', sign: 1, text: 'Bruttolön' },
  { account: '2710', rule: 'share', percent: '30', sign: -1, text: 'Avdragen preliminärskatt' },
  { account: '1930', rule: 'rest', text: 'Utbetald nettolön' },
  { account: '7510', rule: 'share', percent: '31.42', sign: 1, text: 'Arbetsgivaravgifter' },
  { account: '2730', rule: 'share', percent: '31.42', sign: -1, text: 'Skuld arbetsgivaravgifter' },
];

/**
 * The konteringsmallar every new company gets. They are data: a user can add more, and any
 * voucher can be saved as one.
 */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  cost('Kontorsmaterial 25 %', '6110', '25'),
  cost('Förbrukningsinventarier 25 %', '5410', '25'),
  cost('Förbrukningsmaterial 25 %', '5460', '25'),
  cost('Programvara 25 %', '5420', '25'),
  cost('Mobiltelefon 25 %', '6212', '25'),
  cost('Internet och datakommunikation 25 %', '6230', '25'),
  cost('Inköp varor 25 %', '4000', '25'),
  cost('Inköp livsmedel 12 %', '4000', '12'),
  cost('Hotell 12 %', '5831', '12'),
  cost('Facklitteratur 6 %', '6970', '6'),
  cost('Resa (tåg, taxi, buss) 6 %', '5810', '6'),
  cost('Leverantörsfaktura 25 %', '4000', '25', 'both', '2440'),
  cost('Privat utlägg 25 %', '6110', '25', 'EF', '2018'),
  cost('Privat utlägg 25 % (AB)', '6110', '25', 'AB', '2893'),
  sale('Försäljning 25 %', '3001', '2611', '25'),
  sale('Försäljning 12 %', '3002', '2621', '12'),
  sale('Försäljning 6 %', '3003', '2631', '6'),
  sale('Kundfaktura 25 %', '3001', '2611', '25', '1510'),
  move('Kundinbetalning', 'both', '1930', '1510', 'Kunden betalar en faktura till företagskontot.'),
  move('Betalning av leverantörsskuld', 'both', '2440', '1930', 'Betalning av en leverantörsfaktura.'),
  move('Eget uttag', 'EF', '2013', '1930', 'Pengar som ägaren tar ut till privat bruk.'),
  move('Egen insättning', 'EF', '1930', '2018', 'Pengar som ägaren sätter in i firman.'),
  move('Betalning till skattekontot', 'both', '1630', '1930', 'Insättning på skattekontot.'),
  move('F-skatt (enskild firma)', 'EF', '2013', '1630', 'Debiterad preliminärskatt dras från skattekontot; för en enskild firma är det ett eget uttag.'),
  move('F-skatt (aktiebolag)', 'AB', '2518', '1630', 'Debiterad preliminärskatt dras från skattekontot.'),
  move('Moms till skattekontot', 'both', '2650', '1630', 'Momsen enligt deklarationen dras från skattekontot.'),
  move('Årsstämma: vinst balanseras i ny räkning', 'AB', '2098', '2091',
    'Årsstämmans beslut om föregående års vinst: från 2098 till balanserad vinst 2091 (beloppet som står på 2098).'),
  move('Årsstämma: förlust balanseras i ny räkning', 'AB', '2091', '2098',
    'Årsstämmans beslut om föregående års förlust: från 2098 till balanserad förlust 2091.'),
  move('Årsstämma: beslutad utdelning', 'AB', '2098', '2898',
    'Utdelning som årsstämman beslutat: skuld till aktieägarna på 2898 tills den betalas ut.'),
  move('Bankavgift', 'both', '6570', '1930', 'Bankens avgifter (momsfria).'),
  move('Ränteintäkt', 'both', '1930', '8310', 'Ränta på företagskontot.'),
  move('Räntekostnad', 'both', '8410', '1930', 'Ränta på lån.'),
  selfAssessed('EU-inköp varor, omvänd betalningsskyldighet 25 %', '4515', '2614', '2645', '2440',
    'Varor från annat EU-land utan moms på fakturan: underlaget i ruta 20, moms 25 % ovanpå i ruta 30 och 48.'),
  selfAssessed('EU-inköp tjänster, omvänd betalningsskyldighet 25 %', '4535', '2614', '2645', '2440',
    'Tjänst från annat EU-land (t.ex. annonser): underlaget i ruta 21, moms 25 % ovanpå i ruta 30 och 48.'),
  selfAssessed('Tjänst utanför EU, t.ex. programvara med kort, 25 %', '4531', '2614', '2645', '1930',
    'Tjänst från land utanför EU betald med kort: bankens belopp i kronor är underlaget (ruta 22), moms 25 % i ruta 30 och 48. Skriv originalbeloppet i texten.'),
  selfAssessed('Import av varor 25 %', '4545', '2615', '2645', '2440',
    'Import när momsen redovisas till Skatteverket: beskattningsunderlaget i ruta 50, moms 25 % i ruta 60 och 48.'),
  selfAssessed('Byggtjänster köpta, omvänd betalningsskyldighet 25 %', '4425', '2614', '2647', '2440',
    'Byggtjänst från underentreprenör utan moms på fakturan: underlaget i ruta 24, moms 25 % i ruta 30 och 48.'),
  move('Byggtjänster sålda, omvänd betalningsskyldighet', 'both', '1510', '3231',
    'Byggtjänst till byggföretag utan moms; fakturan ska ha köparens VAT-nummer och texten "Omvänd betalningsskyldighet". Ruta 41.'),
  { name: 'Lön', form: 'AB', description: 'Bruttolön med preliminärskatt 30 % och arbetsgivaravgifter 31,42 %; justera skatten efter skattetabellen.', lines: salaryLines },
];
