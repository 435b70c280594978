/** Reconciliation per account and month, and the stored records the month close reads. */
import type { Handler } from './types.js';
import { done } from '../result.js';
import { listReconciliations } from '../../db/repos/bankReconciliations.repo.js';
import { reconcileAccountMonth, recordReconciliation } from '../workflows/bankReconcile.js';

export const bankReconcile: Handler<'bank.reconcile'> = (ctx, input) => {
  if (!input.record) {
    const r = reconcileAccountMonth(ctx.db(), input.account, input.month);
    return r.ok ? done({ ...r.value, recordId: null }) : r;
  }
  return ctx.write((db) => {
    const r = reconcileAccountMonth(db, input.account, input.month);
    return r.ok ? done({ ...r.value, recordId: recordReconciliation(db, r.value, ctx.clock.now(), ctx.user) }) : r;
  });
};

export const bankReconciliations: Handler<'bank.reconciliations'> = (ctx, input) => done(listReconciliations(ctx.db(), input.account, input.month).map((r) => ({
  id: r.id, account: r.account, month: r.month, basis: r.basis, statement: r.statement_balance, ledger: r.ledger_balance, difference: r.difference,
  reconciled: r.reconciled === 1, unmatchedBank: r.unmatched_bank, unmatchedLedger: r.unmatched_ledger, coveredTo: r.covered_to,
  chainHead: r.chain_head, at: r.at, by: r.by,
})));
