/**
 * What an import of one statement file onto one bank account will do, computed from the file and
 * the rows already stored. The same function serves the preview and, inside the import's write
 * transaction, the import itself; the fingerprint says whether the two are the same plan.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/connection.js';
import { getAccount, listAccounts } from '../../db/repos/accounts.repo.js';
import { bankAccount, bankRowsBetween, rowAmounts, statementBySha, statementsOf } from '../../db/repos/bank.repo.js';
import { planBankImport, type DedupPlan, type DedupRow } from '../../../shared/domain/bank/dedup.js';
import type { BankRow, BankStatement } from '../../../shared/domain/bank/types.js';
import { anchorGaps, anchorsOf, type StatementSpan } from '../../../shared/domain/bank/reconcile.js';
import { isTaxLedgerAccount } from '../../../shared/domain/bank/taxAccount.js';
import { cardAccountOf, isCardFormat } from '../../../shared/domain/bank/cardAccount.js';
import { formatName } from '../../../shared/domain/bank/parse.js';
import { outsideYearWarnings } from '../../../shared/domain/bank/outsideYears.js';
import { listFiscalYears } from '../../db/repos/fiscalYears.repo.js';
import { addDays, type IsoDate } from '../../../shared/domain/dates/isoDate.js';
import { formatSv } from '../../../shared/domain/money/format.js';
import { ore, type Ore } from '../../../shared/domain/money/ore.js';
import type { Problem } from '../../../shared/domain/result.js';
import { type HandlerResult, done, refuse } from '../result.js';
import type { LoadedBankFile } from './bankFile.js';

const TOLERANCE_DAYS = 3;

export interface IncomingRow {
  /** 1-based statement of the file. */
  part: number;
  /** 1-based position in its statement (chronological). */
  seq: number;
  row: BankRow;
}

export interface ImportPlan {
  account: string;
  accountName: string;
  newAccount: boolean;
  format: BankStatement['format'];
  /** 0-based indexes of the file's statements that are imported. */
  selected: number[];
  incoming: IncomingRow[];
  plan: DedupPlan;
  /** Ids of the stored rows the plan's `existing` indexes point at. */
  existingIds: number[];
  alreadyImported: boolean;
  skipped: { part: number; line: number; message: string }[];
  warnings: Problem[];
  fingerprint: string;
}

const normAccount = (s: string | null | undefined) => (s ?? '').replace(/[\s-]/g, '').toUpperCase();

function selectStatements(statements: readonly BankStatement[], wanted: number | undefined): HandlerResult<number[]> {
  if (wanted !== undefined) {
    if (wanted > statements.length) return refuse('bank-statement-not-found', `Filen innehåller ${statements.length} kontoutdrag; nummer ${wanted} finns inte.`, { path: 'statement' });
    return done([wanted - 1]);
  }
  const accounts = [...new Set(statements.map((s) => normAccount(s.account)).filter((a) => a !== ''))];
  if (accounts.length > 1) {
    const list = statements.map((s, i) => `${i + 1}: ${s.account ?? 'okänt konto'}`).join(', ');
    return refuse('bank-several-accounts', `Filen innehåller kontoutdrag för ${accounts.length} olika konton (${list}). Välj vilket som ska importeras till det här kontot (--statement N).`, { path: 'statement' });
  }
  return done(statements.map((_, i) => i));
}

function checkAccount(db: Db, account: string, chosen: readonly BankStatement[]): HandlerResult<{ name: string; isNew: boolean }> {
  const ledger = getAccount(db, account);
  if (!ledger) return refuse('unknown-account', `Konto ${account} finns inte i kontoplanen. Lägg till det eller välj ett annat konto (t.ex. 1930).`, { path: 'account' });
  if (ledger.statement !== 'BR')
    return refuse('bank-account-invalid', `Konto ${account} ${ledger.name} är ett resultatkonto. Bankrader hör hemma på ett balanskonto som 1930 Företagskonto eller 1630 Skattekonto.`, { path: 'account' });
  const existing = bankAccount(db, account);
  const currency = existing?.currency ?? 'SEK';
  const foreign = chosen.find((s) => s.currency !== currency);
  if (foreign)
    return refuse('bank-currency-mismatch', `Kontoutdraget är i ${foreign.currency} men konto ${account} förs i ${currency}. Importera kontoutdrag i ${currency}, eller välj ett konto för ${foreign.currency}.`, { path: 'account' });
  const shown = chosen.find((s) => s.account)?.account;
  const source = normAccount(shown);
  if (source !== '') {
    const all = statementsOf(db).filter((s) => normAccount(s.source_account) !== '');
    const mine = all.filter((s) => s.account === account);
    if (mine.length > 0 && !mine.some((s) => normAccount(s.source_account) === source))
      return refuse('bank-account-mismatch', `Filen gäller bankkonto ${shown}, men ${account} har tidigare fått kontoutdrag för ${mine[0]!.source_account}. Välj rätt konto i bokföringen.`, { path: 'account' });
    const elsewhere = all.find((s) => s.account !== account && normAccount(s.source_account) === source);
    if (elsewhere)
      return refuse('bank-account-mismatch', `Kontoutdrag för bankkonto ${shown} har tidigare importerats till ${elsewhere.account}, inte ${account}. Välj ${elsewhere.account}.`, { path: 'account' });
  }
  return done({ name: existing?.name ?? ledger.name, isNew: !existing });
}

function gapWarnings(db: Db, account: string, incoming: readonly IncomingRow[], plan: DedupPlan, chosen: readonly BankStatement[]): Problem[] {
  const spans: StatementSpan[] = statementsOf(db, account).map((s) => ({ firstDate: s.first_date as IsoDate | null, lastDate: s.last_date as IsoDate | null, opening: s.opening_balance as Ore | null, closing: s.closing_balance as Ore | null }));
  for (const s of chosen) {
    const dates = s.rows.map((r) => r.bookingDate).sort();
    spans.push({ firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null, opening: s.openingBalance ?? null, closing: s.closingBalance ?? null });
  }
  const rows = [...rowAmounts(db, account), ...plan.newRows.map((i) => ({ date: incoming[i]!.row.bookingDate, amount: incoming[i]!.row.amount }))];
  return anchorGaps(anchorsOf(spans), rows).map((g) => ({
    code: 'bank-balance-gap',
    message: `Saldot ${g.from} plus raderna fram till ${g.to} blir ${formatSv(g.computed)}, men kontoutdraget anger ${formatSv(g.stated)} (skillnad ${formatSv(ore(g.stated - g.computed))}). Rader saknas mellan kontoutdragen; importera den perioden också.`,
  }));
}

function fingerprintOf(account: string, file: LoadedBankFile, selected: number[], incoming: readonly IncomingRow[], plan: DedupPlan, ids: number[]): string {
  const canon = {
    v: 1, account, sha256: file.sha256, selected,
    rows: incoming.map((r) => [r.part, r.seq, r.row.bookingDate, r.row.amount, r.row.balance ?? null, r.row.text]),
    decisions: plan.decisions.map((d) => (d.kind === 'new' ? 'new' : [ids[d.existing], d.shiftedDays])),
  };
  return createHash('sha256').update(JSON.stringify(canon)).digest('hex');
}

const CHOOSE = 'Välj ett annat konto i fältet Konto i importen, eller med --account NNNN i kontera bank import.';

/**
 * The ledger account a card file goes to when none is chosen: the account this card's statements
 * went to before, else the chart's card account (a liability named for a card, with a warning
 * naming it), else 1930 with a warning that the rows land on the bank account and how to choose.
 */
function cardDefault(db: Db, format: BankStatement['format'], chosen: readonly BankStatement[]): { account: string; warning: Problem | null } {
  const source = normAccount(chosen.find((s) => s.account)?.account);
  const before = source === '' ? undefined : statementsOf(db).find((s) => normAccount(s.source_account) === source);
  if (before) return { account: before.account, warning: null };
  const card = cardAccountOf(listAccounts(db));
  const what = `Filen är ett kortkontoutdrag (${formatName(format)})`;
  if (card)
    return { account: card.number, warning: { code: 'bank-card-account', message: `${what}; raderna bokförs mot ${card.number} ${card.name}, kortkontot i kontoplanen, inte mot bankkontot 1930. ${CHOOSE}` } };
  const bank = getAccount(db, '1930');
  return {
    account: '1930',
    warning: {
      code: 'bank-card-on-bank-account',
      message: `${what}, men raderna bokförs mot 1930${bank ? ` ${bank.name}` : ''}, företagets bankkonto. Ett kreditkort är normalt en skuld och bokförs på ett eget konto, t.ex. i 2890-serien (lägg till det i kontoplanen, t.ex. "2894 Kreditkort"). ${CHOOSE}`,
    },
  };
}

/**
 * The plan of importing `file` onto a ledger account (default 1930, or 1630 for a skattekonto file;
 * a card file see cardDefault).
 */
export function planImport(db: Db, file: LoadedBankFile, input: { account?: string | undefined; statement?: number | undefined }): HandlerResult<ImportPlan> {
  const statements = file.read.statements;
  const format = statements[0]!.format;
  const sel = selectStatements(statements, input.statement);
  if (!sel.ok) return sel;
  const chosen = sel.value.map((i) => statements[i]!);
  const card = input.account === undefined && isCardFormat(format) ? cardDefault(db, format, chosen) : null;
  const account = input.account ?? card?.account ?? (format === 'skattekonto' ? '1630' : '1930');
  const acc = checkAccount(db, account, chosen);
  if (!acc.ok) return acc;
  const incoming: IncomingRow[] = sel.value.flatMap((i) => statements[i]!.rows.map((row, j) => ({ part: i + 1, seq: j + 1, row })));
  const dates = incoming.map((r) => r.row.bookingDate).sort();
  const stored = dates.length === 0 ? [] : bankRowsBetween(db, account, addDays(dates[0]!, -TOLERANCE_DAYS), addDays(dates.at(-1)!, TOLERANCE_DAYS));
  const existing: DedupRow[] = stored.map((r) => ({
    bookingDate: r.booking_date as IsoDate, amount: r.amount as Ore, text: r.text,
    ...(r.balance === null ? {} : { balance: r.balance as Ore }), ...(r.bank_id === null ? {} : { bankId: r.bank_id }),
  }));
  const plan = planBankImport(existing, incoming.map((r) => r.row), { dateToleranceDays: TOLERANCE_DAYS });
  const existingIds = stored.map((r) => r.id);
  const skipped = sel.value.flatMap((i) => statements[i]!.warnings.filter((w) => w.code === 'bank-pending-skipped').map((w) => ({ part: i + 1, line: w.line ?? 0, message: w.message })));
  const warnings: Problem[] = chosen.flatMap((s) => s.warnings.filter((w) => w.code !== 'bank-pending-skipped'));
  if (card?.warning) warnings.push(card.warning);
  if (format === 'skattekonto' && !isTaxLedgerAccount(account))
    warnings.push({ code: 'bank-tax-account-expected', message: `Filen är Skatteverkets skattekonto men importeras till ${account}. Skattekontot bokförs normalt på 1630.` });
  warnings.push(...gapWarnings(db, account, incoming, plan, chosen));
  // The rows the import adds that no fiscal year holds: importable, not bookable until the year exists.
  const years = listFiscalYears(db).map((y) => ({ start: y.start_date, end: y.end_date }));
  warnings.push(...outsideYearWarnings(plan.newRows.map((i) => incoming[i]!.row.bookingDate), years));
  return done({
    account, accountName: acc.value.name, newAccount: acc.value.isNew, format, selected: sel.value, incoming, plan, existingIds,
    alreadyImported: sel.value.every((i) => statementBySha(db, account, file.sha256, i + 1) !== undefined),
    skipped, warnings, fingerprint: fingerprintOf(account, file, sel.value, incoming, plan, existingIds),
  });
}

