/**
 * ISO 20022 camt.053 (BkToCstmrStmt/Stmt) and camt.054 (BkToCstmrDbtCdtNtfctn/Ntfctn), any
 * version (namespace suffix .001.02 … .001.08+). The XML is parsed by a real parser with values kept
 * as text (no float), DTDs refused. Amounts are unsigned; the sign comes from CdtDbtInd (DBIT = out),
 * also for reversals (RvslInd), whose indicator already states the reversing direction. Only booked
 * entries are rows: PDNG (pending) and INFO entries are skipped with a warning. Each statement's
 * opening (OPBD, else PRCD) + entries must equal its closing (CLBD). `line` is the entry ordinal.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type Ore, ore } from '../../money/ore.js';
import type { IsoDate } from '../../dates/isoDate.js';
import { type Result, type Problem, ok, fail, failAll } from '../../result.js';
import type { BankErrorCode, BankRow, BankStatement, BankWarningCode } from '../types.js';
import { parseCanonicalNumber } from '../amount.js';
import { parseBankDate } from '../date.js';
import { finishStatement } from '../statement.js';

type Node = Record<string, unknown>;
const ARRAYS = new Set(['Stmt', 'Ntfctn', 'Ntry', 'Bal', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd', 'AdrLine']);

const asNode = (x: unknown): Node | undefined => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Node) : undefined);
const list = (x: unknown): Node[] => (Array.isArray(x) ? x.map(asNode).filter((n): n is Node => !!n) : asNode(x) ? [x as Node] : []);

function at(n: unknown, path: string): unknown {
  let cur: unknown = n;
  for (const k of path.split('.')) {
    const node = Array.isArray(cur) ? asNode(cur[0]) : asNode(cur);
    if (!node) return undefined;
    cur = node[k];
  }
  return Array.isArray(cur) ? cur[0] : cur;
}

function text(n: unknown, path: string): string | undefined {
  const v = at(n, path);
  const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : (asNode(v)?.['#text'] as string | undefined);
  return s === undefined || s.trim() === '' ? undefined : s.trim();
}

/**
 * True when the text is an XML document whose root is a camt.053/054 message.
 * @example looksLikeCamt('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">') // true
 */
export function looksLikeCamt(xml: string): boolean {
  return /urn:iso:std:iso:20022:tech:xsd:camt\.05[34]\./.test(xml.slice(0, 8192)) || /<(\w+:)?(BkToCstmrStmt|BkToCstmrDbtCdtNtfctn)\b/.test(xml.slice(0, 8192));
}

function dateOf(n: unknown, path: string): IsoDate | undefined {
  const s = text(n, `${path}.Dt`) ?? text(n, `${path}.DtTm`);
  const d = s ? parseBankDate(s, 'ymd') : null;
  return d?.kind === 'full' ? d.date : undefined;
}

function signed(amount: unknown, ind: string | undefined): Ore | null {
  const a = text(amount, '#text') ?? text({ x: amount }, 'x');
  const v = a === undefined ? null : parseCanonicalNumber(a);
  if (!v?.ok || (ind !== 'CRDT' && ind !== 'DBIT')) return null;
  return ore(ind === 'DBIT' ? -v.value : v.value);
}

function strings(x: unknown): string[] {
  const xs = Array.isArray(x) ? x : x === undefined ? [] : [x];
  return xs.map((v) => (typeof v === 'string' ? v : String(asNode(v)?.['#text'] ?? ''))).filter((v) => v.trim() !== '');
}

function counterpartyOf(tx: Node | undefined, credit: boolean): string | undefined {
  const role = credit ? 'Dbtr' : 'Cdtr';
  return text(tx, `RltdPties.${role}.Nm`) ?? text(tx, `RltdPties.${role}.Pty.Nm`);
}

function entryRow(e: Node, line: number, currency: string): Result<BankRow, BankErrorCode> {
  const ind = text(e, 'CdtDbtInd');
  const amount = signed(e['Amt'], ind);
  const bookingDate = dateOf(e, 'BookgDt') ?? dateOf(e, 'ValDt');
  if (amount === null) return fail('bank-invalid-amount', `post ${line}: beloppet eller CdtDbtInd saknas eller är ogiltigt.`, { line });
  if (!bookingDate) return fail('bank-invalid-date', `post ${line}: bokföringsdatum saknas.`, { line });
  const txs = list(e['NtryDtls']).flatMap((d) => list(d['TxDtls']));
  const tx = txs[0];
  const ustrd = strings(asNode(at(tx, 'RmtInf'))?.['Ustrd']);
  const counterparty = counterpartyOf(tx, amount >= 0);
  const row: BankRow = {
    line,
    bookingDate,
    amount,
    text: text(e, 'AddtlNtryInf') ?? (ustrd.join(' ') || counterparty || text(e, 'BkTxCd.Prtry.Cd') || text(e, 'BkTxCd.Domn.Fmly.Cd') || ''),
    currency: text(e, 'Amt.@_Ccy') ?? currency,
  };
  const valueDate = dateOf(e, 'ValDt');
  if (valueDate) row.valueDate = valueDate;
  const endToEnd = text(tx, 'Refs.EndToEndId');
  const reference = text(tx, 'RmtInf.Strd.CdtrRefInf.Ref') ?? (endToEnd && endToEnd !== 'NOTPROVIDED' ? endToEnd : undefined);
  if (reference) row.reference = reference;
  if (counterparty) row.counterparty = counterparty;
  const bankId = text(e, 'AcctSvcrRef');
  if (bankId) row.bankId = bankId;
  return ok(row);
}

interface Statement {
  node: Node;
  kind: 'camt053' | 'camt054';
}

function balance(stmt: Node, codes: string[], currency: string, label: string, problems: Problem<BankErrorCode>[]): Ore | undefined {
  for (const code of codes) {
    const b = list(stmt['Bal']).find((x) => (text(x, 'Tp.CdOrPrtry.Cd') ?? text(x, 'Tp.CdOrPrtry.Prtry')) === code);
    if (!b) continue;
    const ccy = text(b, 'Amt.@_Ccy');
    if (ccy && ccy !== currency) problems.push({ code: 'bank-balance-mismatch', message: `${label}: saldot ${code} är i ${ccy} men kontot i ${currency}. Filen är inte konsekvent; hämta en ny export.` });
    const v = signed(b['Amt'], text(b, 'CdtDbtInd'));
    if (v === null) problems.push({ code: 'bank-invalid-amount', message: `${label}: saldot ${code} är ogiltigt.` });
    else return v;
  }
  return undefined;
}

function readStatement(s: Statement, firstLine: number): { result: Result<BankStatement, BankErrorCode>; entries: number } {
  const n = s.node;
  const entries = list(n['Ntry']);
  const currency = text(n, 'Acct.Ccy') ?? text(entries[0], 'Amt.@_Ccy') ?? text(n, 'Bal.Amt.@_Ccy') ?? 'SEK';
  const label = `Kontoutdrag ${text(n, 'Id') ?? ''}`.trim();
  const problems: Problem<BankErrorCode>[] = [];
  const warnings: Problem<BankWarningCode>[] = [];
  const rows: BankRow[] = [];
  entries.forEach((e, i) => {
    const line = firstLine + i;
    const status = text(e, 'Sts') ?? text(e, 'Sts.Cd') ?? 'BOOK';
    if (status !== 'BOOK') {
      warnings.push({ code: 'bank-pending-skipped', line, message: `post ${line}: ${status === 'PDNG' ? 'preliminär (PDNG)' : `status ${status}`} – hoppades över.` });
      return;
    }
    const r = entryRow(e, line, currency);
    if (r.ok) rows.push(r.value);
    else problems.push(...r.problems);
  });
  const opening = balance(n, ['OPBD', 'PRCD'], currency, label, problems);
  const closing = balance(n, ['CLBD'], currency, label, problems);
  if (problems.length > 0) return { result: failAll(problems), entries: entries.length };
  const account = text(n, 'Acct.Id.IBAN') ?? text(n, 'Acct.Id.Othr.Id');
  const draft = { format: s.kind, currency, rows, warnings, label, ...(account ? { account } : {}) };
  const result = finishStatement({ ...draft, ...(opening !== undefined ? { statedOpening: opening } : {}), ...(closing !== undefined ? { statedClosing: closing } : {}) });
  return { result, entries: entries.length };
}

/**
 * Reads every statement (053) or notification (054) in the file.
 * @example parseCamt(xml) // ok([{ format: 'camt053', account: 'SE…', rows: [...] }])
 */
export function parseCamt(xml: string): Result<BankStatement[], BankErrorCode> {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return fail('bank-camt-invalid', 'XML-filen innehåller en DTD, vilket camt-filer aldrig gör. Filen läses inte av säkerhetsskäl.');
  let doc: Node;
  try {
    const valid = XMLValidator.validate(xml);
    if (valid !== true) return fail('bank-camt-invalid', `XML-filen är trasig (rad ${valid.err.line}: ${valid.err.msg}). Hämta filen på nytt från banken.`, { line: valid.err.line });
    const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false, trimValues: true, isArray: (name) => ARRAYS.has(name) });
    doc = asNode(parser.parse(xml)) ?? {};
  } catch {
    // The XML library gives up on what no bank writes (e.g. tags nested thousands deep, which
    // exceed its nesting limit or the stack): a clear refusal, never an internal error.
    return fail('bank-unreadable', 'XML-filen går inte att läsa: den är nästlad djupare än något kontoutdrag. Hämta kontoutdraget på nytt från banken som camt.053 eller CSV.');
  }
  const root = asNode(doc['Document']) ?? doc;
  const stmts: Statement[] = [
    ...list(asNode(root['BkToCstmrStmt'])?.['Stmt']).map((node) => ({ node, kind: 'camt053' as const })),
    ...list(asNode(root['BkToCstmrDbtCdtNtfctn'])?.['Ntfctn']).map((node) => ({ node, kind: 'camt054' as const })),
  ];
  if (stmts.length === 0) return fail('bank-unknown-format', 'XML-filen är inget camt.053- eller camt.054-kontoutdrag. Hämta kontoutdraget som camt.053 eller CSV från banken.');
  const out: BankStatement[] = [];
  const problems: Problem<BankErrorCode>[] = [];
  let line = 1;
  for (const s of stmts) {
    const { result, entries } = readStatement(s, line);
    line += entries;
    if (result.ok) out.push(result.value);
    else problems.push(...result.problems);
  }
  return problems.length > 0 ? failAll(problems) : ok(out);
}
