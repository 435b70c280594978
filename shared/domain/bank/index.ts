/** Public surface of the bank-statement domain (pure; no Node modules). */
export type { BankErrorCode, BankFormat, BankParseOptions, BankRow, BankStatement, BankTable, BankWarningCode, NumberStyle } from './types.js';
export { parseBankText, parseBankTable, detectTableFormat, formatName, UNKNOWN_FORMAT_MESSAGE } from './parse.js';
export { parseCamt } from './formats/camt.js';
export { parseBankAmount, parseCanonicalNumber, detectNumberStyle } from './amount.js';
export { parseBankDate, resolveShortYear, type DateOrder } from './date.js';
export { parseCsv, sniffSeparator, mergeSplitRows } from './csv.js';
export { htmlTableRows, looksLikeHtml } from './html.js';
export { planBankImport, rowsToImport, dedupText, type DedupDecision, type DedupPlan, type DedupRow, type DedupOptions } from './dedup.js';
export { planMatches, candidatesFor, MATCH_WINDOW_DAYS, type MatchPlan, type ProposedMatch, type AmbiguousRow, type Candidate, type MatchableRow, type MatchableLine } from './match.js';
export { ocrOf } from './reference.js';
export { daysBetween } from './days.js';
export { pickReceipts, receiptCandidates, RECEIPT_WINDOW_DAYS, type PickRow, type PickReceipt, type PickedReceipt } from './receiptPick.js';
export { anchorsOf, anchorGaps, bankBalanceAt, reconcileMonth, explainDifference, type BalanceAnchor, type AnchorGap, type MonthReconciliation, type DifferenceExplanation } from './reconcile.js';
export { ruleMatches, firstMatchingRule, checkRuleConditions, type BankRule, type BankRuleErrorCode } from './rules.js';
export { orientToRow, completeLines, scaleLines, isPaymentAccount, type BankBookingErrorCode } from './booking.js';
export { suggestFor, historyKey, type BankSuggestion, type SuggestContext, type HistoryEntry } from './suggest.js';
export { TAX_ACCOUNT_TEMPLATES, taxAccountTemplate, taxAccountTemplateFor, isTaxLedgerAccount } from './taxAccount.js';
