/** Inputs of the bank methods: import, work queue, booking, matching, rules, reconciliation. */
import { z } from 'zod';
import { account, date, month, ore, text, lineInput } from './fields.js';

const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(5000).default(200) };
const file = {
  /** The statement file (CSV, XLSX, camt XML, Skatteverket export). */
  path: z.string().min(1),
  /** Ledger account the rows belong to; default 1930 (1630 for a skattekonto file). */
  account: account.optional(),
  /** 1-based statement in a file holding several (camt); default all of the file's one account. */
  statement: z.number().int().min(1).optional(),
  /** Force the decimal sign instead of detecting it. */
  numberStyle: z.enum(['comma', 'point']).optional(),
};

export const bankSchemas = {
  'bank.accounts': z.object({}),
  'bank.statements': z.object({ account: account.optional() }),
  'bank.rows': z.object({ account: account.optional(), from: date.optional(), to: date.optional(), state: z.enum(['all', 'unmatched', 'matched']).default('all'), ...page }),
  'bank.preview': z.object(file),
  'bank.import': z.object({ ...file, expect: z.string().regex(/^[0-9a-f]{64}$/, 'Fingeravtrycket kommer från bank.preview.').optional() }),
  'bank.queue': z.object({ account: account.optional(), ...page }),
  'bank.book': z.object({
    rowId: z.number().int().positive(),
    template: z.string().min(1).max(200).optional(),
    lines: z.array(lineInput).max(100).optional(),
    text: text(1000).optional(),
    counterparty: text(200).optional(),
    series: z.string().max(20).optional(),
    /** Voucher date; default the row's booking date. */
    date: date.optional(),
    /** A receipt from the archive to attach to the new voucher, in the same transaction (the queue proposes one: `receipt`). */
    receiptId: z.number().int().positive().optional(),
  }),
  'bank.match': z.object({ account: account.optional(), auto: z.boolean().default(false) }),
  'bank.candidates': z.object({ rowId: z.number().int().positive() }),
  'bank.link': z.object({ rowId: z.number().int().positive(), voucherId: z.number().int().positive(), lineNo: z.number().int().positive().optional() }),
  'bank.unlink': z.object({ rowId: z.number().int().positive(), reason: text(1000) }),
  'bank.rules.list': z.object({}),
  'bank.rules.add': z.object({
    account: account.optional(), textContains: text(200).optional(), amountMin: ore.optional(), amountMax: ore.optional(),
    template: z.string().min(1).max(200), counterparty: text(200).optional(), text: text(1000).optional(),
  }),
  'bank.rules.remove': z.object({ id: z.number().int().positive() }),
  'bank.templates': z.object({ account: account.optional() }),
  'bank.reconcile': z.object({ account: account.default('1930'), month, record: z.boolean().default(true) }),
  'bank.reconciliations': z.object({ account: account.optional(), month: month.optional() }),
} as const;
