/** Inputs of the core methods: company, vouchers, accounts, years, periods, templates, reports, verify, backup. */
import { z } from 'zod';
import { date, month, ore, account, text, lineInput, voucherRefInput, range } from './fields.js';

export const coreSchemas = {
  'company.create': z.object({
    path: z.string().min(1), name: text(200).min(1), identity: z.string().min(10).max(13),
    form: z.enum(['EF', 'AB']), fiscalYear: z.object({ start: z.string(), end: z.string() }),
    vatPeriod: z.enum(['month', 'quarter', 'year']), vatMethod: z.enum(['kontant', 'faktura']).optional(),
  }),
  'company.open': z.object({ path: z.string().min(1) }),
  'company.close': z.object({}),
  'company.info': z.object({}),
  'vouchers.post': z.object({
    date, text: text(1000), series: z.string().max(20).optional(), counterparty: text(200).optional(),
    reference: text(200).optional(), lines: z.array(lineInput).max(100_000),
    template: z.object({ name: z.string(), total: ore }).optional(),
    /** Archived receipts (underlag) to attach to the new voucher, in the same transaction. */
    receiptIds: z.array(z.number().int().positive()).max(50).optional(),
  }),
  'vouchers.correct': z.object({ voucher: voucherRefInput, date, lines: z.array(lineInput).max(100_000).optional(), text: text(1000).optional() }),
  'vouchers.get': z.object({ voucher: voucherRefInput }),
  'vouchers.list': z.object({
    ...range, text: text(200).optional(), account: account.optional(), amount: ore.optional(),
    offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100),
  }),
  'accounts.list': z.object({ includeInactive: z.boolean().default(true), search: text(100).optional() }),
  'accounts.add': z.object({ number: account, name: text(200).min(1), vatCode: z.string().nullable().optional() }),
  'accounts.setVatCode': z.object({ number: account, vatCode: z.string().nullable() }),
  'accounts.setActive': z.object({ number: account, active: z.boolean() }),
  'years.list': z.object({}),
  'years.new': z.object({}),
  'years.refreshOpening': z.object({ fiscalYear: date }),
  'opening.set': z.object({ fiscalYear: date, lines: z.array(lineInput.pick({ account: true, amount: true })).min(1) }),
  'periods.list': z.object({ fiscalYear: date.optional() }),
  'periods.close': z.object({ month }),
  'periods.reopen': z.object({ month, reason: text(1000) }),
  'templates.list': z.object({}),
  'templates.apply': z.object({ name: z.string().min(1), total: ore }),
  'templates.saveFromVoucher': z.object({ name: text(200).min(1), voucher: voucherRefInput }),
  'reports.journal': z.object(range),
  'reports.generalLedger': z.object({ ...range, account: account.optional() }),
  'reports.trialBalance': z.object(range),
  'reports.incomeStatement': z.object(range),
  'reports.balanceSheet': z.object(range),
  'audit.list': z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) }),
  'drafts.save': z.object({ id: z.number().int().optional(), content: z.record(z.string(), z.unknown()) }),
  'drafts.list': z.object({}),
  'drafts.discard': z.object({ id: z.number().int() }),
  verify: z.object({}),
  'backup.create': z.object({ to: z.string().optional() }),
  'backup.restore': z.object({
    backup: z.string().min(1), file: z.string().min(1),
    /** For an encrypted backup when the file is not open: the company's password or recovery key. */
    password: z.string().optional(), recoveryKey: z.string().optional(),
  }),
} as const;
