import type { AreaHandlers } from './types.js';
import type { BankContract } from '../../../shared/api/areas/bank.contract.js';
import { bankAccounts, bankStatements, bankRows } from './bankRows.js';
import { bankPreview, bankImport } from './bankImport.js';
import { bankQueue, bankBook, bankTemplates } from './bankQueue.js';
import { bankMatch, bankCandidates, bankLink, bankUnlink } from './bankMatch.js';
import { bankRulesList, bankRulesAdd, bankRulesRemove } from './bankRules.js';
import { bankReconcile, bankReconciliations } from './bankReconcile.js';

/** The bank area's handlers; the type makes a missing one a compile error. */
export const bankHandlers: AreaHandlers<BankContract> = {
  'bank.accounts': bankAccounts,
  'bank.statements': bankStatements,
  'bank.rows': bankRows,
  'bank.preview': bankPreview,
  'bank.import': bankImport,
  'bank.queue': bankQueue,
  'bank.book': bankBook,
  'bank.match': bankMatch,
  'bank.candidates': bankCandidates,
  'bank.link': bankLink,
  'bank.unlink': bankUnlink,
  'bank.rules.list': bankRulesList,
  'bank.rules.add': bankRulesAdd,
  'bank.rules.remove': bankRulesRemove,
  'bank.templates': bankTemplates,
  'bank.reconcile': bankReconcile,
  'bank.reconciliations': bankReconciliations,
};
