/** `kontera bank import|match|reconcile|queue|book`: the bank doors of CLI.md. */
import path from 'node:path';
import type { Command } from '../command.js';
import { parse, parseRef, positional, required, str } from '../args.js';
import { UsageError } from '../usage.js';
import { CallFailed, type Cli } from '../runner.js';
import { formatVoucherRef } from '../../../shared/domain/ledger/voucherRef.js';
import { formatSv, toJsonAmount } from '../../../shared/domain/money/format.js';
import { ore } from '../../../shared/domain/money/ore.js';
import type { BankCandidateDto, BankMatchResultDto, BankReconciliationDto, BankRowDto, BankUnmatchedDto } from '../../../shared/api/dto/bank.js';

const SUBS = ['import', 'match', 'reconcile', 'queue', 'book'] as const;
const amt = (n: number) => toJsonAmount(ore(n));
const sv = (n: number) => formatSv(ore(n));

function accountOpt(v: unknown): { account?: string } {
  const a = str(v);
  if (a !== undefined && !/^\d{4}$/.test(a)) throw new UsageError(`--account ska vara ett kontonummer, t.ex. 1930 eller 1630 (fick "${a}").`);
  return a ? { account: a } : {};
}

function statementOpt(v: unknown): { statement?: number } {
  const s = str(v);
  if (s === undefined) return {};
  if (!/^[1-9]\d*$/.test(s)) throw new UsageError('--statement ska vara ett nummer från 1.');
  return { statement: Number(s) };
}

async function importCmd(argv: string[], cli: Cli): Promise<number> {
  const { values, positionals } = parse(argv, { account: { type: 'string' }, statement: { type: 'string' }, decimal: { type: 'string' }, 'dry-run': { type: 'boolean' } }, { command: 'bank import', positionals: 3 });
  const file = positional(positionals, 1, 'Företagsfilen');
  const stmt = path.resolve(positional(positionals, 2, 'Kontoutdraget'));
  const raw = str(values.decimal);
  if (raw !== undefined && raw !== 'comma' && raw !== 'point') throw new UsageError('--decimal ska vara comma eller point.');
  const dec: 'comma' | 'point' | undefined = raw;
  const input = { path: stmt, ...accountOpt(values.account), ...statementOpt(values.statement), ...(dec ? { numberStyle: dec } : {}) };
  const r = await cli.withCompany(file, async () => {
    if (values['dry-run']) {
      const p = await cli.call('bank.preview', input);
      return { format: p.format, account: p.account, ...p.summary, warnings: p.warnings, dry: true, preview: p.rows };
    }
    return { ...(await cli.call('bank.import', input)), dry: false, preview: null };
  });
  if (cli.json) {
    cli.io.out(JSON.stringify({ format: r.format, rows: r.rows, imported: r.imported, duplicates: r.duplicates, skipped: r.skipped }));
    return 0;
  }
  cli.io.out(`${r.dry ? 'Skulle importera' : 'Importerade'} ${r.imported} av ${r.rows} rader till ${r.account} (${r.format}); ${r.duplicates} fanns redan, ${r.skipped} preliminära hoppades över.`);
  // The preview lists exactly the rows the import would apply, each with its line in the file.
  for (const row of r.preview ?? []) {
    cli.io.out(`  ${row.decision === 'new' ? 'ny     ' : 'finns  '} rad ${String(row.line).padStart(4)}  ${row.date}  ${formatSv(ore(row.amount)).padStart(14)}  ${row.text}`);
  }
  for (const w of r.warnings) cli.io.err(`VARNING ${w.code}: ${w.message}`);
  return 0;
}

function matchJson(m: BankMatchResultDto) {
  return {
    matches: m.matches.map((x) => ({ row: x.rowId, account: x.account, date: x.date, amount: amt(x.amount), text: x.text, voucher: x.voucher, kind: x.kind })),
    ambiguous: m.ambiguous.map((a) => ({ row: a.rowId, account: a.account, date: a.date, amount: amt(a.amount), text: a.text, candidates: a.candidates.map((c) => c.voucher) })),
    confirmed: m.confirmed,
  };
}

/** Every bank row already matched (read a page at a time; only on a refusal). */
async function matchedRows(cli: Cli): Promise<BankRowDto[]> {
  const out: BankRowDto[] = [];
  for (let offset = 0; ; offset += 5000) {
    const page = await cli.call('bank.rows', { state: 'matched', offset, limit: 5000 });
    out.push(...page.rows);
    if (page.rows.length < 5000) return out;
  }
}

/** The refusal for a row that is already matched, naming its voucher; null when it is not matched. */
function rowMatched(rowId: number, matched: readonly BankRowDto[]): CallFailed | null {
  const r = matched.find((m) => m.id === rowId);
  return r?.link ? new CallFailed({ code: 'bank-row-matched', message: `Bankrad ${rowId} (${r.date} "${r.text}") är redan kopplad till ${r.link.voucher}.`, path: 'row' }) : null;
}

/**
 * `bank match <fil> --row ID --voucher A630`: links one bank row to the chosen candidate (what
 * "Koppla till A630" does in the UI, through bank.link). The voucher must be one of the row's
 * candidates; an already matched row or voucher is refused.
 */
async function linkOne(cli: Cli, rowId: number, voucherArg: string): Promise<{ row: BankRowDto; candidate: BankCandidateDto }> {
  const ref = parseRef(voucherArg);
  const name = formatVoucherRef(ref.series, ref.number);
  const candidates = await cli.call('bank.candidates', { rowId });
  let chosen = candidates.filter((c) => c.voucher.toUpperCase() === name.toUpperCase());
  if (ref.fiscalYear) {
    const v = await cli.call('vouchers.get', { voucher: ref }).catch((e: unknown) => { if (e instanceof CallFailed) return null; throw e; });
    chosen = v ? chosen.filter((c) => c.voucherId === v.id) : [];
  }
  if (new Set(chosen.map((c) => c.voucherId)).size > 1) {
    throw new CallFailed({ code: 'bank-voucher-ambiguous', message: `${name} finns i flera räkenskapsår bland kandidaterna. Skriv t.ex. ${name}@ÅÅÅÅ-MM-DD.`, path: 'voucher' });
  }
  const candidate = chosen[0];
  if (!candidate) {
    const matched = await matchedRows(cli);
    const self = rowMatched(rowId, matched);
    if (self) throw self;
    const other = matched.find((r) => r.link?.voucher.toUpperCase() === name.toUpperCase());
    if (other) throw new CallFailed({ code: 'bank-line-matched', message: `${name} är redan kopplad till bankrad ${other.id} (${other.date} "${other.text}").`, path: 'voucher' });
    const list = candidates.length ? `Kandidater: ${[...new Set(candidates.map((c) => c.voucher))].join(', ')}.` : 'Raden har inga kandidater; bokför den med kontera bank book.';
    throw new CallFailed({ code: 'bank-not-candidate', message: `${voucherArg} är ingen kandidat för bankrad ${rowId} (samma belopp på bankkontot, inte redan kopplad). ${list}`, path: 'voucher' });
  }
  const row = await cli.call('bank.link', { rowId, voucherId: candidate.voucherId, lineNo: candidate.lineNo }).catch(async (e: unknown) => {
    if (!(e instanceof CallFailed) || e.error.code !== 'bank-row-matched') throw e;
    throw rowMatched(rowId, await matchedRows(cli)) ?? e;
  });
  return { row, candidate };
}

async function matchCmd(argv: string[], cli: Cli): Promise<number> {
  const { values, positionals } = parse(argv, { auto: { type: 'boolean' }, account: { type: 'string' }, row: { type: 'string' }, voucher: { type: 'string' } }, { command: 'bank match', positionals: 2 });
  const file = positional(positionals, 1, 'Företagsfilen');
  const [rowArg, voucherArg] = [str(values.row), str(values.voucher)];
  if (rowArg !== undefined || voucherArg !== undefined) {
    if (rowArg === undefined || voucherArg === undefined) throw new UsageError('--row och --voucher anges tillsammans, t.ex. kontera bank match <fil> --row 12 --voucher A630. Se kontera bank match --help.');
    if (values.auto) throw new UsageError('--auto bekräftar alla entydiga matchningar och går inte ihop med --row. Se kontera bank match --help.');
    if (!/^[1-9]\d*$/.test(rowArg)) throw new UsageError(`--row ska vara ett radid ur kontera bank match (fick "${rowArg}").`);
    parseRef(voucherArg);
    const { row, candidate } = await cli.withCompany(file, () => linkOne(cli, Number(rowArg), voucherArg));
    cli.io.out(cli.json ? JSON.stringify({ row: row.id, voucher: candidate.voucher, line: candidate.lineNo })
      : `Kopplade bankrad ${row.id} ${row.date} ${sv(row.amount)} "${row.text}" till ${candidate.voucher} (rad ${candidate.lineNo}).`);
    return 0;
  }
  const m = await cli.withCompany(file, () => cli.call('bank.match', { auto: values.auto === true, ...accountOpt(values.account) }));
  if (cli.json) {
    cli.io.out(JSON.stringify(matchJson(m)));
    return 0;
  }
  const id = (n: number) => `rad ${String(n).padStart(5)}`;
  for (const x of m.matches) cli.io.out(`${id(x.rowId)}  ${x.date} ${sv(x.amount).padStart(14)}  ${x.text.slice(0, 36).padEnd(36)} → ${x.voucher} (${x.kind === 'reference' ? 'referens' : 'exakt'})`);
  for (const a of m.ambiguous) cli.io.out(`${id(a.rowId)}  ${a.date} ${sv(a.amount).padStart(14)}  ${a.text.slice(0, 36).padEnd(36)} ? ${a.candidates.map((c) => c.voucher).join(', ')}`);
  cli.io.out(`${m.matches.length} entydiga matchningar${values.auto ? `, ${m.confirmed} bekräftade` : ' (bekräfta med --auto)'}; ${m.ambiguous.length} rader med flera kandidater${m.ambiguous.length ? ' (välj med --row RADID --voucher VER)' : ''}.`);
  return 0;
}

function unmatchedJson(u: BankUnmatchedDto) {
  return u.side === 'bank'
    ? { side: 'bank', row: u.rowId, date: u.date, amount: amt(u.amount), text: u.text }
    : { side: 'ledger', voucher: u.voucher, date: u.date, amount: amt(u.amount), text: u.text };
}

function reconcileText(r: BankReconciliationDto): string {
  const head = `Avstämning ${r.account} ${r.month}: kontoutdrag ${sv(r.statement)}${r.basis === 'movements' ? ' (beräknat från rörelser)' : ''}, bokföring ${sv(r.ledger)}, differens ${sv(r.difference)} – ${r.reconciled ? 'avstämt' : 'inte avstämt'}.`;
  const rows = r.unmatched.map((u) => `  ${u.side === 'bank' ? 'bank' : u.voucher.padEnd(4)} ${u.date} ${sv(u.amount).padStart(14)}  ${u.text}`);
  return [head, ...(rows.length ? ['Ej matchade:', ...rows] : []), ...(r.explanation ? [`Förklaring: ${r.explanation.message}`] : [])].join('\n');
}

async function reconcileCmd(argv: string[], cli: Cli): Promise<number> {
  const { values, positionals } = parse(argv, { month: { type: 'string' }, account: { type: 'string' } }, { command: 'bank reconcile', positionals: 2 });
  const file = positional(positionals, 1, 'Företagsfilen');
  const r = await cli.withCompany(file, () => cli.call('bank.reconcile', { month: required(values.month, 'month'), ...accountOpt(values.account) }));
  cli.io.out(cli.json ? JSON.stringify({ statement: amt(r.statement), ledger: amt(r.ledger), difference: amt(r.difference), unmatched: r.unmatched.map(unmatchedJson) }) : reconcileText(r));
  return 0;
}

async function queueCmd(argv: string[], cli: Cli): Promise<number> {
  const { values, positionals } = parse(argv, { account: { type: 'string' } }, { command: 'bank queue', positionals: 2 });
  const file = positional(positionals, 1, 'Företagsfilen');
  const q = await cli.withCompany(file, () => cli.call('bank.queue', { ...accountOpt(values.account), limit: 5000 }));
  if (cli.json) {
    cli.io.out(JSON.stringify(q.rows.map((i) => ({ row: i.row.id, account: i.row.account, date: i.row.date, amount: amt(i.row.amount), text: i.row.text, suggestion: i.suggestion?.template ?? (i.suggestion ? i.suggestion.source : null), receipt: i.receipt?.id ?? null }))));
    return 0;
  }
  for (const i of q.rows) cli.io.out(`${String(i.row.id).padStart(6)} ${i.row.account} ${i.row.date} ${sv(i.row.amount).padStart(14)}  ${i.row.text.slice(0, 40).padEnd(40)} ${i.suggestion ? `förslag: ${i.suggestion.template ?? 'som tidigare'}` : ''}${i.receipt ? ` underlag ${i.receipt.id}: ${i.receipt.fileName} ${i.receipt.date}` : ''}`);
  cli.io.out(`${q.total} rader att bokföra.`);
  return 0;
}

async function bookCmd(argv: string[], cli: Cli): Promise<number> {
  const { values, positionals } = parse(argv, { template: { type: 'string' }, text: { type: 'string' }, receipt: { type: 'string' } }, { command: 'bank book', positionals: 3 });
  const file = positional(positionals, 1, 'Företagsfilen');
  const id = positional(positionals, 2, 'Bankradens id');
  if (!/^[1-9]\d*$/.test(id)) throw new UsageError(`"${id}" är inget radid; se kontera bank queue.`);
  const receipt = str(values.receipt);
  if (receipt !== undefined && !/^[1-9]\d*$/.test(receipt)) throw new UsageError(`--receipt ska vara ett underlags id; se kontera bank queue eller kontera receipt queue (fick "${receipt}").`);
  const r = await cli.withCompany(file, () => cli.call('bank.book', {
    rowId: Number(id), ...(str(values.template) ? { template: str(values.template) } : {}), ...(str(values.text) ? { text: str(values.text) } : {}),
    ...(receipt ? { receiptId: Number(receipt) } : {}),
  }));
  const attached = receipt ? ` med underlag ${receipt}` : '';
  cli.io.out(cli.json ? JSON.stringify({ row: r.row.id, id: r.voucher.ref, series: r.voucher.series, number: r.voucher.number, fiscalYear: r.voucher.fiscalYear, ...(receipt ? { receipt: Number(receipt) } : {}) })
    : `Bokförde bankrad ${r.row.id} som ${r.voucher.ref} ${r.voucher.date} "${r.voucher.text}"${attached}.`);
  return 0;
}

export const bankCommand: Command = {
  name: 'bank',
  summary: 'Bank och skattekonto: importera kontoutdrag, matcha, stäm av, bokför från bankrader',
  usage: `kontera bank import <fil> <kontoutdrag> [--account 1930] [--statement N] [--decimal comma|point] [--dry-run] [--json]
kontera bank match <fil> [--auto] [--account KONTO] [--json]
kontera bank match <fil> --row RADID --voucher VER [--json]
kontera bank reconcile <fil> --month ÅÅÅÅ-MM [--account 1930] [--json]
kontera bank queue <fil> [--account KONTO] [--json]
kontera bank book <fil> RADID [--template MALL] [--text TEXT] [--receipt ID] [--json]

  import     Läser camt.053/054, CSV/XLSX från svenska banker och kortutgivare och Skatteverkets
             skattekonto (formatet känns igen på innehållet). Rader som redan finns läggs inte till
             igen; två äkta likadana rader blir två. En säkerhetskopia tas före importen.
             --account  bokföringskontot (standard 1930; 1630 för skattekontot).
             --statement  vilket kontoutdrag i en fil med flera konton (camt).
             --dry-run  visar vad som skulle importeras utan att spara.
  match      Visar entydiga matchningar mot bokförda verifikationer (samma belopp på bankkontot,
             datum inom ±5 dagar, eller samma OCR-referens) och rader med flera kandidater.
             --auto bekräftar de entydiga. Flertydiga gissas aldrig: välj själv med
             --row RADID --voucher VER (radid står först i listan, VER är en av kandidaterna,
             t.ex. A630 eller A630@2026-01-01). Kopplingen loggas.
  reconcile  Kontoutdragets saldo vid månadens slut mot bokföringens, med ej matchade poster.
             Månaden är avstämd först vid differens noll; resultatet sparas för månadsstängningen.
  queue      Obokförda bankrader med förslag (egna regler, skattekontots mallar, tidigare bokningar)
             och ett obokfört underlag med samma belopp inom ±7 dagar.
  book       Bokför en bankrad (förslaget om ingen --template anges) och kopplar den.
             --receipt  bifogar underlaget med detta id (se queue) i samma transaktion.`,
  async run(argv, cli) {
    const sub = argv[0];
    if (!sub || !(SUBS as readonly string[]).includes(sub)) throw new UsageError(`Ange ${SUBS.join(', ')} efter bank. Se kontera bank --help.`);
    if (sub === 'import') return importCmd(argv, cli);
    if (sub === 'match') return matchCmd(argv, cli);
    if (sub === 'reconcile') return reconcileCmd(argv, cli);
    if (sub === 'queue') return queueCmd(argv, cli);
    return bookCmd(argv, cli);
  },
};
