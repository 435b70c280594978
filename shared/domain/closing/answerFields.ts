/**
 * The answers file's keys with their Swedish label and default (CLI help, the wizard, README),
 * and the template `year-end --write-answers` and the wizard start from.
 */
export interface AnswerField { key: string; label: string; default: string; forms: ('EF' | 'AB')[] }

const both: ('EF' | 'AB')[] = ['EF', 'AB'];
const f = (key: string, label: string, def: string, forms = both): AnswerField => ({ key, label, default: def, forms });

export const ANSWER_FIELDS: readonly AnswerField[] = [
  f('company.activity', 'Verksamhetens art (NE 7020)', 'tomt'), f('company.address', 'Utdelningsadress (INFO.SRU)', 'tomt'),
  f('company.postalCode', 'Postnummer (INFO.SRU, krävs för SRU-filerna)', 'tomt'), f('company.city', 'Postort (INFO.SRU, krävs för SRU-filerna)', 'tomt'),
  f('company.contact', 'Kontaktperson', 'tomt'), f('company.email', 'E-post', 'tomt'), f('company.phone', 'Telefon', 'tomt'),
  f('company.personnummer', 'Ägarens personnummer med 12 siffror', 'företagets identitet', ['EF']),
  f('accruals[]', 'Periodiseringar: text, account (resultatkonto), balanceAccount (17xx/29xx), amount (debet +); återförs 1:a dagen nästa år', 'inga'),
  f('assets[]', 'Nya inventarier: id, name, acquired, cost, lifeYears, assetAccount, method auto|plan|direct', 'inga (registret används)'),
  f('inventory[]', 'Lager: account (14xx), value (inventerat värde), changeAccount', 'inget lager'),
  f('unpaidCustomerInvoices[]', 'Kontantmetoden: obetalda kundfakturor (counterparty, gross, vatRate, account)', 'inga'),
  f('unpaidSupplierInvoices[]', 'Kontantmetoden: obetalda leverantörsfakturor (counterparty, gross, vatRate, account)', 'inga'),
  f('ne.nonDeductible', 'R13 Bokförda kostnader som inte ska dras av', 'auto: saldot på 6072, 6982, 6992, 7622, 7632, 8423', ['EF']),
  f('ne.nonTaxable', 'R14 Bokförda intäkter som inte ska tas upp', 'auto: saldot på 8314', ['EF']),
  f('ne.incomeNotBooked', 'R15 Intäkter som inte bokförts', '0', ['EF']), f('ne.costsNotBooked', 'R16 Kostnader som inte bokförts (t.ex. hemmakontor)', '0', ['EF']),
  f('ne.previousDeficit', 'R24 Outnyttjat underskott från föregående år', '0', ['EF']),
  f('ne.capitalBase', 'Kapitalunderlag för räntefördelning (kan vara negativt)', '0 (ingen räntefördelning)', ['EF']),
  f('ne.positiveInterestAllocation', 'Gör positiv räntefördelning när underlaget överstiger 50 000 kr', 'true', ['EF']),
  f('ne.statslaneranta', 'Statslåneräntan 30 november föregående år, procent', 'auto: Konteras tabell', ['EF']),
  f('ne.periodiseringsfondReversal', 'R32 Återföring av periodiseringsfond', '0', ['EF']),
  f('ne.periodiseringsfondAllocation', 'R34 Avsättning till periodiseringsfond: belopp eller "max" (30 %)', '0', ['EF']),
  f('ne.expansionIncrease', 'R36 Ökning av expansionsfond: belopp eller "max"', '0', ['EF']), f('ne.expansionDecrease', 'R37 Minskning av expansionsfond', '0', ['EF']),
  f('ne.pension', 'R38 Egna pensionspremier (R39 beräknas)', '0', ['EF']),
  f('ne.previousEgenavgiftDeduction', 'R40 Förra årets avdrag för egenavgifter (förra årets R43)', '0', ['EF']),
  f('ne.egenavgifterCharged', 'R41 Påförda egenavgifter enligt slutskattebeskedet', '0', ['EF']),
  f('ne.egenavgiftSchablon', 'R43 Schablonavdrag för egenavgifter, 25 % av R42', 'true', ['EF']), f('ne.sickPay', 'R44 Sjukpenning', '0', ['EF']),
  f('ne.simplifiedAccounts', 'Förenklat årsbokslut (K1) tillämpas; false kryssar NE 7023', 'auto: ja om nettoomsättningen är högst 3 000 000 kr', ['EF']),
  f('ne.periodiseringsfonderAtStart', 'U1 Periodiseringsfonder vid årets början (R34/R32 läggs till/dras av)', '0', ['EF']),
  f('ne.expansionsfondAtStart', 'U2 Expansionsfond vid årets början (R36/R37 läggs till/dras av)', '0', ['EF']),
  f('ne.disclosures', 'U4 Övriga upplysningar (skogskonto, upphovsmannakonto m.m.)', 'tomt ("Inga")', ['EF']),
  f('ab.nonDeductible', '4.3c Andra bokförda kostnader som inte ska dras av', 'auto: saldot på 6072, 6982, 6992, 7622, 7632, 8423', ['AB']),
  f('ab.nonTaxable', '4.5c Andra bokförda intäkter som inte ska tas upp', 'auto: saldot på 8314', ['AB']),
  f('ab.otherCostsNotBooked', '4.4b Andra ej bokförda kostnader', '0', ['AB']), f('ab.otherIncomeNotBooked', '4.6e Andra ej bokförda intäkter', '0', ['AB']),
  f('ab.reversalUplift', '4.6d Uppräknat belopp vid återföring av periodiseringsfond (äldre fonder)', '0', ['AB']),
  f('ab.otherPlus', '4.13 Andra skattemässiga justeringar (+)', '0', ['AB']), f('ab.otherMinus', '4.13 Andra skattemässiga justeringar (−)', '0', ['AB']),
  f('ab.previousDeficit', '4.14a Outnyttjat underskott från föregående år', '0', ['AB']),
  f('ab.periodiseringsfond', 'Avsättning till periodiseringsfond: belopp eller "max" (25 %)', '0', ['AB']),
  f('ab.periodiseringsfondReversals[]', 'Återföring av periodiseringsfond: account, amount (fonder äldre än sex år återförs alltid)', 'inga', ['AB']),
  f('ab.statslaneranta', 'Statslåneräntan 30 november föregående år (schablonintäkt), procent', 'auto: Konteras tabell', ['AB']),
  f('ab.taxRate', 'Bolagsskatt, procent', 'auto: 20.6', ['AB']), f('ab.purchases', 'Inköp i 40–47 är "handelsvaror" eller "ravaror"', 'handelsvaror', ['AB']),
  f('annualReport.seat', 'Säte (kommun)', 'tomt', ['AB']), f('annualReport.activity', 'Verksamheten (förvaltningsberättelsen)', 'tomt', ['AB']),
  f('annualReport.significantEvents', 'Väsentliga händelser under räkenskapsåret', 'tomt ("Inga väsentliga händelser")', ['AB']),
  f('annualReport.employees', 'Medelantalet anställda (EF: skrivs i upplysningarna när firman haft personal)', '0'),
  f('annualReport.multiYear[]', 'Äldre år till flerårsöversikten: year, netTurnover, resultAfterFinancial, solidity', 'inga (år i filen används)', ['AB']),
  f('annualReport.dividend', 'Föreslagen utdelning', '0', ['AB']), f('annualReport.pledgedAssets', 'Ställda säkerheter', 'Inga', ['AB']),
  f('annualReport.contingentLiabilities', 'Eventualförpliktelser', 'Inga', ['AB']),
  f('consultantAssisted', 'Redovisningskonsult har biträtt', 'false'), f('audited', 'Årsredovisningen är reviderad', 'false', ['AB']),
  f('signatures[]', 'Underskrifter: name, role (EF: den första är innehavaren, vars namn även blir #NAMN i SRU-filerna)', 'inga'), f('signPlace', 'Ort för underskrift', 'tomt'), f('signDate', 'Datum för underskrift (ÅÅÅÅ-MM-DD)', 'tomt'),
];

/**
 * The answers file with every key at its default, for one company form.
 * @example (answersTemplate('AB', '2025-01-01').ab as { periodiseringsfond: string }).periodiseringsfond // '0'
 */
export function answersTemplate(form: 'EF' | 'AB', fiscalYear: string): Record<string, unknown> {
  const common = {
    version: 1, fiscalYear,
    company: { activity: '', address: '', postalCode: '', city: '', contact: '', email: '', phone: '', ...(form === 'EF' ? { personnummer: '' } : {}) },
    accruals: [], assets: [], inventory: [], unpaidCustomerInvoices: [], unpaidSupplierInvoices: [],
    consultantAssisted: false, signatures: [], signPlace: '', signDate: '',
  };
  if (form === 'EF') {
    return { ...common, ne: {
      nonDeductible: 'auto', nonTaxable: 'auto', incomeNotBooked: '0', costsNotBooked: '0', previousDeficit: '0', capitalBase: '0',
      positiveInterestAllocation: true, statslaneranta: 'auto', periodiseringsfondReversal: '0', periodiseringsfondAllocation: '0',
      expansionIncrease: '0', expansionDecrease: '0', pension: '0', previousEgenavgiftDeduction: '0', egenavgifterCharged: '0', egenavgiftSchablon: true, sickPay: '0',
      simplifiedAccounts: 'auto', periodiseringsfonderAtStart: '0', expansionsfondAtStart: '0', disclosures: '',
    }, annualReport: { employees: 0 } };
  }
  return { ...common, audited: false,
    ab: { nonDeductible: 'auto', nonTaxable: 'auto', otherCostsNotBooked: '0', otherIncomeNotBooked: '0', reversalUplift: '0', otherPlus: '0', otherMinus: '0', previousDeficit: '0',
      periodiseringsfond: '0', periodiseringsfondReversals: [], statslaneranta: 'auto', taxRate: 'auto', purchases: 'handelsvaror' },
    annualReport: { seat: '', activity: '', significantEvents: '', employees: 0, multiYear: [], dividend: '0', pledgedAssets: 'Inga', contingentLiabilities: 'Inga' },
  };
}

/**
 * The answers-file key a problem's field path points at, written as in the answers file
 * ('company.postalCode', 'accruals[0].account'), or null when the path is no answer.
 * @example answerKeyOf('accruals.0.account') // 'accruals[0].account'
 */
export function answerKeyOf(path: string | undefined): string | null {
  if (!path) return null;
  const parts = path.split('.');
  const keys = new Set(ANSWER_FIELDS.map((x) => x.key));
  const array = parts.length > 1 && /^\d+$/.test(parts[1]!) ? `${parts[0]}[]` : null;
  if (array && keys.has(array)) return `${parts[0]}[${parts[1]}]${parts.slice(2).map((p) => `.${p}`).join('')}`;
  if (keys.has(path)) return path;
  const nested = parts.length > 2 && /^\d+$/.test(parts[2]!) ? `${parts[0]}.${parts[1]}[]` : null;
  if (nested && keys.has(nested)) return `${parts[0]}.${parts[1]}[${parts[2]}]${parts.slice(3).map((p) => `.${p}`).join('')}`;
  return null;
}

/**
 * A problem with an answer's path names its key: "… Ange svaret company.postalCode i svarsfilen
 * eller i guiden." (unchanged when the path is no answer).
 */
export function withAnswerKey<P extends { message: string; path?: string }>(p: P): P {
  const key = answerKeyOf(p.path);
  return key ? { ...p, message: `${p.message.trimEnd()} Ange svaret ${key} i svarsfilen eller i guiden.` } : p;
}
