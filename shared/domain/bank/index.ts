/** Public surface of the bank-statement domain (pure; no Node modules). */
export type { BankErrorCode, BankFormat, BankParseOptions, BankRow, BankStatement, BankTable, BankWarningCode, NumberStyle } from './types.js';
export { parseBankText, parseBankTable, detectTableFormat, formatName, UNKNOWN_FORMAT_MESSAGE } from './parse.js';
export { parseCamt } from './formats/camt.js';
export { parseBankAmount, parseCanonicalNumber, detectNumberStyle } from './amount.js';
export { parseBankDate, resolveShortYear, type DateOrder } from './date.js';
export { parseCsv, sniffSeparator, mergeSplitRows } from './csv.js';
export { htmlTableRows, looksLikeHtml } from './html.js';
export { planBankImport, rowsToImport, dedupText, type DedupDecision, type DedupPlan, type DedupRow, type DedupOptions } from './dedup.js';
