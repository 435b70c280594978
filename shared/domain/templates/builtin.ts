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
  move('Bankavgift', 'both', '6570', '1930', 'Bankens avgifter (momsfria).'),
  move('Ränteintäkt', 'both', '1930', '8310', 'Ränta på företagskontot.'),
  move('Räntekostnad', 'both', '8410', '1930', 'Ränta på lån.'),
  { name: 'Lön', form: 'AB', description: 'Bruttolön med preliminärskatt 30 % och arbetsgivaravgifter 31,42 %; justera skatten efter skattetabellen.', lines: salaryLines },
];
