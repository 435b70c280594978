/**
 * Handlers for the records outside voucher blocks: identification, chart of accounts and
 * balances. Vouchers are read by voucherReader.ts because they span several lines.
 */
import type { SieToken } from './lexer.js';
import { type ParseCtx, account, amount, date, error, int, objects, quantity, rest, str, warn, warnOnce } from './fields.js';
import type { AccountType, SieText } from './types.js';

type Handler = (ctx: ParseCtx, f: SieToken[]) => void;

function text(ctx: ParseCtx, value: string): SieText {
  return { value, line: ctx.line };
}

const KTYPES = new Set(['T', 'S', 'K', 'I']);

const header: Record<string, Handler> = {
  '#FLAGGA': (ctx, f) => { ctx.doc.flagga = text(ctx, str(f, 0)); },
  '#PROGRAM': (ctx, f) => { ctx.doc.program = { name: str(f, 0), version: rest(f, 1), line: ctx.line }; },
  '#FORMAT': (ctx, f) => { ctx.doc.format = text(ctx, str(f, 0)); },
  '#GEN': (ctx, f) => {
    ctx.doc.gen = { date: date(ctx, f[0], 'genereringsdatum', false), sign: str(f, 1) || null, line: ctx.line };
  },
  '#SIETYP': (ctx, f) => {
    const t = str(f, 0);
    if (!/^[1-4]$/.test(t)) warn(ctx, 'sie-type-mismatch', `SIE-typen "${t}" är okänd; filen läses som typ 4`);
    ctx.doc.sieType = text(ctx, t);
  },
  '#PROSA': (ctx, f) => { ctx.doc.prosa.push(text(ctx, rest(f, 0))); },
  '#FTYP': (ctx, f) => { ctx.doc.ftyp = text(ctx, str(f, 0)); },
  '#FNR': (ctx, f) => { ctx.doc.fnr = text(ctx, str(f, 0)); },
  '#ORGNR': (ctx, f) => {
    ctx.doc.orgnr = { raw: str(f, 0), acquisitionNo: str(f, 1) || null, activityNo: str(f, 2) || null, line: ctx.line };
  },
  '#BKOD': (ctx, f) => { ctx.doc.bkod = text(ctx, str(f, 0)); },
  '#ADRESS': (ctx, f) => {
    ctx.doc.address = { contact: str(f, 0), street: str(f, 1), postal: str(f, 2), phone: str(f, 3), line: ctx.line };
  },
  '#FNAMN': (ctx, f) => { ctx.doc.companyName = text(ctx, rest(f, 0)); },
  '#RAR': (ctx, f) => {
    const index = int(ctx, f[0], 'årsnumret');
    if (index === null) return;
    const start = date(ctx, f[1], 'räkenskapsårets början', false);
    const end = date(ctx, f[2], 'räkenskapsårets slut', false);
    if (start === null || end === null) warn(ctx, 'sie-missing-field', `räkenskapsår ${index} saknar datum`);
    else if (end < start) {
      error(ctx, 'sie-bad-fiscal-year', `räkenskapsår ${index} slutar (${end}) före det börjar (${start})`);
      return;
    }
    ctx.doc.fiscalYears.push({ index, start, end, line: ctx.line });
  },
  '#TAXAR': (ctx, f) => {
    const t = str(f, 0);
    if (!/^\d{4}$/.test(t)) warn(ctx, 'sie-bad-number', `taxeringsåret "${t}" är inget årtal`);
    ctx.doc.taxYear = text(ctx, t);
  },
  '#OMFATTN': (ctx, f) => { ctx.doc.omfattn = { date: date(ctx, f[0], 'omfattningsdatum', false), line: ctx.line }; },
  '#KPTYP': (ctx, f) => { ctx.doc.chartType = text(ctx, str(f, 0)); },
  '#VALUTA': (ctx, f) => { ctx.doc.currency = text(ctx, str(f, 0)); },
};

function accountValue(list: 'units' | 'sru', what: string): Handler {
  return (ctx, f) => {
    const a = account(ctx, f[0]);
    if (a === null) return;
    const value = str(f, 1);
    if (value === '') return warn(ctx, 'sie-missing-field', `${what} för konto ${a} saknas och hoppas över`);
    ctx.doc[list].push({ account: a, value, line: ctx.line });
  };
}

const chart: Record<string, Handler> = {
  '#KONTO': (ctx, f) => {
    const a = account(ctx, f[0]);
    if (a !== null) ctx.doc.accounts.push({ number: a, name: rest(f, 1), line: ctx.line });
  },
  '#KTYP': (ctx, f) => {
    const a = account(ctx, f[0]);
    if (a === null) return;
    const t = str(f, 1).toUpperCase();
    if (!KTYPES.has(t)) return warn(ctx, 'sie-missing-field', `kontotypen "${str(f, 1)}" för konto ${a} är inte T, S, K eller I och hoppas över`);
    ctx.doc.accountTypes.push({ account: a, type: t as AccountType, line: ctx.line });
  },
  '#ENHET': accountValue('units', 'enheten'),
  '#SRU': accountValue('sru', 'SRU-koden'),
  '#DIM': (ctx, f) => {
    const dim = int(ctx, f[0], 'dimensionsnumret');
    if (dim !== null) ctx.doc.dimensions.push({ dim, name: rest(f, 1), parent: null, line: ctx.line });
  },
  '#UNDERDIM': (ctx, f) => {
    const dim = int(ctx, f[0], 'dimensionsnumret');
    const parent = int(ctx, f[2], 'överdimensionen');
    if (dim !== null && parent !== null) ctx.doc.dimensions.push({ dim, name: str(f, 1), parent, line: ctx.line });
  },
  '#OBJEKT': (ctx, f) => {
    const dim = int(ctx, f[0], 'dimensionsnumret');
    const id = str(f, 1);
    if (dim === null) return;
    if (id === '') return warn(ctx, 'sie-missing-field', 'objektnummer saknas; raden hoppas över');
    ctx.doc.objects.push({ dim, id, name: rest(f, 2), line: ctx.line });
  },
};

function yearBalance(kind: 'IB' | 'UB' | 'RES'): Handler {
  return (ctx, f) => {
    const yearIndex = int(ctx, f[0], 'årsnumret');
    const a = account(ctx, f[1]);
    const amt = amount(ctx, f[2]);
    if (yearIndex === null || a === null || amt === null) return;
    ctx.doc.balances.push({ kind, yearIndex, account: a, amount: amt, quantity: quantity(ctx, f[3]), line: ctx.line });
  };
}

/** Object balances; the object list is optional in practice, so a plain amount in its place is accepted. */
function objectBalance(kind: 'OIB' | 'OUB'): Handler {
  return (ctx, f) => {
    const yearIndex = int(ctx, f[0], 'årsnumret');
    const a = account(ctx, f[1]);
    const at = f[2]?.t === 'list' ? 3 : 2;
    const amt = amount(ctx, f[at]);
    if (yearIndex === null || a === null || amt === null) return;
    const objs = objects(ctx, f[2]);
    ctx.doc.objectBalances.push({ kind, yearIndex, account: a, objects: objs, amount: amt, quantity: quantity(ctx, f[at + 1]), line: ctx.line });
  };
}

const PERIOD = /^\d{4}(0[1-9]|1[0-2])$/;

function periodBalance(kind: 'PSALDO' | 'PBUDGET'): Handler {
  return (ctx, f) => {
    const yearIndex = int(ctx, f[0], 'årsnumret');
    let p = str(f, 1);
    let acc = f[2];
    if (!PERIOD.test(p) && PERIOD.test(str(f, 2))) {
      // Seen in a real file: account and period swapped; read so when only the account slot holds a month.
      warnOnce(ctx, `swap:${kind}`, 'sie-missing-field', `konto och period står i omvänd ordning (#${kind} årsnr period konto …); raderna läses ändå`);
      acc = f[1];
      p = str(f, 2);
    }
    const a = account(ctx, acc);
    const at = f[3]?.t === 'list' ? 4 : 3;
    const amt = amount(ctx, f[at]);
    if (yearIndex === null || a === null || amt === null) return;
    if (!PERIOD.test(p)) return void error(ctx, 'sie-bad-date', `perioden "${p}" är inte en månad (ÅÅÅÅMM)`);
    const period = `${p.slice(0, 4)}-${p.slice(4, 6)}`;
    const objs = objects(ctx, f[3]);
    ctx.doc.periodBalances.push({ kind, yearIndex, period, account: a, objects: objs, amount: amt, quantity: quantity(ctx, f[at + 1]), line: ctx.line });
  };
}

const balances: Record<string, Handler> = {
  '#IB': yearBalance('IB'),
  '#UB': yearBalance('UB'),
  '#RES': yearBalance('RES'),
  '#OIB': objectBalance('OIB'),
  '#OUB': objectBalance('OUB'),
  '#PSALDO': periodBalance('PSALDO'),
  '#PBUDGET': periodBalance('PBUDGET'),
};

/** Every label handled outside voucher blocks, by upper-case label. */
export const RECORD_HANDLERS: Record<string, Handler> = { ...header, ...chart, ...balances };
